import { css, html, nothing, type TemplateResult } from 'lit';
import { formatDay } from '../../i18n/date-format.js';
import { timeString } from '../../i18n/time-strings.js';
import { freshness, hasFreshness, isoDay, type Freshness } from '../../layout/freshness.js';
import type { JourneyDocument } from '../../model/types.js';
import { emit } from '../../events.js';
import { uiDir, uiWithData } from '../shared/bidi.js';
import type { Translator } from '../../i18n/translator.js';

export interface FreshnessView extends Translator {
  /** The current instant (the map's `now`, else the clock). */
  now: number;
  /** The document's language (shared/data-lang.ts), for the owner's name inside "Owner: …". */
  lang?: string;
}

/** The instant a `now` property stands for: a Date, epoch milliseconds, or the clock when unset or unreadable. */
export function clockValue(now: Date | number | undefined): number {
  const value = now instanceof Date ? now.getTime() : now;
  return typeof value === 'number' && Number.isFinite(value) ? value : Date.now();
}

/**
 * The header's freshness line: "Data as of …", the version and owner, and past the next review
 * date a "Review due since …" status, in words (not only colour).
 */
export function renderFreshness(doc: JourneyDocument, view: FreshnessView): TemplateResult | typeof nothing {
  const state = freshness(doc, view.now);
  if (!hasFreshness(state)) return nothing;
  const say = (key: Parameters<typeof timeString>[1], values: Record<string, string>) => timeString(view, key, values);
  const dir = uiDir(view.locale);
  // Each fact is a run in the UI's direction (a date such as "1 апр. 2026 г." keeps its order on a
  // right-to-left page); the owner's name inside "Owner: …" keeps the document's.
  const facts: TemplateResult[] = [];
  if (state.asOf !== undefined) facts.push(html`<span dir=${dir}>${say('time.asOf', { date: formatDay(state.asOf, view.intlLocale) })}</span>`);
  if (state.version) facts.push(uiWithData((version) => say('time.version', { version }), state.version, view.locale, view.lang));
  if (state.owner) facts.push(uiWithData((owner) => say('time.owner', { owner }), state.owner, view.locale, view.lang));
  const next = state.nextReview;
  return html`<div class="freshness">
    ${facts.length ? html`<p part="freshness" class="freshness__facts">${facts.map((fact, i) => (i ? html` · ${fact}` : fact))}</p>` : nothing}
    ${next === undefined
      ? nothing
      : state.reviewDue
        ? html`<p part="review-due" class="review-due" role="status">
            <span aria-hidden="true">⚠</span> <span dir=${dir}>${say('time.reviewDue', { date: formatDay(next, view.intlLocale) })}</span>
          </p>`
        : html`<p part="next-review" class="next-review"><span dir=${dir}>${say('time.reviewNext', { date: formatDay(next, view.intlLocale) })}</span></p>`}
  </div>`;
}

/**
 * Dispatches `journey-review-due` once per document and due date, when the review date has passed
 * at render time: a host can then remind the map's owner.
 */
export class ReviewDueReporter {
  private reported?: string;

  report(host: HTMLElement, doc: JourneyDocument | undefined, now: number): void {
    if (!doc) return;
    const state: Freshness = freshness(doc, now);
    if (!state.reviewDue || state.nextReview === undefined || state.reviewedAt === undefined) return;
    const key = `${isoDay(state.reviewedAt)}|${doc.reviewEvery}|${doc.title}`;
    if (this.reported === key) return;
    this.reported = key;
    emit(host, 'journey-review-due', {
      reviewedAt: isoDay(state.reviewedAt),
      reviewEvery: String(doc.reviewEvery),
      dueSince: isoDay(state.nextReview),
    });
  }
}

export const freshnessStyles = css`
  .freshness {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--journey-space-1) var(--journey-space-3);
  }
  .freshness__facts,
  .next-review {
    margin: 0;
    color: var(--journey-muted);
    font-size: 0.9em;
  }
  .review-due {
    margin: 0;
    padding: 0.1em 0.6em;
    border: 1px solid var(--journey-bad);
    border-radius: var(--journey-chip-radius);
    color: var(--journey-bad);
    font-size: 0.9em;
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .review-due {
      border-color: CanvasText;
      color: CanvasText;
    }
  }
`;
