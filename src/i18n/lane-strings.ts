import { LANE_ORDER, type LaneKind, type NormalizedLane } from '../model/types.js';
import { format, lookup, type Locale } from './locale.js';
import type { Translator } from './translator.js';

/**
 * UI strings of the lane cells: lane names, pain-point categories, opportunity levels, metric words,
 * switch markers. Hosts replace any of them by key through `strings` overrides.
 * `{name}` placeholders are filled with plain text by `format`.
 */
const en = {
  'lane.actions': 'Doing',
  'lane.thoughts': 'Thinking & feeling',
  'lane.questions': 'Questions',
  'lane.motivations': 'Motivations',
  'lane.barriers': 'Barriers',
  'lane.touchpoints': 'Touchpoints',
  'lane.emotion': 'Emotion',
  'lane.painPoints': 'Pain points',
  'lane.opportunities': 'Opportunities',
  'lane.backstage': 'Backstage',
  'lane.metrics': 'Metrics',
  'lane.owner': 'Owner',
  'lane.insights': 'Evidence',
  'lane.flow': 'Flow',
  'lane.text': 'Notes',

  'pain.financial': 'Financial',
  'pain.process': 'Process',
  'pain.support': 'Support',
  'pain.performance': 'Performance',
  'pain.severity': 'Severity {value} of {max}',

  'label.owner': 'Owner',
  'label.impact': 'Impact',
  'label.effort': 'Effort',
  'label.system': 'System',
  'csv.severity': 'severity',
  'csv.owner': 'owner',
  'csv.impact': 'impact',
  'csv.effort': 'effort',
  'csv.status': 'status',
  'csv.target': 'target',
  'csv.previous': 'previous',
  'csv.history': 'history',
  'csv.persona': 'persona',
  'impact.low': 'low',
  'impact.medium': 'medium',
  'impact.high': 'high',
  'effort.low': 'low',
  'effort.medium': 'medium',
  'effort.high': 'high',

  'metric.target': 'Target {target}',
  'metric.targetMet': 'met',
  'metric.targetMissed': 'not met',
  'metric.was': '(was {previous})',
  'metric.better': 'better',
  'metric.worse': 'worse',
  'metric.same': 'no change',
  'metric.spoken.up': 'up {delta} from {previous}',
  'metric.spoken.down': 'down {delta} from {previous}',
  'metric.spoken.flat': 'unchanged from {previous}',
  'metric.spoken.target': 'target {target}, {status}',

  'switch.channel': 'Channel switch: {from} → {to}',
  'switch.device': 'Device switch: {from} → {to}',
  'switch.owner': 'Owner change: {from} → {to}',
  'switch.spoken.channel': 'Channel switch from {from} to {to}',
  'switch.spoken.device': 'Device switch from {from} to {to}',
  'switch.spoken.owner': 'Owner change from {from} to {to}',
  'switch.kind.channel': 'Channel switch',
  'switch.kind.device': 'Device switch',
  'switch.kind.owner': 'Owner change',
  'device.mobile': 'mobile',
  'device.desktop': 'desktop',
  'device.phone': 'phone',
  'device.in-person': 'in person',
  'channel.fallback': 'Other channel',

  'emotion.positive': 'positive',
  'emotion.negative': 'negative',
  'emotion.neutral': 'neutral',
  'emotion.spoken': '{value} on a scale from {min} to {max}, {sign}',
};

export type LaneStringKey = keyof typeof en;

const ru: Record<LaneStringKey, string> = {
  'lane.actions': 'Действия',
  'lane.thoughts': 'Мысли и чувства',
  'lane.questions': 'Вопросы',
  'lane.motivations': 'Мотивация',
  'lane.barriers': 'Барьеры',
  'lane.touchpoints': 'Точки контакта',
  'lane.emotion': 'Эмоции',
  'lane.painPoints': 'Болевые точки',
  'lane.opportunities': 'Возможности',
  'lane.backstage': 'Внутренние процессы',
  'lane.metrics': 'Метрики',
  'lane.owner': 'Ответственный',
  'lane.insights': 'Доказательства',
  'lane.flow': 'Переходы',
  'lane.text': 'Заметки',

  'pain.financial': 'Финансы',
  'pain.process': 'Процесс',
  'pain.support': 'Поддержка',
  'pain.performance': 'Работа сервиса',
  'pain.severity': 'Критичность {value} из {max}',

  'label.owner': 'Ответственный',
  'label.impact': 'Эффект',
  'label.effort': 'Трудозатраты',
  'label.system': 'Система',
  'csv.severity': 'критичность',
  'csv.owner': 'ответственный',
  'csv.impact': 'эффект',
  'csv.effort': 'трудозатраты',
  'csv.status': 'статус',
  'csv.target': 'цель',
  'csv.previous': 'было',
  'csv.history': 'история',
  'csv.persona': 'персона',
  'impact.low': 'низкий',
  'impact.medium': 'средний',
  'impact.high': 'высокий',
  'effort.low': 'низкие',
  'effort.medium': 'средние',
  'effort.high': 'высокие',

  'metric.target': 'Цель {target}',
  'metric.targetMet': 'достигнута',
  'metric.targetMissed': 'не достигнута',
  'metric.was': '(было {previous})',
  'metric.better': 'лучше',
  'metric.worse': 'хуже',
  'metric.same': 'без изменений',
  'metric.spoken.up': 'рост на {delta}, было {previous}',
  'metric.spoken.down': 'снижение на {delta}, было {previous}',
  'metric.spoken.flat': 'без изменений, было {previous}',
  'metric.spoken.target': 'цель {target}, {status}',

  'switch.channel': 'Смена канала: {from} → {to}',
  'switch.device': 'Смена устройства: {from} → {to}',
  'switch.owner': 'Смена ответственного: {from} → {to}',
  'switch.spoken.channel': 'Смена канала: было {from}, стало {to}',
  'switch.spoken.device': 'Смена устройства: было {from}, стало {to}',
  'switch.spoken.owner': 'Смена ответственного: был {from}, стал {to}',
  'switch.kind.channel': 'Смена канала',
  'switch.kind.device': 'Смена устройства',
  'switch.kind.owner': 'Смена ответственного',
  'device.mobile': 'смартфон',
  'device.desktop': 'компьютер',
  'device.phone': 'телефон',
  'device.in-person': 'лично',
  'channel.fallback': 'Другой канал',

  'emotion.positive': 'положительная',
  'emotion.negative': 'отрицательная',
  'emotion.neutral': 'нейтральная',
  'emotion.spoken': '{value} по шкале от {min} до {max}, {sign}',
};

