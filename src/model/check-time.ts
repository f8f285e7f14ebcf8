/**
 * Checks of the fields that place a map in time: the document's `reviewedAt`, `reviewEvery`,
 * `version`, `owner`, and a metric value's `history`. A date or duration that cannot be read is a
 * warning and is removed from the copy, so the map is still drawn without it.
 */
import { parseDuration, parseInstant } from './dates.js';
import { pointer } from './problems.js';
import { checkNumber, checkString, eachObject, isRecord, type CheckContext, type Rec } from './check-fields.js';

/** The document's review and authorship fields (`asOf` is checked with the customers, check-sections.ts). */
export function checkTimeFields(ctx: CheckContext, doc: Rec): void {
  const reviewedAt = checkString(ctx, doc, 'reviewedAt', '');
  if (reviewedAt !== undefined && parseInstant(reviewedAt) === undefined) {
    ctx.problems.warning('invalid-date', '/reviewedAt', { value: reviewedAt.slice(0, 80) });
    delete doc.reviewedAt;
  }
  const every = checkString(ctx, doc, 'reviewEvery', '');
  if (every !== undefined && !isPositiveDuration(every)) {
    ctx.problems.warning('invalid-duration', '/reviewEvery', { value: every.slice(0, 80) });
    delete doc.reviewEvery;
  }
  checkString(ctx, doc, 'version', '');
  checkString(ctx, doc, 'owner', '');
}

/** A duration of zero would make every map due for review at once: it is not a review period. */
function isPositiveDuration(text: string): boolean {
  const duration = parseDuration(text);
  return duration !== undefined && Object.values(duration).some((part) => part > 0);
}

/**
 * `history` of a metric value: a list of `{ at, value }`. Measurements with an unreadable date are
 * dropped, a repeated date keeps its first measurement, and the rest is sorted oldest first.
 */
export function checkHistory(ctx: CheckContext, reading: Rec, path: string): void {
  const list = eachObject(ctx, reading, 'history', path, (item, itemPath) => {
    checkString(ctx, item, 'at', itemPath, true);
    checkNumber(ctx, item, 'value', itemPath, true);
  });
  if (!list) return;
  const listPath = pointer(path, 'history');
  const kept: Array<{ item: unknown; instant: number }> = [];
  const seen = new Set<number>();
  let latest: { instant: number; at: string } | undefined;
  let changed = false;
  list.forEach((item, index) => {
    if (!isRecord(item) || typeof item.at !== 'string' || typeof item.value !== 'number') return;
    const itemPath = pointer(listPath, index);
    const instant = parseInstant(item.at);
    if (instant === undefined) {
      ctx.problems.warning('invalid-date', pointer(itemPath, 'at'), { value: item.at.slice(0, 80) });
      changed = true;
      return;
    }
    if (seen.has(instant)) {
      ctx.problems.warning('history-duplicate', itemPath, { at: item.at });
      changed = true;
      return;
    }
    seen.add(instant);
    if (latest && instant < latest.instant) {
      ctx.problems.warning('history-order', itemPath, { at: item.at, previous: latest.at });
      changed = true;
    }
    if (!latest || instant > latest.instant) latest = { instant, at: item.at };
    kept.push({ item, instant });
  });
  // Items with errors are dropped too, but then the document has errors and no copy is drawn.
  if (changed) {
    reading.history = kept.sort((x, y) => x.instant - y.instant).map((entry) => entry.item);
  }
}
