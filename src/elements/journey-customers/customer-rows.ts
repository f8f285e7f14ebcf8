import type { Locale } from '../../i18n/locale.js';
import { filterCustomers, foldText, repeatedLabels, sortCustomers, statusFilter, type CustomerSort, type CustomerStatus } from '../../layout/customer-table.js';
import { summarizeCustomers, type CustomersSummary, type CustomerSummary } from '../../model/customers.js';
import type { NormalizedJourney } from '../../model/types.js';

/** What the table's rows depend on besides the summary. */
export interface RowQuery {
  sort: CustomerSort;
  search: string;
  /** Step index, -1 for "not on this map", undefined for every step. */
  step?: number;
  status?: CustomerStatus;
  locale: Locale;
  intlLocale: string;
}

/**
 * The table's data, computed only when what it depends on changes: the customers' summary (per
 * journey and stall threshold), the labels several customers share, folded labels for searching,
 * and the filtered and sorted rows (indices into `summary.customers`).
 */
export class CustomerRows {
  private summary?: { journey: NormalizedJourney; stallAfter?: number; value: CustomersSummary; repeated: Set<string> };
  private folded = new Map<CustomerSummary, string>();
  private memo?: { key: unknown[]; rows: number[] };

  /** Summaries of every customer, recomputed only when the journey or the threshold changes. */
  summarize(journey: NormalizedJourney, stallAfter: number | undefined): CustomersSummary {
    if (this.summary?.journey !== journey || this.summary.stallAfter !== stallAfter) {
      const value = summarizeCustomers(journey, { stallAfterDays: stallAfter });
      this.summary = { journey, stallAfter, value, repeated: repeatedLabels(value.customers) };
      this.folded = new Map();
    }
    return this.summary.value;
  }

  /** The labels of the current summary that more than one customer has. */
  get repeated(): ReadonlySet<string> {
    return this.summary?.repeated ?? new Set();
  }

  /** Customer `index` of the current summary. */
  customer(index: number | undefined): CustomerSummary | undefined {
    return index === undefined ? undefined : this.summary?.value.customer(index);
  }

  /** The filtered and sorted rows, memoized on everything they depend on. */
  rows(summary: CustomersSummary, query: RowQuery): number[] {
    const key = [summary, query.sort, query.search, query.step, query.status, query.intlLocale];
    if (this.memo && this.memo.key.every((value, i) => value === key[i])) return this.memo.rows;
    const fold = (customer: CustomerSummary) => {
      let text = this.folded.get(customer);
      if (text === undefined) this.folded.set(customer, (text = foldText(customer.label, query.locale)));
      return text;
    };
    const filter = { step: query.step, ...statusFilter(query.status), search: query.search };
    const filtered = filterCustomers(summary.customers, filter, fold, query.locale);
    const rows = sortCustomers(filtered, summary.customers, query.sort, collator(query.intlLocale));
    this.memo = { key, rows };
    return rows;
  }
}

const collators = new Map<string, Intl.Collator>();

function collator(intlLocale: string): Intl.Collator {
  let value = collators.get(intlLocale);
  if (!value) {
    try {
      value = new Intl.Collator(intlLocale, { sensitivity: 'base', numeric: true });
    } catch {
      value = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    }
    collators.set(intlLocale, value);
  }
  return value;
}
