import { formatNumber, formatSpokenNumber } from './number-format.js';
import { timeString } from './time-strings.js';
import { type Translator } from './translator.js';

/** How a metric's numbers are written, wherever they appear: the map's cells, the export, the history, the diff summary. */
export interface MetricUnitOptions extends Translator {
  unit?: string;
  /** Screen-reader text: no group separators ("12 345" is read as two numbers). */
  spoken?: boolean;
  maximumFractionDigits?: number;
}

const hasUnit = (unit: string | undefined): unit is string => typeof unit === 'string' && unit.trim() !== '';

/** "85%" in English and Romanian, "85 %" in Russian typography; other units after a no-break space. */
export function formatMetricValue(value: number, options: MetricUnitOptions): string {
  const { unit, locale, intlLocale, spoken, maximumFractionDigits } = options;
  const number = (spoken ? formatSpokenNumber : formatNumber)(value, intlLocale, maximumFractionDigits === undefined ? undefined : { maximumFractionDigits });
  if (!hasUnit(unit)) return number;
  return unit === '%' && locale !== 'ru' ? `${number}%` : `${number}\u00a0${unit}`;
}

/**
 * A change, always signed: "+0.3", "+12 s"; a change of a percentage is in percentage points
 * ("+3 pp", ru "+3 п. п.", ro "+3 p.p."), because "+3%" would read as three per cent of the old value.
 */
export function formatMetricChange(delta: number, options: MetricUnitOptions): string {
  const { unit, intlLocale, spoken, maximumFractionDigits } = options;
  const number = formatNumber(delta, intlLocale, {
    signDisplay: 'exceptZero',
    ...(spoken ? { useGrouping: false } : {}),
    ...(maximumFractionDigits === undefined ? {} : { maximumFractionDigits }),
  });
  // No-break spaces: "+3 п. п." never wraps apart.
  if (unit === '%') return timeString(options, 'history.points', { value: number }).replace(/ /g, '\u00a0');
  return hasUnit(unit) ? `${number}\u00a0${unit}` : number;
}
