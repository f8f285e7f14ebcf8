/**
 * Vertical positions for labels that must not overlap: each label wants `want`, labels keep at
 * least `gap` between them and stay within [min, max]. Labels keep their order by `want` (ties by
 * index); a label moves only as far as it must. Returns the positions in the input's order.
 */
export function spreadLabels(want: readonly number[], gap: number, min: number, max: number): number[] {
  const order = want.map((_, i) => i).sort((a, b) => want[a] - want[b] || a - b);
  const placed = order.map((i) => Math.min(max, Math.max(min, want[i])));
  // Down: each label at least `gap` below the one above; then up from the bottom edge if that overflowed.
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k], placed[k - 1] + gap);
  if (placed.length && placed[placed.length - 1] > max) {
    placed[placed.length - 1] = max;
    for (let k = placed.length - 2; k >= 0; k--) placed[k] = Math.min(placed[k], placed[k + 1] - gap);
  }
  const result = new Array<number>(want.length);
  order.forEach((i, k) => (result[i] = placed[k]));
  return result;
}
