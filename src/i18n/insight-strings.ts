import { format, lookup, type Locale, type StringOverrides } from './locale.js';

/**
 * UI strings of the evidence and prioritising pieces: insight kinds, the step header's evidence
 * count, opportunity statuses. Counted words have one key per plural category of the language
 * (`.one`, `.few`, `.many`, `.other`, as Intl.PluralRules names them); every dictionary has all four.
 * Hosts replace any of them by key through `strings`.
 */
const en = {
  'insight.quote': 'Quote',
  'insight.observation': 'Observation',
  'insight.data': 'Data',
  'insight.n': 'n = {n}',
  'insight.source': 'Source',
  'insight.open': 'Open the source: {source}',
  'evidence.sources.one': '{count} source',
  'evidence.sources.few': '{count} sources',
  'evidence.sources.many': '{count} sources',
  'evidence.sources.other': '{count} sources',
  'evidence.spoken': 'Research behind this step: {summary}',
  'status.label': 'Status',
  'status.idea': 'idea',
  'status.planned': 'planned',
  'status.in-progress': 'in progress',
  'status.done': 'done',
  'matrix.label': 'Opportunities by impact and effort',
  'matrix.impact': 'Impact: {level}',
  'matrix.effort': 'Effort: {level}',
  'matrix.corner': 'Impact ↓ / effort →',
  'matrix.cell': 'Impact {impact}, effort {effort}: {count}',
  'matrix.unrated': 'Without impact or effort',
  'matrix.empty': 'No opportunities to show.',
  'matrix.step': 'Step: {step}',
  'matrix.dimmed': 'outside the filter',
  'filter.label': 'Filter the steps',
  'filter.persona': 'Persona',
  'filter.channel': 'Channel',
  'filter.owner': 'Department',
  'filter.category': 'Pain category',
  'filter.minSeverity': 'Severity at least',
  'filter.evidence': 'Evidence',
  'filter.any': 'Any',
  'filter.clear': 'Clear filter',
  'filter.matching': 'Steps matching: {matched} of {total}',
  'health.label': 'Map health',
  'health.score': '{score} / 100',
  'health.good': 'good',
  'health.fair': 'needs work',
  'health.poor': 'poor',
  'health.count': 'Warnings: {count}',
  'health.none': 'No methodology warnings: the map follows the method.',
  'health.formula': 'Score: 100 minus, per rule, its weight × failed / checked.',
};

export type InsightStringKey = keyof typeof en;

const ru: Record<InsightStringKey, string> = {
  'insight.quote': 'Цитата',
  'insight.observation': 'Наблюдение',
  'insight.data': 'Данные',
  'insight.n': 'n = {n}',
  'insight.source': 'Источник',
  'insight.open': 'Открыть источник: {source}',
  'evidence.sources.one': '{count} источник',
  'evidence.sources.few': '{count} источника',
  'evidence.sources.many': '{count} источников',
  'evidence.sources.other': '{count} источника',
  'evidence.spoken': 'Исследования по этому шагу: {summary}',
  'status.label': 'Статус',
  'status.idea': 'идея',
  'status.planned': 'запланировано',
  'status.in-progress': 'в работе',
  'status.done': 'сделано',
  'matrix.label': 'Возможности по эффекту и трудозатратам',
  'matrix.impact': 'Эффект: {level}',
  'matrix.effort': 'Трудозатраты: {level}',
  'matrix.corner': 'Эффект ↓ / трудозатраты →',
  'matrix.cell': 'Эффект: {impact}, трудозатраты: {effort}; возможностей: {count}',
  'matrix.unrated': 'Без оценки эффекта или трудозатрат',
  'matrix.empty': 'Нет возможностей для показа.',
  'matrix.step': 'Шаг: {step}',
  'matrix.dimmed': 'вне фильтра',
  'filter.label': 'Фильтр шагов',
  'filter.persona': 'Персона',
  'filter.channel': 'Канал',
  'filter.owner': 'Подразделение',
  'filter.category': 'Категория боли',
  'filter.minSeverity': 'Критичность не ниже',
  'filter.evidence': 'Основание',
  'filter.any': 'Любое',
  'filter.clear': 'Сбросить фильтр',
  'filter.matching': 'Шагов по фильтру: {matched} из {total}',
  'health.label': 'Качество карты',
  'health.score': '{score} / 100',
  'health.good': 'хорошо',
  'health.fair': 'требует доработки',
  'health.poor': 'плохо',
  'health.count': 'Предупреждений: {count}',
  'health.none': 'Замечаний по методике нет: карта составлена по правилам.',
  'health.formula': 'Оценка: 100 минус, по каждому правилу, его вес × нарушения / проверки.',
};

