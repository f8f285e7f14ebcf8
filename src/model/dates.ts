/**
 * Dates and durations of the journey document (`asOf`, `reviewedAt`, `reviewEvery`, events' `at`,
 * metric `history`): the one parser for them. Pure; never throws.
 *
 * A date without a time ("2026-04-01") is that day's UTC midnight, and a date-time without a zone
 * is read as UTC too, so one document gives the same answers on every machine and in every time zone.
 */

export const DAY_MS = 86_400_000;

/** An ISO 8601 duration's parts, as written (`P1Y2M` keeps 1 year and 2 months, not 14 months). */
export interface IsoDuration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * Milliseconds since the epoch of an ISO 8601 date (`2026-04-01`) or date-time
 * (`2026-04-01T10:30`, `…:05Z`, `…+03:00`); undefined for anything else, including impossible
 * calendar dates (`2026-02-30`) and out-of-range times.
 */
export function parseInstant(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const fast = commonInstant(text);
  if (fast !== undefined) return fast;
  const match = INSTANT.exec(text.trim());
  if (!match) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month - 1)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const millis = fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0;
  let instant = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  // Date.UTC maps years 0–99 to 1900–1999; four digits were written, so set the year as written.
  if (year < 100) instant = new Date(instant).setUTCFullYear(year);
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const offsetHours = Number(digits.slice(0, 2));
    const offsetMinutes = Number(digits.slice(2));
    if (offsetHours > 23 || offsetMinutes > 59) return undefined;
    instant -= sign * (offsetHours * 60 + offsetMinutes) * 60_000;
  }
  return instant;
}

/** `count` digits of `text` from `at` as a number; -1 when one of them is not a digit. */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * The shapes most documents use, read without the regular expression (10 000 customers' events are
 * parsed in one pass): `2026-04-01`, `2026-04-01T10:30:05Z` and `2026-04-01T10:30:05.123Z` (what
 * `toISOString()` writes). The same instant the regular expression gives; undefined for anything
 * else, including an impossible date in one of these shapes, which `parseInstant` then reads the slow
 * way (and rejects). Every text it reads is also an ISO date-time that Date.parse reads (check-sections.ts).
 */
export function commonInstant(text: string): number | undefined {
  const n = text.length;
  if ((n !== 10 && n !== 20 && n !== 24) || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  // T … : … : … Z, and the '.' before the milliseconds.
  if (n > 10 && (text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58 || text.charCodeAt(n - 1) !== 90)) return undefined;
  if (n === 24 && text.charCodeAt(19) !== 46) return undefined;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const hour = n > 10 ? digitsAt(text, 11, 2) : 0;
  const minute = n > 10 ? digitsAt(text, 14, 2) : 0;
  const second = n > 10 ? digitsAt(text, 17, 2) : 0;
  const millis = n === 24 ? digitsAt(text, 20, 3) : 0;
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month - 1)) return undefined;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || millis < 0) return undefined;
  return daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + millis;
}

/**
 * Days from 1970-01-01 to a date of the proleptic Gregorian calendar (month 1–12), the count
 * `Date.UTC` makes, in integer arithmetic (no Date object: the parse of 10 000 customers' dates).
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

const DURATION =
  /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

/**
 * The parts of an ISO 8601 duration (`P6M`, `P1Y2M`, `P14D`, `P2W`, `PT12H`, `P1DT2H30M`);
 * undefined for anything else (`P`, `PT`, `6M`, negative or fractional parts other than seconds).
 */
export function parseDuration(text: unknown): IsoDuration | undefined {
  if (typeof text !== 'string') return undefined;
  const match = DURATION.exec(text.trim().toUpperCase());
  if (!match) return undefined;
  const [, years, months, weeks, days, hours, minutes, seconds] = match;
  const duration: IsoDuration = {
    years: Number(years ?? 0),
    months: Number(months ?? 0),
    weeks: Number(weeks ?? 0),
    days: Number(days ?? 0),
    hours: Number(hours ?? 0),
    minutes: Number(minutes ?? 0),
    seconds: Number((seconds ?? '0').replace(',', '.')),
  };
  return Object.values(duration).every(Number.isFinite) ? duration : undefined;
}

/**
 * The instant `duration` after `instant`, on the UTC calendar: years and months first, with the day
 * clamped to the end of a shorter month (Jan 31 + P1M = Feb 28 or 29), then weeks, days and time.
 */
export function addDuration(instant: number, duration: IsoDuration): number {
  const date = new Date(instant);
  const totalMonths = date.getUTCMonth() + duration.years * 12 + duration.months;
  const year = date.getUTCFullYear() + Math.floor(totalMonths / 12);
  const month = ((totalMonths % 12) + 12) % 12;
  const day = Math.min(date.getUTCDate(), daysInMonth(year, month));
  date.setUTCFullYear(year, month, day);
  const days = duration.weeks * 7 + duration.days;
  const millis = ((duration.hours * 60 + duration.minutes) * 60 + duration.seconds) * 1000;
  return date.getTime() + days * DAY_MS + millis;
}

/** Whole days from `from` to `to`, rounded down (negative when `to` is earlier). */
export function wholeDaysBetween(from: number, to: number): number {
  return Math.floor((to - from) / DAY_MS);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (index 0–11) of the proleptic Gregorian calendar, as `Date` counts them. */
function daysInMonth(year: number, monthIndex: number): number {
  return monthIndex === 1 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : MONTH_DAYS[monthIndex];
}
