/**
 * Where a standalone emotion chart writes its step names under the plot. Each step column is split
 * into two grid tracks (half columns), so a name can be centred on its point and still be wider than
 * its column.
 *
 * Columns at least `minLabelWidth` wide hold their own name (one tier). Narrower ones stagger: even
 * steps on the first tier, odd steps on the second, each name two columns wide and centred on its
 * point (the first and last names are clipped to the chart's edge). Two names on the same tier are
 * two columns apart, so they touch but never overlap.
 */
export interface StepLabelPlace {
  /** 1-based grid line where the label starts, in half-column tracks. */
  start: number;
  /** Number of half-column tracks it spans. */
  span: number;
  /** 1-based grid row: the tier. */
  row: number;
  /** Where the step's point is across the label, from its start: 0.5 unless clipped at an edge. */
  point: number;
}

export interface StepLabelLayout {
  tiers: 1 | 2;
  /** Half-column tracks: twice the number of steps. */
  tracks: number;
  labels: StepLabelPlace[];
}

/** Narrower step columns than this stagger their names on two tiers (about ten characters a line). */
export const MIN_STEP_LABEL_WIDTH = 88;

export function stepLabelLayout(count: number, columnWidth: number, minLabelWidth = MIN_STEP_LABEL_WIDTH): StepLabelLayout {
  const tracks = Math.max(0, count) * 2;
  const tiers = columnWidth >= minLabelWidth || count < 2 ? 1 : 2;
  const labels = Array.from({ length: Math.max(0, count) }, (_, i): StepLabelPlace => {
    if (tiers === 1) return { start: 2 * i + 1, span: 2, row: 1, point: 0.5 };
    const start = Math.max(1, 2 * i);
    const span = Math.min(tracks + 1, 2 * i + 4) - start;
    // The point is at the end of the step's first half track: 2i + 1 half tracks from the chart's start.
    return { start, span, row: (i % 2) + 1, point: (2 * i + 1 - (start - 1)) / span };
  });
  return { tiers, tracks, labels };
}
