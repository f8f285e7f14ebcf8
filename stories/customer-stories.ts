/**
 * The map's customer stories (docs/customers.md): the customers sample with one customer open, a
 * stalled customer, a finished one, a customer with events off the map, and the table linked from
 * the map's light DOM.
 */
import { html, type TemplateResult } from 'lit';
import { summarizeCustomers } from '../src/model/customers.js';
import { normalizeJourney } from '../src/model/normalize.js';
import { bankCardJourneyRu, customersSample, generateIndividuals } from '../src/samples/index.js';
import { optional, themeFor, type CommonArgs, type StoryRenderContext } from './helpers.js';

/** The customers sample as it is: 400 customers of the phone-system journey, `asOf` 2026-07-15, and
 * one whose events are partly on steps the map does not draw (two `unknown-step` warnings). */
export const offMapDocument = customersSample();

/** The same without the customer off the map, so the stories about other customers show no warnings. */
export const customersDocument = {
  ...offMapDocument,
  individuals: offMapDocument.individuals?.filter((individual) => individual.id !== 'cust-offmap'),
};

const SEGMENTS_RU = ['Массовый', 'Премиум', 'Зарплатный проект'];

/** The Russian bank-card journey with 300 generated customers (Russian names, segments and notes), `asOf` 2026-07-15. */
export const customersDocumentRu = {
  ...bankCardJourneyRu,
  asOf: '2026-07-15',
  individuals: generateIndividuals(bankCardJourneyRu, { count: 300, seed: 11 }).map((individual, n) => ({
    ...individual,
    segment: SEGMENTS_RU[n % SEGMENTS_RU.length],
  })),
};

/** The first customer of the Russian sample. */
export const firstCustomerIdRu = summarizeCustomers(normalizeJourney(customersDocumentRu)).customers[0].id;

const summary = summarizeCustomers(normalizeJourney(customersDocument));

/** The first customer of the sample, "ACME Ltd". */
export const firstCustomerId = summary.customers[0].id;

/** The stalled customer who has waited longest. */
export const longestStalledId = summary.customers.filter((c) => c.stalled).sort((a, b) => (b.stalledDays ?? 0) - (a.stalledDays ?? 0))[0]?.id;

/**
 * A customer who reached a final step (finished, never stalled): of those, the first in the table's
 * default order (by label, then document order), so a linked table shows their row without scrolling.
 */
export const finishedCustomerId = summary.customers
  .filter((c) => c.finished)
  .sort((a, b) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base', numeric: true }) || a.index - b.index)[0]?.id;

/** The customer whose events include steps the map does not draw. */
export const offMapCustomerId = 'cust-offmap';

/** The `<journey-customers>` placed in a map's `customers` slot: linked without `for`. */
export function linkedTable(args: CommonArgs, context: StoryRenderContext): TemplateResult {
  return html`<journey-customers slot="customers" locale=${optional(args.locale)} theme=${optional(themeFor(args, context))}></journey-customers>`;
}
