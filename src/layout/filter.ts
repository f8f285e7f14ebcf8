import type { Evidence, NormalizedJourney, NormalizedStep } from '../model/types.js';
import { stepChannels, stepOwners } from './switches.js';

/**
 * What a reader wants to see. Every criterion that is set must hold; what does not match is dimmed,
 * never removed, so the columns keep their places.
 */
export interface JourneyFilter {
  /** A persona id: columns with an emotion or a pain point of that persona. */
  persona?: string;
  /** A channel id: columns with a touchpoint in that channel. */
  channel?: string;
  /** A department: columns it owns (the step's owner, else its touchpoints'), or with an opportunity it owns. Case ignored. */
  owner?: string;
  /** A pain-point category: columns with a pain point of that category. */
  category?: string;
  /** 1–5: columns with a pain point at least this severe. */
  minSeverity?: number;
  /** research, data or assumption: columns whose evidence is that. */
  evidence?: Evidence;
}

const KEYS = ['persona', 'channel', 'owner', 'category', 'minSeverity', 'evidence'] as const;

/** The filter with only its usable criteria (non-empty strings, a finite severity), or undefined when none is. */
export function activeFilter(filter: unknown): JourneyFilter | undefined {
  if (!filter || typeof filter !== 'object') return undefined;
  const source = filter as Record<string, unknown>;
  const active: JourneyFilter = {};
  for (const key of KEYS) {
    const value = source[key];
    if (key === 'minSeverity') {
      if (typeof value === 'number' && Number.isFinite(value)) active.minSeverity = value;
    } else if (typeof value === 'string' && value.trim() !== '') {
      (active as Record<string, string>)[key] = value.trim();
    }
  }
  return Object.keys(active).length ? active : undefined;
}

const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : []);
const same = (a: unknown, b: string) => typeof a === 'string' && a.trim().toLowerCase() === b.toLowerCase();

/** Whether one column matches every criterion of an active filter. */
export function stepMatches(step: NormalizedStep, filter: JourneyFilter): boolean {
  const pains = list(step.painPoints).filter((pain) => pain && typeof pain === 'object');
  if (filter.persona !== undefined) {
    const felt = step.emotionByPersona[filter.persona] !== undefined;
    if (!felt && !pains.some((pain) => pain.persona === filter.persona)) return false;
  }
  if (filter.channel !== undefined && !stepChannels(step).includes(filter.channel)) return false;
  if (filter.owner !== undefined) {
    const owner = filter.owner;
    const owns = stepOwners(step).some((one) => same(one, owner)) || list(step.opportunities).some((idea) => same(idea?.owner, owner));
    if (!owns) return false;
  }
  if (filter.category !== undefined && !pains.some((pain) => same(pain.category, filter.category!))) return false;
  if (filter.minSeverity !== undefined && !pains.some((pain) => typeof pain.severity === 'number' && pain.severity >= filter.minSeverity!)) {
    return false;
  }
  return filter.evidence === undefined || step.evidence === filter.evidence;
}

/**
 * The ids of the columns that do not match, or undefined when nothing is filtered. One pass over the
 * columns: a filter change costs about as much as redrawing one cell.
 */
export function dimmedSteps(journey: NormalizedJourney, filter: unknown): ReadonlySet<string> | undefined {
  const active = activeFilter(filter);
  if (!active) return undefined;
  const dimmed = new Set<string>();
  for (const step of journey.steps) if (!stepMatches(step, active)) dimmed.add(step.id);
  return dimmed;
}

/** The filter's criteria in the order the toolbar and the export state them. */
export function filterEntries(filter: JourneyFilter): Array<[keyof JourneyFilter, string | number]> {
  return KEYS.filter((key) => filter[key] !== undefined).map((key) => [key, filter[key]!]);
}

/** A criterion the toolbar can set. */
export type FilterKey = (typeof KEYS)[number];

/**
 * The filter with one criterion changed: a new object (the one given is left as it was). An empty
 * value removes the criterion; `minSeverity` reads its value as a number.
 */
export function withCriterion(filter: JourneyFilter | undefined, key: FilterKey, value: string): JourneyFilter {
  const next: Record<string, unknown> = { ...(activeFilter(filter) ?? {}) };
  const number = Number(value);
  if (value.trim() === '' || (key === 'minSeverity' && !Number.isFinite(number))) delete next[key];
  else next[key] = key === 'minSeverity' ? number : value.trim();
  return next as JourneyFilter;
}

/**
 * The departments a reader can filter by: the columns' owners (the step's, else its touchpoints'),
 * then the opportunities' owners, in order of first use, each once (the first spelling wins).
 */
export function filterOwners(journey: NormalizedJourney): string[] {
  const owners = new Map<string, string>();
  const add = (owner: unknown) => {
    if (typeof owner === 'string' && owner.trim() && !owners.has(owner.trim().toLowerCase())) owners.set(owner.trim().toLowerCase(), owner.trim());
  };
  for (const step of journey.steps) stepOwners(step).forEach(add);
  for (const step of journey.steps) list(step.opportunities).forEach((idea) => add(idea?.owner));
  return Array.from(owners.values());
}

/** A stretch of adjacent dimmed columns, in px from the start of the first column. */
export interface DimmedRun {
  x: number;
  width: number;
}

/** The dimmed columns merged into runs of neighbours, so a map draws one shade per run. */
export function dimmedRuns(columns: ReadonlyArray<{ stepId: string; x: number; width: number }>, dimmed: ReadonlySet<string> | undefined): DimmedRun[] {
  const runs: DimmedRun[] = [];
  if (!dimmed?.size) return runs;
  let run: DimmedRun | undefined;
  for (const column of columns) {
    if (!dimmed.has(column.stepId)) {
      run = undefined;
    } else if (run && Math.abs(run.x + run.width - column.x) < 0.5) {
      run.width = column.x + column.width - run.x;
    } else {
      runs.push((run = { x: column.x, width: column.width }));
    }
  }
  return runs;
}