const ro: Record<InsightStringKey, string> = {
  'insight.quote': 'Citat',
  'insight.observation': 'Observație',
  'insight.data': 'Date',
  'insight.n': 'n = {n}',
  'insight.source': 'Sursă',
  'insight.open': 'Deschide sursa: {source}',
  'evidence.sources.one': '{count} sursă',
  'evidence.sources.few': '{count} surse',
  'evidence.sources.many': '{count} de surse',
  'evidence.sources.other': '{count} de surse',
  'evidence.spoken': 'Cercetarea din spatele acestui pas: {summary}',
  'status.label': 'Stare',
  'status.idea': 'idee',
  'status.planned': 'planificată',
  'status.in-progress': 'în lucru',
  'status.done': 'realizată',
  'matrix.label': 'Oportunități după impact și efort',
  'matrix.impact': 'Impact: {level}',
  'matrix.effort': 'Efort: {level}',
  'matrix.corner': 'Impact ↓ / efort →',
  'matrix.cell': 'Impact {impact}, efort {effort}: {count}',
  'matrix.unrated': 'Fără impact sau efort',
  'matrix.empty': 'Nu există oportunități de afișat.',
  'matrix.step': 'Pas: {step}',
  'matrix.dimmed': 'în afara filtrului',
  'filter.label': 'Filtrează pașii',
  'filter.persona': 'Persona',
  'filter.channel': 'Canal',
  'filter.owner': 'Departament',
  'filter.category': 'Categoria durerii',
  'filter.minSeverity': 'Gravitate cel puțin',
  'filter.evidence': 'Bază',
  'filter.any': 'Oricare',
  'filter.clear': 'Șterge filtrul',
  'filter.matching': 'Pași potriviți: {matched} din {total}',
  'health.label': 'Sănătatea hărții',
  'health.score': '{score} / 100',
  'health.good': 'bună',
  'health.fair': 'de îmbunătățit',
  'health.poor': 'slabă',
  'health.count': 'Avertismente: {count}',
  'health.none': 'Niciun avertisment de metodă: harta respectă metoda.',
  'health.formula': 'Scor: 100 minus, pentru fiecare regulă, ponderea × încălcări / verificări.',
};

export const insightStrings: Record<Locale, Record<InsightStringKey, string>> = { en, ru, ro };

/** A string for the locale (host override first), with `{placeholders}` filled in as plain text. */
export function insightString(
  locale: Locale,
  key: InsightStringKey,
  values?: Record<string, string | number>,
  strings?: StringOverrides,
): string {
  return format(lookup(insightStrings, locale, key, strings), values);
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * A counted phrase: `{base}.{category}` for the count's plural category in the language, else
 * `{base}.other`. `count` is the number shown (already formatted) in `{count}`.
 */
export function countedString(
  locale: Locale,
  base: 'evidence.sources',
  count: number,
  shown: string,
  strings?: StringOverrides,
): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const category = rules.select(count);
  const key = `${base}.${category === 'zero' || category === 'two' ? 'other' : category}` as InsightStringKey;
  return insightString(locale, key, { count: shown }, strings);
}
