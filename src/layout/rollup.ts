/**
 * Roll-ups: what a stage holds at a glance (pain points by category, opportunities by status, its
 * lowest emotion) and the steps to fix first. Pure; the formulas are in docs/insights.md.
 */
import type { NormalizedJourney, NormalizedStep, Opportunity, OpportunityStatus, PainPoint } from '../model/types.js';

const records = <T>(value: unknown): T[] =>
  Array.isArray(value) ? (value.filter((item) => item !== null && typeof item === 'object') as T[]) : [];
const severityOf = (pain: PainPoint): number | undefined =>
  typeof pain.severity === 'number' && Number.isFinite(pain.severity) ? pain.severity : undefined;

export interface CategoryRollup {
  /** The category as first written (case ignored when grouping); '' for pain points without one. */
  category: string;
  count: number;
  /** The highest severity among them, when any has one. */
  maxSeverity?: number;
}

export type StatusKey = OpportunityStatus | 'none';
const STATUSES: readonly StatusKey[] = ['idea', 'planned', 'in-progress', 'done', 'none'];

export interface StageRollup {
  stageId: string;
  /** By category, most pain points first (ties: the more severe, then the first written). */
  pains: CategoryRollup[];
  /** Opportunities per status; `none` counts those without a status. Only statuses that occur, in lifecycle order. */
  opportunities: Array<{ status: StatusKey; count: number }>;
  /** The lowest emotion of any persona at any of the stage's steps, and where (first on ties). */
  lowest?: { value: number; stepId: string; persona: string };
}

function lowestOf(steps: readonly NormalizedStep[]): StageRollup['lowest'] {
  let lowest: StageRollup['lowest'];
  for (const step of steps) {
    for (const [persona, value] of Object.entries(step.emotionByPersona)) {
      if (lowest === undefined || value < lowest.value) lowest = { value, stepId: step.id, persona };
    }
  }
  return lowest;
}

/** The roll-up of one stage's columns. */
export function stageRollup(journey: NormalizedJourney, stageIndex: number): StageRollup {
  const stage = journey.stages[stageIndex];
  const steps = journey.steps.slice(stage.firstStep, stage.firstStep + stage.stepCount);
  const categories = new Map<string, CategoryRollup & { order: number }>();
  const statuses = new Map<StatusKey, number>();
  for (const step of steps) {
    for (const pain of records<PainPoint>(step.painPoints)) {
      const written = typeof pain.category === 'string' ? pain.category.trim() : '';
      const key = written.toLowerCase();
      const entry = categories.get(key) ?? { category: written, count: 0, order: categories.size };
      entry.count += 1;
      const severity = severityOf(pain);
      if (severity !== undefined) entry.maxSeverity = Math.max(entry.maxSeverity ?? severity, severity);
      categories.set(key, entry);
    }
    for (const idea of records<Opportunity>(step.opportunities)) {
      const status: StatusKey = STATUSES.includes(idea.status as StatusKey) ? (idea.status as StatusKey) : 'none';
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  }
  const pains = Array.from(categories.values())
    .sort((a, b) => b.count - a.count || (b.maxSeverity ?? 0) - (a.maxSeverity ?? 0) || a.order - b.order)
    .map(({ category, count, maxSeverity }) => (maxSeverity === undefined ? { category, count } : { category, count, maxSeverity }));
  const opportunities = STATUSES.filter((status) => statuses.has(status)).map((status) => ({ status, count: statuses.get(status)! }));
  const rollup: StageRollup = { stageId: stage.id, pains, opportunities };
  const lowest = lowestOf(steps);
  if (lowest) rollup.lowest = lowest;
  return rollup;
}

export interface FixFirstEntry {
  stepId: string;
  stageId: string;
  /** S: the highest severity of the step's pain points (a pain point without one counts as 1). */
  severity: number;
  /** A: customers with an event at the step, else the personas affected (at least 1). */
  affected: number;
  /** Whether `affected` counts customers (individuals) or personas. */
  affectedKind: 'customers' | 'personas';
  /** E: 1 + how far the lowest emotion sits below the scale's middle, as a share of the lower half (1–2). */
  emotionFactor: number;
  /** S × A × E, rounded to two decimals. */
  score: number;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * The steps to fix first: every step with a pain point, ranked by severity × affected × emotion
 * factor, highest first (ties keep the map's order). `limit` keeps the first ones.
 */
export function fixFirst(journey: NormalizedJourney, limit = Infinity): FixFirstEntry[] {
  const { min, max } = journey.scale;
  const middle = (min + max) / 2;
  const customersAt = new Map<string, Set<string>>();
  for (const individual of journey.individuals) {
    for (const event of records<{ step?: unknown }>(individual.events)) {
      if (typeof event.step !== 'string') continue;
      let seen = customersAt.get(event.step);
      if (!seen) customersAt.set(event.step, (seen = new Set()));
      seen.add(individual.id);
    }
  }
  const byCustomers = customersAt.size > 0;
  const entries: Array<FixFirstEntry & { index: number }> = [];
  for (const step of journey.steps) {
    const pains = records<PainPoint>(step.painPoints);
    if (!pains.length) continue;
    const severity = Math.max(...pains.map((pain) => severityOf(pain) ?? 1));
    const emotions = Object.values(step.emotionByPersona);
    const lowest = emotions.length ? Math.min(...emotions) : middle;
    const below = middle > min ? (middle - lowest) / (middle - min) : 0;
    const emotionFactor = round2(1 + Math.min(1, Math.max(0, below)));
    let affected: number;
    if (byCustomers) {
      affected = customersAt.get(step.id)?.size ?? 0;
    } else {
      const personas = new Set<string>();
      const everyone = pains.some((pain) => typeof pain.persona !== 'string');
      for (const id of journey.seriesIds) {
        const hurt = pains.some((pain) => pain.persona === id);
        const low = (step.emotionByPersona[id] ?? middle) < middle;
        if (everyone || hurt || low) personas.add(id);
      }
      affected = personas.size;
    }
    affected = Math.max(1, affected);
    const score = round2(severity * affected * emotionFactor);
    entries.push({ stepId: step.id, stageId: step.stageId, severity, affected, affectedKind: byCustomers ? 'customers' : 'personas', emotionFactor, score, index: step.index });
  }
  entries.sort((a, b) => b.score - a.score || a.index - b.index);
  return entries.slice(0, limit).map(({ index: _index, ...entry }) => entry);
}