const ro: Record<LaneStringKey, string> = {
  'lane.actions': 'Acțiuni',
  'lane.thoughts': 'Gânduri și emoții',
  'lane.questions': 'Întrebări',
  'lane.motivations': 'Motivații',
  'lane.barriers': 'Bariere',
  'lane.touchpoints': 'Puncte de contact',
  'lane.emotion': 'Emoție',
  'lane.painPoints': 'Puncte de durere',
  'lane.opportunities': 'Oportunități',
  'lane.backstage': 'În culise',
  'lane.metrics': 'Indicatori',
  'lane.owner': 'Responsabil',
  'lane.insights': 'Dovezi',
  'lane.flow': 'Parcurs',
  'lane.text': 'Note',

  'pain.financial': 'Financiar',
  'pain.process': 'Proces',
  'pain.support': 'Suport',
  'pain.performance': 'Performanță',
  'pain.severity': 'Gravitate {value} din {max}',

  'label.owner': 'Responsabil',
  'label.impact': 'Impact',
  'label.effort': 'Efort',
  'label.system': 'Sistem',
  'csv.severity': 'gravitate',
  'csv.owner': 'responsabil',
  'csv.impact': 'impact',
  'csv.effort': 'efort',
  'csv.status': 'stare',
  'csv.target': 'țintă',
  'csv.previous': 'anterior',
  'csv.history': 'istoric',
  'csv.persona': 'persona',
  'impact.low': 'scăzut',
  'impact.medium': 'mediu',
  'impact.high': 'ridicat',
  'effort.low': 'scăzut',
  'effort.medium': 'mediu',
  'effort.high': 'ridicat',

  'metric.target': 'Țintă {target}',
  'metric.targetMet': 'atinsă',
  'metric.targetMissed': 'neatinsă',
  'metric.was': '(anterior {previous})',
  'metric.better': 'mai bine',
  'metric.worse': 'mai rău',
  'metric.same': 'fără schimbare',
  'metric.spoken.up': 'a crescut cu {delta} față de {previous}',
  'metric.spoken.down': 'a scăzut cu {delta} față de {previous}',
  'metric.spoken.flat': 'neschimbat față de {previous}',
  'metric.spoken.target': 'țintă {target}, {status}',

  'switch.channel': 'Schimbare de canal: {from} → {to}',
  'switch.device': 'Schimbare de dispozitiv: {from} → {to}',
  'switch.owner': 'Schimbare de responsabil: {from} → {to}',
  'switch.spoken.channel': 'Schimbare de canal de la {from} la {to}',
  'switch.spoken.device': 'Schimbare de dispozitiv de la {from} la {to}',
  'switch.spoken.owner': 'Schimbare de responsabil de la {from} la {to}',
  'switch.kind.channel': 'Schimbare de canal',
  'switch.kind.device': 'Schimbare de dispozitiv',
  'switch.kind.owner': 'Schimbare de responsabil',
  'device.mobile': 'mobil',
  'device.desktop': 'calculator',
  'device.phone': 'telefon',
  'device.in-person': 'în persoană',
  'channel.fallback': 'Alt canal',

  'emotion.positive': 'pozitivă',
  'emotion.negative': 'negativă',
  'emotion.neutral': 'neutră',
  'emotion.spoken': '{value} pe o scară de la {min} la {max}, {sign}',
};

export const laneStrings: Record<Locale, Record<LaneStringKey, string>> = { en, ru, ro };

/** A lane string for the locale (host override first), with `{placeholders}` filled in. */
export function laneString(
  t: Translator,
  key: LaneStringKey,
  values?: Record<string, string | number>
): string {
  return format(lookup(laneStrings, t, key), values);
}

/** Every kind but `text` has a dictionary name. */
const namedKinds = new Set<LaneKind>([...LANE_ORDER, 'flow']);

/**
 * The title of a lane's row header: the document's own title wins, then the host's override
 * `lane.<key>` (`lane.actions`, or `lane.text:<field>` for a text lane), then the dictionary.
 * A text lane without a title is named after its field.
 */
export function laneTitle(lane: NormalizedLane, t: Translator): string {
  if (typeof lane.title === 'string' && lane.title.trim()) return lane.title.trim();
  const overrideKey = `lane.${lane.key}`;
  const strings = t.strings;
  const override = strings && Object.prototype.hasOwnProperty.call(strings, overrideKey) ? strings[overrideKey] : undefined;
  if (typeof override === 'string' && override.trim()) return override;
  if (namedKinds.has(lane.kind)) return laneString(t, `lane.${lane.kind}` as LaneStringKey);
  return lane.field?.trim() || laneString(t, 'lane.text');
}
