import type { Insight, InsightKind } from '../model/types.js';

/** How much research backs a step, for its header: "12 sources · n = 3 400". */
export interface EvidenceSummary {
  /** Insights of each kind. */
  byKind: Record<InsightKind, number>;
  /**
   * The quotes' and observations' distinct sources (compared without case); one without a source
   * counts on its own, as a source nobody named.
   */
  sources: number;
  /** The largest `n` of the data insights: the biggest sample behind the step; undefined without one. */
  n: number | undefined;
}

const KINDS = new Set<string>(['quote', 'observation', 'data']);

/** The usable insights of a column: objects with a known kind and some text. */
export function insightsOf(value: unknown): Insight[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is Insight =>
      !!item && typeof item === 'object' && KINDS.has(item.kind) && typeof item.text === 'string' && item.text.trim() !== '',
  );
}

/** The summary of a column's insights, or undefined when it has none. */
export function evidenceSummary(value: unknown): EvidenceSummary | undefined {
  const insights = insightsOf(value);
  if (!insights.length) return undefined;
  const byKind: Record<InsightKind, number> = { quote: 0, observation: 0, data: 0 };
  const named = new Set<string>();
  let unnamed = 0;
  let n: number | undefined;
  for (const insight of insights) {
    byKind[insight.kind]++;
    if (insight.kind === 'data') {
      if (typeof insight.n === 'number' && Number.isFinite(insight.n) && (n === undefined || insight.n > n)) n = insight.n;
      continue;
    }
    const source = typeof insight.source === 'string' ? insight.source.trim().toLowerCase() : '';
    if (source) named.add(source);
    else unnamed++;
  }
  return { byKind, sources: named.size + unnamed, n };
}
