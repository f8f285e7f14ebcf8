/**
 * The messages of lintJourney's methodology warnings, one per code, in every shipped locale.
 * Placeholders are filled with plain text from the document.
 */
import { format, type Locale } from './locale.js';

export type LintCode =
  | 'severe-pain-no-opportunity'
  | 'moment-without-metric'
  | 'stage-on-assumptions'
  | 'switch-without-owner'
  | 'stale-metric'
  | 'review-due'
  | 'persona-without-emotion'
  | 'empty-lane';

type Dictionary = Record<LintCode, string>;

const en: Dictionary = {
  'severe-pain-no-opportunity': 'A pain point of severity {severity} in “{step}” has no opportunity in its step.',
  'moment-without-metric': '“{step}” is a moment of truth but has no metric.',
  'stage-on-assumptions': 'Stage “{stage}” rests only on assumptions: no research, data or insight backs it.',
  'switch-without-owner': 'Another department takes over from {from} at “{step}”, but the step has no owner.',
  'stale-metric': '{metric} in “{step}” was last measured on {date}, longer ago than the review cycle.',
  'review-due': 'The map was due for review on {date}.',
  'persona-without-emotion': 'Persona “{persona}” has no emotion at any step.',
  'empty-lane': 'The lane “{lane}” is listed but has nothing in any step.',
};

const ru: Dictionary = {
  'severe-pain-no-opportunity': 'У болевой точки с серьёзностью {severity} на шаге «{step}» нет возможности улучшения на этом шаге.',
  'moment-without-metric': '«{step}» — момент истины, но у него нет метрики.',
  'stage-on-assumptions': 'Этап «{stage}» держится только на предположениях: его не подкрепляют ни исследования, ни данные, ни инсайты.',
  'switch-without-owner': 'На шаге «{step}» клиента передают от {from} другому подразделению, но у шага нет ответственного.',
  'stale-metric': '{metric} на шаге «{step}» в последний раз измеряли {date} — раньше, чем требует цикл пересмотра.',
  'review-due': 'Срок пересмотра карты ({date}) прошёл.',
  'persona-without-emotion': 'У персоны «{persona}» нет эмоций ни на одном шаге.',
  'empty-lane': 'Слой «{lane}» указан, но ни на одном шаге в нём ничего нет.',
};

const ro: Dictionary = {
  'severe-pain-no-opportunity': 'Un punct de durere cu gravitatea {severity} în „{step}” nu are nicio oportunitate în pasul său.',
  'moment-without-metric': '„{step}” este un moment al adevărului, dar nu are nicio metrică.',
  'stage-on-assumptions': 'Etapa „{stage}” se sprijină doar pe presupuneri: nicio cercetare, date sau constatare nu o susține.',
  'switch-without-owner': 'La „{step}” preia alt departament după {from}, dar pasul nu are un responsabil.',
  'stale-metric': '{metric} în „{step}” a fost măsurată ultima dată pe {date}, mai demult decât ciclul de revizuire.',
  'review-due': 'Harta trebuia revizuită pe {date}.',
  'persona-without-emotion': 'Persona „{persona}” nu are nicio emoție la niciun pas.',
  'empty-lane': 'Stratul „{lane}” este listat, dar nu are nimic la niciun pas.',
};

const DICTIONARIES: Record<Locale, Dictionary> = { en, ru, ro };

/** Every lint code, in the order the rules are documented (docs/insights.md). */
export const LINT_CODES = Object.keys(en) as LintCode[];

export function lintMessage(code: LintCode, locale: Locale, values: Record<string, string | number> = {}): string {
  return format((DICTIONARIES[locale] ?? en)[code] ?? en[code], values);
}
