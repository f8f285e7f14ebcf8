import type { MetricDefinition, MetricValue } from '../model/types.js';

export type TrendDirection = 'up' | 'down' | 'flat';
/** Whether the change is good news, judged by the metric's `higherIsBetter`. */
export type TrendJudgement = 'better' | 'worse' | 'same';

/** Everything a metric reading says beyond its value, computed once so templates only format it. */
export interface MetricTrend {
  value: number;
  higherIsBetter: boolean;
  previous?: number;
  /** `value - previous`, rounded to the decimals the two numbers were written with (3.9 - 3.6 = 0.3). */
  delta?: number;
  direction?: TrendDirection;
  judgement?: TrendJudgement;
  target?: number;
  /** True when the value reaches the target from the good side (>= when higher is better, else <=). */
  targetMet?: boolean;
}

/** How many decimals a number is written with: 3.25 → 2, 1e-7 → 7, 1.5e-3 → 4, 1200 → 0. */
export function decimalPlaces(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const match = /^-?\d+(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!match) return 0;
  const fraction = match[1]?.length ?? 0;
  const exponent = match[2] ? Number(match[2]) : 0;
  return Math.max(0, fraction - exponent);
}

/** `a - b` without binary floating-point noise, at the precision the inputs were written with. */
export function difference(a: number, b: number): number {
  const places = Math.min(20, Math.max(decimalPlaces(a), decimalPlaces(b)));
  const result = Number((a - b).toFixed(places));
  return Object.is(result, -0) ? 0 : result;
}

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The trend of one metric reading against its previous value and its target. */
export function metricTrend(reading: MetricValue, definition?: MetricDefinition): MetricTrend {
  const higherIsBetter = definition?.higherIsBetter !== false;
  const trend: MetricTrend = { value: reading.value, higherIsBetter };
  if (finite(reading.previous) && finite(reading.value)) {
    const delta = difference(reading.value, reading.previous);
    trend.previous = reading.previous;
    trend.delta = delta;
    trend.direction = delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat';
    trend.judgement = delta === 0 ? 'same' : delta > 0 === higherIsBetter ? 'better' : 'worse';
  }
  if (finite(reading.target) && finite(reading.value)) {
    trend.target = reading.target;
    trend.targetMet = higherIsBetter ? reading.value >= reading.target : reading.value <= reading.target;
  }
  return trend;
}
