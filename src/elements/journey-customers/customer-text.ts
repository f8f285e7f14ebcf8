import { countedString, customerString } from '../../i18n/customer-strings.js';
import { dateFormat as utcDateFormat } from '../../i18n/date-format.js';
import type { Locale, StringOverrides } from '../../i18n/locale.js';
import { formatNumber, formatSpokenNumber } from '../../i18n/number-format.js';
import type { CustomerSummary } from '../../model/customers.js';
import type { NormalizedJourney } from '../../model/types.js';

/** What a customer view needs to put customers into words. */
export interface CustomerWords {
  locale: Locale;
  intlLocale: string;
  strings?: StringOverrides;
}

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

/** "Stalled for 21 days" when stalled, else ''. */
export function stalledText(customer: CustomerSummary, words: CustomerWords): string {
  if (!customer.stalled) return '';
  const days = customer.stalledDays ?? 0;
  return countedString(words.locale, 'customers.stalled', days, { days: formatSpokenNumber(days, words.intlLocale) }, words.strings);
}

/** The texts of a table row, in column order. */
export function rowTexts(customer: CustomerSummary, journey: NormalizedJourney, words: CustomerWords): string[] {
  const none = customerString(words.locale, 'customers.noValue', undefined, words.strings);
  const days = customer.stalledDays ?? 0;
  return [
    customer.label,
    customer.segment ?? '',
    currentStepText(customer, journey) || none,
    dayText(customer.lastAt, words) || none,
    customer.score === undefined ? none : formatNumber(customer.score, words.intlLocale),
    customer.stalled
      ? countedString(words.locale, 'customers.days', days, { days: formatNumber(days, words.intlLocale) }, words.strings)
      : customerString(words.locale, 'customers.no', undefined, words.strings),
  ];
}

/** The spoken summary: "ACME Ltd, now at Signs up, score 38, stalled for 21 days". */
export function customerSummaryText(customer: CustomerSummary, journey: NormalizedJourney, words: CustomerWords): string {
  const none = customerString(words.locale, 'customers.noValue', undefined, words.strings);
  const summary = customerString(
    words.locale,
    'customers.summary',
    {
      label: customer.label,
      step: currentStepText(customer, journey) || none,
      score: customer.score === undefined ? none : formatSpokenNumber(customer.score, words.intlLocale),
    },
    words.strings,
  );
  const stalled = stalledText(customer, words);
  return stalled ? `${summary}, ${stalled.charAt(0).toLocaleLowerCase(words.locale)}${stalled.slice(1)}` : summary;
}
