/**
 * journeyDiffSummary: the differences between two journey documents as readable lines in English,
 * Russian or Romanian, for a review of maps kept in git or a changelog. Pure; runs in node.
 */
import { laneString, type LaneStringKey } from '../i18n/lane-strings.js';
import { toLocale, type Locale } from '../i18n/locale.js';
import { formatMetricChange, formatMetricValue } from '../i18n/metric-format.js';
import { formatNumber } from '../i18n/number-format.js';
import { timeString, type TimeStringKey } from '../i18n/time-strings.js';
import { diffJourneys, isSameJourney } from './diff.js';
import { normalizeJourney } from './normalize.js';
import { DEFAULT_PERSONA, LANE_ORDER, type JourneyDocument, type MetricDefinition, type NormalizedJourney } from './types.js';
import { translator } from '../i18n/translator.js';

export interface DiffSummaryOptions {
  /** Language of the lines and of the numbers in them (any BCP 47 tag; default 'en'). */
  locale?: string;
}

const LANE_KEYS = new Set<string>(LANE_ORDER);

/** A signed change with the metric's unit; a change of a percentage is in percentage points. */
export function formatDelta(delta: number, unit: string | undefined, locale: Locale, intlLocale: string): string {
  return formatMetricChange(delta, { unit, locale, intlLocale, maximumFractionDigits: 2 });
}

/**
 * The changes from `a` to `b` (valid documents, as `validateJourney` returns them), one line each:
 * stages, then steps, then pain points, then emotions and metrics. A single "No differences." line
 * when there are none.
 */
export function journeyDiffSummary(a: JourneyDocument, b: JourneyDocument, options: DiffSummaryOptions = {}): string[] {
  const intlLocale = typeof options.locale === 'string' && options.locale ? options.locale : 'en';
  const locale = toLocale(intlLocale);
  const from = normalizeJourney(a);
  const to = normalizeJourney(b);
  const diff = diffJourneys(from, to);
  const say = (key: TimeStringKey, values: Record<string, string | number>) => timeString(translator(locale), key, values);
  if (isSameJourney(diff)) return [say('diff.none', {})];
  const number = (value: number) => formatNumber(value, intlLocale, { maximumFractionDigits: 2 });
  const stepTitle = (id: string) => titleOf(to, id) ?? titleOf(from, id) ?? id;
  const lines: string[] = [];
  for (const stage of diff.stages.added) lines.push(say('diff.stageAdded', { title: stage.title }));
  for (const stage of diff.stages.removed) lines.push(say('diff.stageRemoved', { title: stage.title }));
  for (const { from: was, to: now } of diff.stages.renamed) lines.push(say('diff.stageRenamed', { from: was, to: now }));
  for (const step of diff.steps.added) lines.push(say('diff.stepAdded', { title: step.title, stage: step.stageTitle }));
  for (const step of diff.steps.removed) lines.push(say('diff.stepRemoved', { title: step.title, stage: step.stageTitle }));
  for (const move of diff.steps.moved) {
    lines.push(say('diff.stepMoved', { title: move.title, from: move.fromStage.title, to: move.toStage.title }));
  }
  for (const { from: was, to: now } of diff.steps.renamed) lines.push(say('diff.stepRenamed', { from: was, to: now }));
  for (const change of diff.steps.changed) {
    const fields = change.fields.filter((field) => field !== 'title').map((field) => fieldName(field, locale));
    if (fields.length) lines.push(say('diff.stepChanged', { title: change.title, fields: fields.join(', ') }));
  }
  for (const pain of diff.painPoints.added) lines.push(say('diff.painAdded', { step: stepTitle(pain.stepId), text: pain.text }));
  for (const pain of diff.painPoints.resolved) lines.push(say('diff.painResolved', { step: stepTitle(pain.stepId), text: pain.text }));
  for (const emotion of diff.emotions) {
    const values = {
      step: stepTitle(emotion.stepId),
      persona: personaName(to, emotion.persona),
      from: number(emotion.from),
      to: number(emotion.to),
      delta: formatDelta(emotion.delta, undefined, locale, intlLocale),
    };
    lines.push(say(emotion.persona === DEFAULT_PERSONA ? 'diff.emotionAll' : 'diff.emotion', values));
  }
  for (const metric of diff.metrics) {
    const definition: MetricDefinition | undefined = to.metrics.get(metric.metric) ?? from.metrics.get(metric.metric);
    const unit = typeof definition?.unit === 'string' ? definition.unit : undefined;
    // As the metrics cell writes them: "85%" in English and Romanian, "85 %" in Russian.
    const shown = (value: number) => formatMetricValue(value, { unit, locale, intlLocale, maximumFractionDigits: 2 });
    lines.push(
      say('diff.metric', {
        metric: typeof definition?.label === 'string' ? definition.label : metric.metric,
        step: stepTitle(metric.stepId),
        from: shown(metric.from),
        to: shown(metric.to),
        delta: formatDelta(metric.delta, unit, locale, intlLocale),
      }),
    );
  }
  return lines;
}

function titleOf(journey: NormalizedJourney, id: string): string | undefined {
  const index = journey.stepIndexById.get(id);
  return index === undefined ? undefined : journey.steps[index]!.title;
}

function personaName(journey: NormalizedJourney, id: string): string {
  const persona = journey.personas.find((candidate) => candidate.id === id);
  return typeof persona?.name === 'string' && persona.name.trim() ? persona.name : id;
}

/** Lane fields are named as their lane; other fields (`description`, `next`…) by their key. */
function fieldName(field: string, locale: Locale): string {
  return LANE_KEYS.has(field) ? laneString(translator(locale), `lane.${field}` as LaneStringKey) : field;
}
