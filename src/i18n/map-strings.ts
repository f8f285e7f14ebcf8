import { format, lookup, type Locale } from './locale.js';
import type { Translator } from './translator.js';

/**
 * UI strings of `<journey-map>` and the map structure shared with `<stage-lane>`: header labels,
 * state badges, grid labels, loading and error texts, evidence levels, moments of truth.
 * Hosts replace any of them by key through the `strings` property.
 */
const en = {
  'map.label': 'Customer journey map: {title}',
  'map.goal': 'Goal',
  'map.personas': 'Personas',
  'map.details': 'Details',
  'state.current': 'Current state',
  'state.future': 'Future state',
  'persona.open': 'Profile of {name}',
  'persona.close': 'Close',
  'grid.stage': 'Stage',
  'grid.lane': 'Lane',
  'overview.label': 'Map overview: jump to a stage',
  'overview.stage': 'Stage {index} of {count}: {title}',
  'export.step': 'Step',
  'export.text': 'Text',
  'export.laneKey': 'Lane key',
  'step.momentOfTruth': 'Moment of truth',
  'evidence.label': 'Evidence:',
  'evidence.research': 'research',
  'evidence.data': 'data',
  'evidence.assumption': 'assumption',
  'lane.collapse': 'Hide this lane',
  'lane.expand': 'Show this lane',
  'lane.visibilityLine': 'Line of visibility',
  'cell.showAll': 'Show all',
  'cell.showLess': 'Show less',
  'status.loading': 'Loading the journey…',
  'status.tooLarge': 'This journey has {count} steps, more than the {max} a map can draw. Split it into smaller journeys, or pass only the stages you need.',
  'error.title': 'This journey map cannot be shown',
  'error.intro': 'Problems found in the document:',
  'error.loadIntro': 'The journey could not be loaded:',
  'error.root': '(document)',
  'error.http': 'Could not load {url}: the server answered HTTP {status}.',
  'error.network': 'Could not load {url}: {reason}',
  'warnings.title': 'Shown with warnings: {count}',
  'warnings.dismiss': 'Dismiss warnings',
};

export type MapStringKey = keyof typeof en;

const ru: Record<MapStringKey, string> = {
  'map.label': 'Карта пути клиента: {title}',
  'map.goal': 'Цель',
  'map.personas': 'Персоны',
  'map.details': 'Подробнее',
  'state.current': 'Текущее состояние',
  'state.future': 'Целевое состояние',
  'persona.open': 'Профиль: {name}',
  'persona.close': 'Закрыть',
  'grid.stage': 'Этап',
  'grid.lane': 'Слой',
  'overview.label': 'Обзор карты: переход к этапу',
  'overview.stage': 'Этап {index} из {count}: {title}',
  'export.step': 'Шаг',
  'export.text': 'Текст',
  'export.laneKey': 'Ключ слоя',
  'step.momentOfTruth': 'Момент истины',
  'evidence.label': 'Основание:',
  'evidence.research': 'исследование',
  'evidence.data': 'данные',
  'evidence.assumption': 'предположение',
  'lane.collapse': 'Свернуть слой',
  'lane.expand': 'Развернуть слой',
  'lane.visibilityLine': 'Линия видимости',
  'cell.showAll': 'Показать всё',
  'cell.showLess': 'Свернуть',
  'status.loading': 'Загрузка карты…',
  'status.tooLarge': 'Шагов в этой карте пути: {count} — больше, чем может нарисовать карта (не более {max}). Разделите её на несколько карт или передайте только нужные этапы.',
  'error.title': 'Карту пути невозможно показать',
  'error.intro': 'Проблемы в документе:',
  'error.loadIntro': 'Карту пути не удалось загрузить:',
  'error.root': '(документ)',
  'error.http': 'Не удалось загрузить {url}: сервер ответил HTTP {status}.',
  'error.network': 'Не удалось загрузить {url}: {reason}',
  'warnings.title': 'Показано с предупреждениями: {count}',
  'warnings.dismiss': 'Скрыть предупреждения',
};

const ro: Record<MapStringKey, string> = {
  'map.label': 'Harta călătoriei clientului: {title}',
  'map.goal': 'Obiectiv',
  'map.personas': 'Persone',
  'map.details': 'Detalii',
  'state.current': 'Starea actuală',
  'state.future': 'Starea viitoare',
  'persona.open': 'Profilul: {name}',
  'persona.close': 'Închide',
  'grid.stage': 'Etapă',
  'grid.lane': 'Strat',
  'overview.label': 'Privire de ansamblu: salt la o etapă',
  'overview.stage': 'Etapa {index} din {count}: {title}',
  'export.step': 'Pas',
  'export.text': 'Text',
  'export.laneKey': 'Cheia stratului',
  'step.momentOfTruth': 'Moment al adevărului',
  'evidence.label': 'Bază:',
  'evidence.research': 'cercetare',
  'evidence.data': 'date',
  'evidence.assumption': 'ipoteză',
  'lane.collapse': 'Restrânge stratul',
  'lane.expand': 'Extinde stratul',
  'lane.visibilityLine': 'Linia de vizibilitate',
  'cell.showAll': 'Arată tot',
  'cell.showLess': 'Arată mai puțin',
  'status.loading': 'Se încarcă harta…',
  'status.tooLarge': 'Pași în această hartă: {count} — mai mulți decât poate desena o hartă (cel mult {max}). Împărțiți-o în hărți mai mici sau transmiteți doar etapele de care aveți nevoie.',
  'error.title': 'Această hartă nu poate fi afișată',
  'error.intro': 'Probleme găsite în document:',
  'error.loadIntro': 'Harta nu a putut fi încărcată:',
  'error.root': '(documentul)',
  'error.http': 'Nu s-a putut încărca {url}: serverul a răspuns HTTP {status}.',
  'error.network': 'Nu s-a putut încărca {url}: {reason}',
  'warnings.title': 'Afișată cu avertismente: {count}',
  'warnings.dismiss': 'Ascunde avertismentele',
};

export const mapStrings: Record<Locale, Record<MapStringKey, string>> = { en, ru, ro };

/** A map string for the locale (host override first), with `{placeholders}` filled in as plain text. */
export function mapString(
  t: Translator,
  key: MapStringKey,
  values?: Record<string, string | number>
): string {
  return format(lookup(mapStrings, t, key), values);
}
