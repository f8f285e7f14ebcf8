/**
 * diffJourneys: what changed from one journey document to another (usually the current state to
 * the future one, or last quarter's map to this one), as plain data. Stages and steps are matched by
 * id, pain points by their step and text. Pure; runs in node as well as in a browser.
 */
import { difference } from '../layout/metric-trend.js';
import { normalizeJourney } from './normalize.js';
import type {
  JourneyDocument,
  MetricValue,
  NormalizedJourney,
  NormalizedStep,
  PainPoint,
} from './types.js';

/** A stage as the diff names it. */
export interface DiffStage {
  id: string;
  title: string;
}

/** A column (a step, or a stage without steps) and the stage it is in. */
export interface DiffStep {
  id: string;
  title: string;
  stageId: string;
  stageTitle: string;
}

/** A stage or step whose title changed while its id stayed. */
export interface DiffRename {
  id: string;
  from: string;
  to: string;
}

/** A step that is in another stage now. */
export interface DiffMove {
  id: string;
  title: string;
  fromStage: DiffStage;
  toStage: DiffStage;
}

/** A step whose content changed: the names of the fields that differ (`title`, `actions`, `emotion`…). */
export interface DiffStepChange {
  id: string;
  title: string;
  fields: string[];
}

/** A pain point that appeared or went away at a step. */
export interface DiffPainPoint {
  stepId: string;
  text: string;
  severity?: number;
  category?: string;
  persona?: string;
}

/** A change of a step's emotion for one persona (`persona` is `*` when the documents have no personas). */
export interface DiffEmotion {
  stepId: string;
  persona: string;
  from: number;
  to: number;
  /** `to - from`, at the precision the values were written with. */
  delta: number;
}

/** A change of a metric's value at a step. */
export interface DiffMetric {
  stepId: string;
  metric: string;
  from: number;
  to: number;
  delta: number;
}

/** Everything that changed from `a` to `b`; every list is in the order of the document it comes from. */
export interface JourneyDiff {
  stages: { added: DiffStage[]; removed: DiffStage[]; renamed: DiffRename[] };
  steps: {
    added: DiffStep[];
    removed: DiffStep[];
    moved: DiffMove[];
    renamed: DiffRename[];
    changed: DiffStepChange[];
  };
  painPoints: { added: DiffPainPoint[]; resolved: DiffPainPoint[] };
  /** Only non-zero changes, for steps in both documents and personas with a value in both. */
  emotions: DiffEmotion[];
  /** Only non-zero changes, for metrics with a value at the same step in both documents. */
  metrics: DiffMetric[];
}

/** True when the diff found no difference at all. */
export function isSameJourney(diff: JourneyDiff): boolean {
  const { stages, steps, painPoints, emotions, metrics } = diff;
  return [
    stages.added, stages.removed, stages.renamed,
    steps.added, steps.removed, steps.moved, steps.renamed, steps.changed,
    painPoints.added, painPoints.resolved, emotions, metrics,
  ].every((list) => list.length === 0);
}

/** Fields of a normalized step that are bookkeeping, not content. */
const DERIVED = new Set(['id', 'index', 'stageId', 'stageIndex', 'indexInStage', 'isStage', 'emotionByPersona', 'nextIndices', 'steps']);

/**
 * What changed from `a` to `b`. Pass valid documents (`validateJourney(...).journey`) or
 * normalized journeys. Pain points of a removed step count as resolved, those of a new step as added.
 */
export function diffJourneys(a: JourneyDocument | NormalizedJourney, b: JourneyDocument | NormalizedJourney): JourneyDiff {
  const from = normalized(a);
  const to = normalized(b);
  const diff: JourneyDiff = {
    stages: { added: [], removed: [], renamed: [] },
    steps: { added: [], removed: [], moved: [], renamed: [], changed: [] },
    painPoints: { added: [], resolved: [] },
    emotions: [],
    metrics: [],
  };
  diffStages(from, to, diff);
  const toStage = (journey: NormalizedJourney, step: NormalizedStep): DiffStage => {
    const stage = journey.stages[step.stageIndex]!;
    return { id: stage.id, title: stage.title };
  };
  const ref = (journey: NormalizedJourney, step: NormalizedStep): DiffStep => {
    const stage = toStage(journey, step);
    return { id: step.id, title: step.title, stageId: stage.id, stageTitle: stage.title };
  };
  for (const step of from.steps) {
    const other = stepById(to, step.id);
    if (!other) {
      diff.steps.removed.push(ref(from, step));
      for (const pain of painPoints(step)) diff.painPoints.resolved.push(painRef(step.id, pain));
    }
  }
  for (const step of to.steps) {
    const before = stepById(from, step.id);
    if (!before) {
      diff.steps.added.push(ref(to, step));
      for (const pain of painPoints(step)) diff.painPoints.added.push(painRef(step.id, pain));
      continue;
    }
    if (before.stageId !== step.stageId) {
      diff.steps.moved.push({ id: step.id, title: step.title, fromStage: toStage(from, before), toStage: toStage(to, step) });
    }
    if (before.title !== step.title) diff.steps.renamed.push({ id: step.id, from: before.title, to: step.title });
    const fields = changedFields(before, step);
    if (fields.length) diff.steps.changed.push({ id: step.id, title: step.title, fields });
    diffPainPoints(before, step, diff);
    diffEmotions(before, step, diff);
    diffMetrics(before, step, diff);
  }
  diff.painPoints.resolved.sort((x, y) => order(from, x.stepId) - order(from, y.stepId));
  return diff;
}

