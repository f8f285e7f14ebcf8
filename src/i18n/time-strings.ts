import { format, lookup, type Locale } from './locale.js';
import type { Translator } from './translator.js';

/**
 * UI strings of the map over time: freshness in the header, KPI history in the metrics cell, the
 * whole-map comparison (`compareTo`), and the lines of `journeyDiffSummary`. Hosts replace any of
 * them by key through the `strings` property.
 */
const en = {
  'time.asOf': 'Data as of {date}',
  'time.version': 'Version {version}',
  'time.owner': 'Maintained by {owner}',
  'time.reviewDue': 'Review due since {date}',
  'time.reviewNext': 'Next review {date}',

  'history.since': '{delta} since {date}',
  'history.points': '{value} pp',
  'history.spoken': 'Measured {count} times: {points}',
  'history.point': '{date}: {value}',
  'history.chart': 'History of {metric}',

  'compare.against': 'Compared with “{title}”',
  'compare.new': 'New',
  'compare.removed': 'Removed',
  'compare.resolved': 'Resolved',
  'compare.legendDashed': 'Dashed: “{title}” (compared)',
  'compare.legendShaded': 'Shaded: the difference between them',
  'compare.resolvedCount': 'Resolved: {count}',
  'compare.removedWithStep': 'Removed with the step',
  'compare.moved': 'Moved from {stage}',
  'compare.renamed': 'Was “{title}”',
  'compare.removedSteps': 'Removed steps',
  'compare.removedStep': 'Removed step: {title}',
  'compare.removedStage': 'Removed stage: {title}',
  'compare.changes': 'Changes',
  'compare.formerStage': 'was in {stage}',
  'compare.emotion': 'Emotion {delta}',
  'compare.emotionOf': 'Emotion of {persona} {delta}',
  'compare.metric': '{metric} {delta}',
  'compare.better': 'better',
  'compare.worse': 'worse',
  'compare.error': 'The document to compare with has problems; the map is shown without the comparison.',

  'diff.none': 'No differences.',
  'diff.stageAdded': 'New stage “{title}”',
  'diff.stageRemoved': 'Stage removed: “{title}”',
  'diff.stageRenamed': 'Stage renamed: “{from}” → “{to}”',
  'diff.stepAdded': 'New step “{title}” in {stage}',
  'diff.stepRemoved': 'Step removed: “{title}” (was in {stage})',
  'diff.stepMoved': 'Step “{title}” moved from {from} to {to}',
  'diff.stepRenamed': 'Step renamed: “{from}” → “{to}”',
  'diff.stepChanged': 'Step “{title}” changed: {fields}',
  'diff.painAdded': 'New pain point at “{step}”: {text}',
  'diff.painResolved': 'Pain point resolved at “{step}”: {text}',
  'diff.emotion': 'Emotion at “{step}” ({persona}): {from} → {to} ({delta})',
  'diff.emotionAll': 'Emotion at “{step}”: {from} → {to} ({delta})',
  'diff.metric': '{metric} at “{step}”: {from} → {to} ({delta})',
};

export type TimeStringKey = keyof typeof en;

const ru: Record<TimeStringKey, string> = {
  'time.asOf': 'Данные на {date}',
  'time.version': 'Версия {version}',
  'time.owner': 'Ведёт: {owner}',
  'time.reviewDue': 'Нужен пересмотр с {date}',
  'time.reviewNext': 'Следующий пересмотр: {date}',

  'history.since': '{delta} с {date}',
  'history.points': '{value} п. п.',
  'history.spoken': 'Замеров: {count}: {points}',
  'history.point': '{date}: {value}',
  'history.chart': 'История показателя «{metric}»',

  'compare.against': 'Сравнение с картой «{title}»',
  'compare.new': 'Новое',
  'compare.removed': 'Убрано',
  'compare.resolved': 'Решено',
  'compare.legendDashed': 'Пунктир: «{title}» (для сравнения)',
  'compare.legendShaded': 'Заливка: разница между ними',
  'compare.resolvedCount': 'Решено: {count}',
  'compare.removedWithStep': 'Убраны вместе с шагом',
  'compare.moved': 'Перенесено из этапа «{stage}»',
  'compare.renamed': 'Было: «{title}»',
  'compare.removedSteps': 'Убранные шаги',
  'compare.removedStep': 'Убранный шаг: {title}',
  'compare.removedStage': 'Убранный этап: {title}',
  'compare.changes': 'Изменения',
  'compare.formerStage': 'был в этапе «{stage}»',
  'compare.emotion': 'Эмоция {delta}',
  'compare.emotionOf': 'Эмоция ({persona}) {delta}',
  'compare.metric': '{metric} {delta}',
  'compare.better': 'лучше',
  'compare.worse': 'хуже',
  'compare.error': 'В документе для сравнения есть ошибки; карта показана без сравнения.',

  'diff.none': 'Различий нет.',
  'diff.stageAdded': 'Новый этап «{title}»',
  'diff.stageRemoved': 'Этап убран: «{title}»',
  'diff.stageRenamed': 'Этап переименован: «{from}» → «{to}»',
  'diff.stepAdded': 'Новый шаг «{title}» в этапе «{stage}»',
  'diff.stepRemoved': 'Шаг убран: «{title}» (был в этапе «{stage}»)',
  'diff.stepMoved': 'Шаг «{title}» перенесён из этапа «{from}» в этап «{to}»',
  'diff.stepRenamed': 'Шаг переименован: «{from}» → «{to}»',
  'diff.stepChanged': 'Шаг «{title}» изменён: {fields}',
  'diff.painAdded': 'Новая боль на шаге «{step}»: {text}',
  'diff.painResolved': 'Боль решена на шаге «{step}»: {text}',
  'diff.emotion': 'Эмоция на шаге «{step}» ({persona}): {from} → {to} ({delta})',
  'diff.emotionAll': 'Эмоция на шаге «{step}»: {from} → {to} ({delta})',
  'diff.metric': '{metric} на шаге «{step}»: {from} → {to} ({delta})',
};

