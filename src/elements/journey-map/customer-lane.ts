import { columnIndex, ghostsBefore } from '../../layout/ghost-columns.js';
import { renderGhostCell } from '../shared/ghost-column.js';
import { wordBoxes } from '../shared/lane-toggle.js';
import { css, html, nothing, type TemplateResult } from 'lit';
import { countedString, customerString } from '../../i18n/customer-strings.js';
import { formatNumber, formatSpokenNumber } from '../../i18n/number-format.js';
import type { SceneCustomer } from '../../export/scene.js';
import type { ColumnLayout } from '../../layout/types.js';
import { summarizeCustomers, type CustomersSummary } from '../../model/customers.js';
import type { IndividualEvent, NormalizedJourney } from '../../model/types.js';
import { customerEventView, customerLineView, customerOnMap, type CustomerOnMap, type CustomerWords } from '../../views/customers.js';
import { channelIcon } from '../icons/channel-icons.js';
import { styleProps } from '../shared/style-props.js';
import { uiDir } from '../shared/bidi.js';


function eventItem(event: IndividualEvent, journey: NormalizedJourney, words: CustomerWords): TemplateResult {
  const view = customerEventView(event, journey, words);
  return html`<li class="customer-event">
    ${view.date ? html`<time datetime=${view.date.iso} dir=${uiDir(words.locale)}>${view.date.text}</time>` : nothing}
    ${view.channel ? html`<span class="customer-event__channel">${channelIcon(view.channel.icon)}${view.channel.label}</span>` : nothing}
    ${view.note ? html`<span class="customer-event__note">${view.note}</span>` : nothing}
    ${view.emotion ? html`<span class="customer-event__emotion" data-sign=${view.emotion.sign}>${view.emotion.text}</span>` : nothing}
  </li>`;
}

/**
 * The `customer` lane, right under the step headers: one row header with the customer's label, one
 * cell per step with their events there in time order, and events on steps the map lacks listed
 * after the row (with the warning the validator gave).
 */
export function renderCustomerLane(
  journey: NormalizedJourney,
  layout: ColumnLayout,
  customer: CustomerOnMap,
  view: CustomerWords & { selectedStepId?: string },
): TemplateResult {
  return html`<div role="row" class="customer-row" part="customer-lane" aria-rowindex="3">
    <div role="rowheader" class="customer-row__header" tabindex="-1" aria-colindex="1" style=${styleProps({ inlineSize: `${layout.headerWidth}px` })}>
      <span class="customer-row__kind">${customerString(view, 'customer.lane')}</span>
      <span class="customer-row__name" title=${customer.summary.label}>${wordBoxes(customer.summary.label)}</span>
    </div>
    ${journey.steps.map((step) => {
      const events = customer.byStep[step.index];
      const selected = step.id === view.selectedStepId;
      return html`${ghostsBefore(layout, step.index).map((ghost) => renderGhostCell(ghost))}<div
        role="gridcell"
        class=${selected ? 'cell customer-cell selected' : 'cell customer-cell'}
        tabindex="-1"
        aria-colindex=${columnIndex(layout, step.index)}
        aria-selected=${selected ? 'true' : 'false'}
        data-step-id=${step.id}
        data-stage-id=${step.stageId}
        data-lane="customer"
        style=${styleProps({ inlineSize: `${layout.columnWidth}px` })}
      >${events.length ? html`<ul class="customer-events">${events.map((event) => eventItem(event, journey, view))}</ul>` : nothing}</div>`;
    })}${ghostsBefore(layout, journey.steps.length).map((ghost) => renderGhostCell(ghost))}
  </div>`;
}

/** Events on steps the map does not have: listed under the grid, never dropped. */
export function renderOffMapEvents(journey: NormalizedJourney, customer: CustomerOnMap, view: CustomerWords): TemplateResult | typeof nothing {
  if (customer.offMap.length === 0) return nothing;
  return html`<section class="customer-offmap" part="customer-offmap" role="note">
    <p class="customer-offmap__title">${customerString(view, 'customer.offMap')}</p>
    <ul class="customer-events">
      ${customer.offMap.map((event) => html`<li class="customer-offmap__item"><code>${event.step}</code><ul>${eventItem(event, journey, view)}</ul></li>`)}
    </ul>
  </section>`;
}

