import { html, nothing, type TemplateResult } from 'lit';
import type { NormalizedLane, NormalizedStep } from '../../../model/types.js';
import { textList } from './shared.js';
import { textItems } from './text-items.js';

/** The step field a text lane shows: its kind (`actions`, …) or, for `text` lanes, the custom field. */
function fieldOf(lane: NormalizedLane): string | undefined {
  return lane.kind === 'text' ? lane.field : lane.kind;
}

/**
 * Actions, thoughts, questions, motivations, barriers and custom text fields: every entry in full,
 * as a list (a single string field is a paragraph). Thoughts are the customer's own words, so they
 * are quotations.
 */
export function renderTextCell(lane: NormalizedLane, step: NormalizedStep): TemplateResult | typeof nothing {
  const field = fieldOf(lane);
  if (!field || !Object.prototype.hasOwnProperty.call(step, field)) return nothing;
  const value = step[field];
  const items = textList(value);
  if (!items.length) return nothing;
  // The entries through textItems (one <li> each, no template per entry): text lanes hold most of a map's cells.
  if (lane.kind === 'thoughts') return html`<ul class="items items--quotes" ${textItems(items, true)}></ul>`;
  if (typeof value === 'string') return html`<p class="paragraph">${value}</p>`;
  return html`<ul class="items" ${textItems(items)}></ul>`;
}
