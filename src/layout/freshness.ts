/**
 * How fresh a map is: the date its data describes, its version and owner, and when its next review
 * falls due (`reviewedAt` + `reviewEvery`). Pure; the clock is passed in, so it is testable.
 */
import { addDuration, parseDuration, parseInstant } from '../model/dates.js';
import type { JourneyDocument } from '../model/types.js';

export interface Freshness {
  /** The instant of `asOf`. */
  asOf?: number;
  version?: string;
  owner?: string;
  /** The instant of `reviewedAt`. */
  reviewedAt?: number;
  /** `reviewedAt` + `reviewEvery`, when both are readable. */
  nextReview?: number;
  /** True from the instant `nextReview` is reached. */
  reviewDue: boolean;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

export function freshness(doc: JourneyDocument, now: number): Freshness {
  const result: Freshness = { reviewDue: false };
  const asOf = parseInstant(doc.asOf);
  if (asOf !== undefined) result.asOf = asOf;
  const version = text(doc.version);
  if (version) result.version = version;
  const owner = text(doc.owner);
  if (owner) result.owner = owner;
  const reviewedAt = parseInstant(doc.reviewedAt);
  const every = parseDuration(doc.reviewEvery);
  if (reviewedAt !== undefined) result.reviewedAt = reviewedAt;
  if (reviewedAt !== undefined && every) {
    const next = addDuration(reviewedAt, every);
    if (Number.isFinite(next) && next > reviewedAt) {
      result.nextReview = next;
      result.reviewDue = now >= next;
    }
  }
  return result;
}

/** True when the freshness has anything to show in the header. */
export function hasFreshness(value: Freshness): boolean {
  return value.asOf !== undefined || value.version !== undefined || value.owner !== undefined || value.nextReview !== undefined;
}

/** An instant as an ISO 8601 date ("2026-10-01"), the form events and documents use. */
export function isoDay(instant: number): string {
  return new Date(instant).toISOString().slice(0, 10);
}