/** The header line: label, segment, persona, attributes, "Now at", score and stalled days. */
export function renderCustomerLine(journey: NormalizedJourney, customer: CustomerOnMap, view: CustomerWords): TemplateResult {
  const line = customerLineView(journey, customer, view);
  const title = customerString(view, 'customer.line');
  // Names and statuses are in the UI's language, values in the data's: each isolated in its own
  // direction, so "Segment:" keeps its colon after the word on a right-to-left page ("SMB :Segment" before).
  const dir = uiDir(view.locale);
  return html`<section class="customer-line" part="customer-line" data-customer-id=${customer.summary.id} aria-label=${`${title}: ${line.label}`}>
    <dl>
      <div><dt dir=${dir}>${title}</dt><dd class="customer-line__label" dir="auto">${line.label}</dd></div>
      ${line.fields.map((field) => html`<div><dt dir=${dir}>${field.name}</dt><dd dir="auto">${field.value}</dd></div>`)}
    </dl>
    <ul>
      ${line.status.map((status) => html`<li class=${`customer-line__${status.kind}`} dir=${dir}>${status.text}</li>`)}
    </ul>
  </section>`;
}

/** The note shown with the plain map when `customer` names nobody. */
export function renderUnknownCustomer(id: string, view: CustomerWords): TemplateResult {
  return html`<p class="customer-unknown" part="customer-warning" role="status">${customerString(view, 'customer.unknown', { id })}</p>`;
}

/**
 * The step header badge: "3 now, 1 stalled" ("3 now" when nobody there is stalled), read out in words.
 * A step nobody is at now has no badge: a row of "0 now, 0 stalled" is noise that hides the steps
 * where customers are.
 */
export function stepBadge(summary: CustomersSummary | undefined, step: number, view: CustomerWords): { text: string; spoken: string } | undefined {
  if (!summary || summary.count === 0) return undefined;
  const now = summary.now[step] ?? 0;
  if (now === 0) return undefined;
  const stalled = summary.stalled[step] ?? 0;
  const values = { now: formatNumber(now, view.intlLocale), stalled: formatNumber(stalled, view.intlLocale) };
  const spoken = { now: formatSpokenNumber(now, view.intlLocale), stalled: formatSpokenNumber(stalled, view.intlLocale) };
  return stalled === 0
    ? { text: customerString(view, 'badge.now', values), spoken: countedString(view, 'badge.spokenNow', now, spoken) }
    : { text: customerString(view, 'badge.short', values), spoken: countedString(view, 'badge.spoken', now, spoken) };
}