function normalized(journey: JourneyDocument | NormalizedJourney): NormalizedJourney {
  return 'stepIndexById' in journey && journey.stepIndexById instanceof Map
    ? (journey as NormalizedJourney)
    : normalizeJourney(journey as JourneyDocument);
}

function stepById(journey: NormalizedJourney, id: string): NormalizedStep | undefined {
  const index = journey.stepIndexById.get(id);
  return index === undefined ? undefined : journey.steps[index];
}

const order = (journey: NormalizedJourney, stepId: string): number => journey.stepIndexById.get(stepId) ?? -1;

function diffStages(from: NormalizedJourney, to: NormalizedJourney, diff: JourneyDiff): void {
  const before = new Map(from.stages.map((stage) => [stage.id, stage]));
  const after = new Set(to.stages.map((stage) => stage.id));
  for (const stage of from.stages) if (!after.has(stage.id)) diff.stages.removed.push({ id: stage.id, title: stage.title });
  for (const stage of to.stages) {
    const old = before.get(stage.id);
    if (!old) diff.stages.added.push({ id: stage.id, title: stage.title });
    else if (old.title !== stage.title) diff.stages.renamed.push({ id: stage.id, from: old.title, to: stage.title });
  }
}

/** JSON of a field for comparison; key order of objects is as written, which documents keep stable. */
const encoded = (value: unknown): string => (value === undefined ? '' : JSON.stringify(value) ?? '');

function changedFields(before: NormalizedStep, after: NormalizedStep): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const fields: string[] = [];
  for (const key of keys) {
    if (DERIVED.has(key)) continue;
    if (encoded(before[key]) !== encoded(after[key])) fields.push(key);
  }
  return fields;
}

function painPoints(step: NormalizedStep): PainPoint[] {
  return Array.isArray(step.painPoints) ? step.painPoints.filter((pain) => typeof pain?.text === 'string') : [];
}

function painRef(stepId: string, pain: PainPoint): DiffPainPoint {
  const ref: DiffPainPoint = { stepId, text: pain.text };
  if (typeof pain.severity === 'number') ref.severity = pain.severity;
  if (typeof pain.category === 'string') ref.category = pain.category;
  if (typeof pain.persona === 'string') ref.persona = pain.persona;
  return ref;
}

/** The same text (spaces at the ends ignored) is the same pain point; repeats are matched one to one. */
function diffPainPoints(before: NormalizedStep, after: NormalizedStep, diff: JourneyDiff): void {
  const remaining = new Map<string, number>();
  for (const pain of painPoints(before)) remaining.set(pain.text.trim(), (remaining.get(pain.text.trim()) ?? 0) + 1);
  for (const pain of painPoints(after)) {
    const count = remaining.get(pain.text.trim()) ?? 0;
    if (count > 0) remaining.set(pain.text.trim(), count - 1);
    else diff.painPoints.added.push(painRef(after.id, pain));
  }
  for (const pain of painPoints(before)) {
    const count = remaining.get(pain.text.trim()) ?? 0;
    if (count === 0) continue;
    remaining.set(pain.text.trim(), count - 1);
    diff.painPoints.resolved.push(painRef(before.id, pain));
  }
}

function diffEmotions(before: NormalizedStep, after: NormalizedStep, diff: JourneyDiff): void {
  for (const persona of Object.keys(after.emotionByPersona)) {
    const from = before.emotionByPersona[persona];
    const to = after.emotionByPersona[persona]!;
    if (from === undefined || from === to) continue;
    diff.emotions.push({ stepId: after.id, persona, from, to, delta: difference(to, from) });
  }
}

function readings(step: NormalizedStep): Map<string, number> {
  const values = new Map<string, number>();
  if (!Array.isArray(step.metrics)) return values;
  for (const reading of step.metrics as MetricValue[]) {
    if (typeof reading?.metric !== 'string' || typeof reading.value !== 'number' || !Number.isFinite(reading.value)) continue;
    if (!values.has(reading.metric)) values.set(reading.metric, reading.value);
  }
  return values;
}

function diffMetrics(before: NormalizedStep, after: NormalizedStep, diff: JourneyDiff): void {
  const old = readings(before);
  for (const [metric, to] of readings(after)) {
    const from = old.get(metric);
    if (from === undefined || from === to) continue;
    diff.metrics.push({ stepId: after.id, metric, from, to, delta: difference(to, from) });
  }
}
