/**
 * Which labels of a row to draw so that none runs into another: label `i` is `widths[i]` px wide,
 * centred on `centers[i]`, the labels in row order (left to right, or right to left). From the first,
 * a label is drawn when it keeps at least `gap` px from the last one drawn; the others are left out
 * (their values are in the table and the screen-reader text). Equal widths give every k-th label,
 * evenly spaced; the first is always drawn. For the curve's customer counts ("10 тыс." in 48 px
 * columns at 375 px).
 */
export function thinLabels(centers: readonly number[], widths: readonly number[], gap: number): boolean[] {
  let last: { center: number; half: number } | undefined;
  return centers.map((center, i) => {
    const half = (widths[i] ?? 0) / 2;
    if (last && Math.abs(center - last.center) < last.half + half + gap) return false;
    last = { center, half };
    return true;
  });
}