export const customerLaneStyles = css`
  /* A row of the map's grid like a lane's: a sticky row header, then one box per column. */
  .customer-row {
    display: flex;
  }
  .customer-row__header,
  .customer-cell {
    flex: none;
    box-sizing: border-box;
    padding: var(--journey-space-2);
    border-inline-end: 1px solid var(--journey-border);
    border-block-end: 1px solid var(--journey-border);
    outline-offset: -3px;
  }
  .customer-row__header {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    display: flex;
    flex-direction: column;
    gap: 0.1em;
    background: var(--journey-surface-alt);
    overflow-wrap: anywhere;
  }
  .customer-cell {
    background: var(--journey-surface);
  }
  .customer-cell.selected {
    background: var(--journey-selection);
  }
  .customer-row__header:focus-visible,
  .customer-cell:focus-visible {
    outline: 3px solid var(--journey-focus-ring);
  }
  .customer-row__kind {
    color: var(--journey-muted);
    font-size: 0.8em;
  }
  /* Word by word in the narrow name column: a word too wide ends in "…" (wordBoxStyles), never "Светлан|а". */
  .customer-row__name {
    font-weight: 600;
  }
  .customer-events {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: var(--journey-space-2);
  }
  .customer-event {
    display: flex;
    flex-direction: column;
    gap: 0.15em;
    padding-inline-start: var(--journey-space-2);
    border-inline-start: 3px solid var(--journey-highlight);
    font-size: 0.9em;
  }
  .customer-event time {
    color: var(--journey-muted);
    font-size: 0.9em;
  }
  .customer-event__channel {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
  }
  .customer-event__channel svg {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
  }
  .customer-event__note {
    overflow-wrap: anywhere;
  }
  .customer-event__emotion[data-sign='1'] {
    color: var(--journey-emotion-positive);
  }
  .customer-event__emotion[data-sign='-1'] {
    color: var(--journey-emotion-negative);
  }
  .customer-line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--journey-space-1) var(--journey-space-3);
    margin: 0 0 var(--journey-space-2);
    padding: var(--journey-space-2) var(--journey-space-3);
    border: 1px solid var(--journey-border);
    border-inline-start: 4px solid var(--journey-highlight);
    border-radius: var(--journey-radius);
    background: var(--journey-surface);
    color: var(--journey-text);
  }
  .customer-line dl,
  .customer-line ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--journey-space-1) var(--journey-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .customer-line dl > div {
    display: flex;
    gap: 0.35em;
  }
  .customer-line dt {
    color: var(--journey-muted);
  }
  .customer-line dt::after {
    content: ':';
  }
  .customer-line dd {
    margin: 0;
  }
  .customer-line__label {
    font-weight: 700;
  }
  .customer-line__now,
  .customer-line__finished {
    font-weight: 600;
  }
  .customer-line__stalled {
    color: var(--journey-bad);
    font-weight: 600;
  }
  .customer-offmap,
  .customer-unknown {
    margin-block: var(--journey-space-2);
    padding: var(--journey-space-2) var(--journey-space-3);
    border: 1px dashed var(--journey-border);
    border-radius: var(--journey-radius);
    color: var(--journey-text);
  }
  .customer-offmap__title {
    margin: 0 0 var(--journey-space-1);
    font-weight: 600;
  }
  .customer-offmap__item ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
`;

/** The customers of a map, summarized once per journey and threshold, and the one opened on it. */
export class MapCustomers {
  private key?: { journey: NormalizedJourney; stallAfter?: number };
  private value?: CustomersSummary;
  private opened?: { summary: CustomersSummary; id?: string; value?: CustomerOnMap };

  summary(journey: NormalizedJourney | undefined, stallAfter: number | undefined): CustomersSummary | undefined {
    if (!journey || journey.individuals.length === 0) return undefined;
    if (this.key?.journey !== journey || this.key.stallAfter !== stallAfter) {
      this.key = { journey, stallAfter };
      this.value = summarizeCustomers(journey, { stallAfterDays: stallAfter });
    }
    return this.value;
  }

  customer(journey: NormalizedJourney, summary: CustomersSummary | undefined, id: string | undefined): CustomerOnMap | undefined {
    if (!summary || !id) return undefined;
    if (this.opened?.summary !== summary || this.opened.id !== id) this.opened = { summary, id, value: customerOnMap(journey, summary, id) };
    return this.opened.value;
  }
}

/** The opened customer as the export draws it: the same views as the lane and the header line. */
export function exportedCustomer(journey: NormalizedJourney, customer: CustomerOnMap, words: CustomerWords): SceneCustomer {
  const t = (key: 'customer.lane' | 'customer.offMap') => customerString(words, key);
  return {
    id: customer.summary.id,
    title: t('customer.lane'),
    line: customerLineView(journey, customer, words),
    byStep: customer.byStep.map((events) => events.map((event) => customerEventView(event, journey, words))),
    offMap: customer.offMap.length
      ? { title: t('customer.offMap'), events: customer.offMap.map((event) => ({ step: String(event.step), view: customerEventView(event, journey, words) })) }
      : undefined,
  };
}
