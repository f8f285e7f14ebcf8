// Small statistics for repeated timings.

export function quantile(values, q) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

export const median = (values) => quantile(values, 0.5);

/** Median, quartiles and extremes of a series, rounded for reading. */
export function summary(values) {
  const round = (v) => (Number.isFinite(v) ? Math.round(v * 100) / 100 : null);
  return {
    runs: values.length,
    median: round(median(values)),
    q1: round(quantile(values, 0.25)),
    q3: round(quantile(values, 0.75)),
    min: round(quantile(values, 0)),
    max: round(quantile(values, 1)),
  };
}

/**
 * The ratio of two sides measured in the same run, as the median of the per-round ratios (each
 * round runs both sides back to back, so they share the machine's noise at that moment).
 */
export function pairedRatio(ours, theirs) {
  const ratios = [];
  for (let i = 0; i < Math.min(ours.length, theirs.length); i++) {
    if (theirs[i] > 0) ratios.push(ours[i] / theirs[i]);
  }
  return Math.round(median(ratios) * 1000) / 1000;
}
