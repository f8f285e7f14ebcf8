import { ticks } from 'd3-array';

/**
 * A linear map from a two-value domain onto a two-value range: the part of d3-scale's `scaleLinear`
 * the emotion curve uses. `scaleLinear` brings d3-interpolate, d3-color and d3-format with it (about
 * 10 kB gzipped, a quarter of the bundle budget) for colour interpolation and tick formats the curve
 * never uses. For finite numbers the values are d3's exactly: t = (x − d0) / (d1 − d0), then
 * r0 · (1 − t) + r1 · t, with a reversed domain handled as d3 does.
 */
export interface LinearScale {
  (value: number): number;
  domain(): number[];
  range(): number[];
  /** Round values across the domain, as `scaleLinear().ticks(count)` (d3-array's `ticks`). */
  ticks(count: number): number[];
}

function normalize(a: number, b: number): (x: number) => number {
  const span = b - a;
  if (span) return (x) => (x - a) / span;
  const middle = Number.isNaN(span) ? NaN : 0.5;
  return () => middle;
}

function interpolate(a: number, b: number): (t: number) => number {
  return (t) => a * (1 - t) + b * t;
}

export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const t = d1 < d0 ? normalize(d1, d0) : normalize(d0, d1);
  const r = d1 < d0 ? interpolate(r1, r0) : interpolate(r0, r1);
  const scale = ((value: number) => r(t(value))) as LinearScale;
  scale.domain = () => [d0, d1];
  scale.range = () => [r0, r1];
  scale.ticks = (count) => ticks(d0, d1, count);
  return scale;
}
