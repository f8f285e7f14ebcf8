import { countedString, customerString } from '../i18n/customer-strings.js';
import { dateFormat as utcDateFormat } from '../i18n/date-format.js';
import { formatNumber, formatSpokenNumber } from '../i18n/number-format.js';
import { scaleLabel } from '../layout/scale-label.js';
import type { CustomersSummary, CustomerSummary } from '../model/customers.js';
import { orderedEventIndices } from '../model/progress.js';
import type { Individual, IndividualEvent, NormalizedJourney } from '../model/types.js';
import type { Translator } from '../i18n/translator.js';

/** What a customer view needs to put customers into words. */
export type CustomerWords = Translator;

/** The day, or the day and time, of document instants in UTC (i18n/date-format.ts): medium style. */
export function dateFormat(intlLocale: string, withTime: boolean): Intl.DateTimeFormat {
  return utcDateFormat(intlLocale, withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' });
}

/** The day of an instant, e.g. "1 Oct 2026"; '' for none. */
export function dayText(at: number | undefined, words: CustomerWords): string {
  return at === undefined ? '' : dateFormat(words.intlLocale, false).format(at);
}

/** The title of the customer's current step, the step id when it is off the map, '' without events. */
export function currentStepText(customer: CustomerSummary, journey: NormalizedJourney): string {
  if (customer.currentStep !== undefined) return journey.steps[customer.currentStep]?.title ?? '';
  if (customer.lastEvent === undefined) return '';
  const step = journey.individuals[customer.index]?.events[customer.lastEvent]?.step;
  return typeof step === 'string' ? step : '';
}

/** "Stalled for 21 days" when stalled, "Finished" at a final step (progress.ts), else ''. */
export function stalledText(customer: CustomerSummary, words: CustomerWords): string {
  if (customer.finished) return customerString(words, 'customers.finished');
  if (!customer.stalled) return '';
  const days = customer.stalledDays ?? 0;
  return countedString(words, 'customers.stalled', days, { days: formatSpokenNumber(days, words.intlLocale) });
}

/**
 * The table's status of a customer, one phrase for every case: "Stalled for 21 days", "Finished"
 * (at a final step), "Active" (anyone else with events); '' without events.
 */
export function statusText(customer: CustomerSummary, words: CustomerWords): string {
  if (customer.stalled) return stalledText(customer, words);
  if (customer.finished) return customerString(words, 'customers.status.finished');
  return customer.lastEvent === undefined ? '' : customerString(words, 'customers.status.active');
}

/** The texts of a table row, in column order. */
export function rowTexts(customer: CustomerSummary, journey: NormalizedJourney, words: CustomerWords): string[] {
  const none = customerString(words, 'customers.noValue');
  return [
    customer.label,
    customer.segment ?? '',
    currentStepText(customer, journey) || none,
    dayText(customer.lastAt, words) || none,
    customer.score === undefined ? none : formatNumber(customer.score, words.intlLocale),
    statusText(customer, words) || none,
  ];
}

/** The spoken summary: "ACME Ltd, now at Signs up, score 38, stalled for 21 days". */
export function customerSummaryText(
  customer: CustomerSummary,
  journey: NormalizedJourney,
  words: CustomerWords,
  withId = false,
): string {
  const none = customerString(words, 'customers.noValue');
  const summary = customerString(words, 'customers.summary', {
      label: withId ? `${customer.label} (${customer.id})` : customer.label,
      step: currentStepText(customer, journey) || none,
      score: customer.score === undefined ? none : formatSpokenNumber(customer.score, words.intlLocale),
    }, );
  const stalled = stalledText(customer, words);
  return stalled ? `${summary}, ${stalled.charAt(0).toLocaleLowerCase(words.locale)}${stalled.slice(1)}` : summary;
}

/** One customer opened on the map: their events by column (in time order) and those off the map. */
export interface CustomerOnMap {
  individual: Individual;
  summary: CustomerSummary;
  byStep: IndividualEvent[][];
  offMap: IndividualEvent[];
}

/** The customer with id `id` laid out by column, or undefined when the journey has no such customer. */
export function customerOnMap(journey: NormalizedJourney, summary: CustomersSummary, id: string | undefined): CustomerOnMap | undefined {
  if (!id) return undefined;
  const index = journey.individuals.findIndex((individual) => individual.id === id);
  const customer = summary.customer(index);
  if (!customer) return undefined;
  const individual = journey.individuals[index];
  const events = Array.isArray(individual.events) ? individual.events : [];
  const byStep: IndividualEvent[][] = journey.steps.map(() => []);
  const offMap: IndividualEvent[] = [];
  for (const e of orderedEventIndices(events)) {
    const step = journey.stepIndexById.get(events[e].step);
    if (step === undefined) offMap.push(events[e]);
    else byStep[step].push(events[e]);
  }
  return { individual, summary: customer, byStep, offMap };
}

/** What one event of the customer lane shows, in the map's words: the screen's list item and the export's block. */
export interface CustomerEventView {
  /** The instant as written, for `<time datetime>`, and as the reader's date (time too when written). */
  date?: { iso: string; text: string };
  /** The channel's id (for its icon) and its label, or the id when the journey does not name it. */
  channel?: { id: string; icon?: string; label: string };
  note?: string;
  /** "Felt +2 Happy", and which side of neutral the value is on. */
  emotion?: { text: string; sign: number };
}

export function customerEventView(event: IndividualEvent, journey: NormalizedJourney, words: CustomerWords): CustomerEventView {
  const view: CustomerEventView = {};
  const at = typeof event.at === 'string' ? Date.parse(event.at) : NaN;
  if (!Number.isNaN(at)) view.date = { iso: event.at!, text: dateFormat(words.intlLocale, event.at!.length > 10).format(at) };
  if (typeof event.channel === 'string' && event.channel) {
    const channel = journey.channels.get(event.channel);
    view.channel = { id: event.channel, icon: channel?.icon, label: channel?.label ?? event.channel };
  }
  if (typeof event.note === 'string' && event.note) view.note = event.note;
  if (typeof event.emotion === 'number' && Number.isFinite(event.emotion)) {
    const label = scaleLabel(journey.scale, event.emotion);
    const value = `${formatNumber(event.emotion, words.intlLocale, { signDisplay: 'exceptZero' })}${label ? ` ${label}` : ''}`;
    view.emotion = { text: customerString(words, 'customer.emotion', { value }), sign: Math.sign(event.emotion) };
  }
  return view;
}

/** The header line of an opened customer, as label/value pairs and status sentences. */
export interface CustomerLineView {
  label: string;
  fields: Array<{ name: string; value: string }>;
  /** "Now at: Signs up", "Experience score 38 of 100", "Stalled for 21 days" or "Finished": those that apply. */
  status: Array<{ kind: 'now' | 'score' | 'stalled' | 'finished'; text: string }>;
}

export function customerLineView(journey: NormalizedJourney, customer: CustomerOnMap, words: CustomerWords): CustomerLineView {
  const { summary, individual } = customer;
  const t = (key: Parameters<typeof customerString>[1], values?: Record<string, string | number>) => customerString(words, key, values);
  const fields: CustomerLineView['fields'] = [];
  if (summary.segment) fields.push({ name: t('customer.segment'), value: summary.segment });
  const persona = individual.persona ? journey.personas.find((p) => p.id === individual.persona) : undefined;
  if (persona) fields.push({ name: t('customer.persona'), value: typeof persona.name === 'string' && persona.name ? persona.name : persona.id });
  const attributes = individual.attributes && typeof individual.attributes === 'object' ? Object.entries(individual.attributes) : [];
  for (const [name, value] of attributes) fields.push({ name, value: typeof value === 'number' ? formatNumber(value, words.intlLocale) : String(value) });
  const status: CustomerLineView['status'] = [];
  const step = currentStepText(summary, journey);
  if (step) status.push({ kind: 'now', text: t('customer.nowAt', { step }) });
  if (summary.score !== undefined) status.push({ kind: 'score', text: t('customer.score', { score: formatNumber(summary.score, words.intlLocale) }) });
  const stalled = stalledText(summary, words);
  if (stalled) status.push({ kind: summary.finished ? 'finished' : 'stalled', text: stalled });
  return { label: summary.label, fields, status };
}