const ro: Record<TimeStringKey, string> = {
  'time.asOf': 'Date la {date}',
  'time.version': 'Versiunea {version}',
  'time.owner': 'Întreținută de {owner}',
  'time.reviewDue': 'Revizuire necesară din {date}',
  'time.reviewNext': 'Următoarea revizuire: {date}',

  'history.since': '{delta} față de {date}',
  'history.points': '{value} p.p.',
  'history.spoken': 'Măsurat de {count} ori: {points}',
  'history.point': '{date}: {value}',
  'history.chart': 'Istoricul pentru {metric}',

  'compare.against': 'Comparată cu „{title}”',
  'compare.new': 'Nou',
  'compare.removed': 'Eliminat',
  'compare.resolved': 'Rezolvat',
  'compare.legendDashed': 'Linie întreruptă: „{title}” (comparată)',
  'compare.legendShaded': 'Zona colorată: diferența dintre ele',
  'compare.resolvedCount': 'Rezolvate: {count}',
  'compare.removedWithStep': 'Eliminate odată cu pasul',
  'compare.moved': 'Mutat din {stage}',
  'compare.renamed': 'Era „{title}”',
  'compare.removedSteps': 'Pași eliminați',
  'compare.removedStep': 'Pas eliminat: {title}',
  'compare.removedStage': 'Etapă eliminată: {title}',
  'compare.changes': 'Modificări',
  'compare.formerStage': 'era în {stage}',
  'compare.emotion': 'Emoție {delta}',
  'compare.emotionOf': 'Emoția pentru {persona} {delta}',
  'compare.metric': '{metric} {delta}',
  'compare.better': 'mai bine',
  'compare.worse': 'mai rău',
  'compare.error': 'Documentul de comparat are probleme; harta este afișată fără comparație.',

  'diff.none': 'Nicio diferență.',
  'diff.stageAdded': 'Etapă nouă „{title}”',
  'diff.stageRemoved': 'Etapă eliminată: „{title}”',
  'diff.stageRenamed': 'Etapă redenumită: „{from}” → „{to}”',
  'diff.stepAdded': 'Pas nou „{title}” în {stage}',
  'diff.stepRemoved': 'Pas eliminat: „{title}” (era în {stage})',
  'diff.stepMoved': 'Pasul „{title}” a fost mutat din {from} în {to}',
  'diff.stepRenamed': 'Pas redenumit: „{from}” → „{to}”',
  'diff.stepChanged': 'Pasul „{title}” s-a schimbat: {fields}',
  'diff.painAdded': 'Problemă nouă la „{step}”: {text}',
  'diff.painResolved': 'Problemă rezolvată la „{step}”: {text}',
  'diff.emotion': 'Emoția la „{step}” ({persona}): {from} → {to} ({delta})',
  'diff.emotionAll': 'Emoția la „{step}”: {from} → {to} ({delta})',
  'diff.metric': '{metric} la „{step}”: {from} → {to} ({delta})',
};

export const timeStrings: Record<Locale, Record<TimeStringKey, string>> = { en, ru, ro };

/** A string of the map over time for the locale (host override first), `{placeholders}` filled in. */
export function timeString(
  t: Translator,
  key: TimeStringKey,
  values?: Record<string, string | number>
): string {
  return format(lookup(timeStrings, t, key), values);
}
