/**
 * The rows of `<journey-customers>`: which customers pass the filters, in which order. Works on
 * indices into `CustomersSummary.customers`, so 10 000 rows sort without copying objects. Pure.
 */
import type { CustomerSummary } from '../model/customers.js';

export type CustomerColumn = 'label' | 'segment' | 'step' | 'last' | 'score' | 'stalled';
export const CUSTOMER_COLUMNS: readonly CustomerColumn[] = ['label', 'segment', 'step', 'last', 'score', 'stalled'];

export type SortDirection = 'ascending' | 'descending';

export interface CustomerSort {
  column: CustomerColumn;
  direction: SortDirection;
}

export interface CustomerFilter {
  /** Step index, or -1 for customers whose last event is off the map; undefined: every step. */
  step?: number;
  /** true: stalled only; false: not stalled only; undefined: both. */
  stalled?: boolean;
  /** true: finished only (at a final step); false: not finished only; undefined: both. */
  finished?: boolean;
  /** Text the label must contain (case- and accent-insensitive in the locale); empty: any. */
  search?: string;
}

/** The table's status filter: stalled, not stalled (moving or finished), or finished. */
export type CustomerStatus = 'stalled' | 'moving' | 'finished';

/** The filter fields of a status choice (undefined: every status). */
export function statusFilter(status: CustomerStatus | undefined): Pick<CustomerFilter, 'stalled' | 'finished'> {
  return { stalled: status === 'stalled' ? true : status === 'moving' ? false : undefined, finished: status === 'finished' ? true : undefined };
}

/** Text folded for searching: lower case, accents removed (ș → s, ё → е). */
export function foldText(text: string, locale?: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(locale);
}

/** Indices of the customers that pass `filter`, in document order. `folded` caches folded labels. */
export function filterCustomers(
  customers: readonly CustomerSummary[],
  filter: CustomerFilter,
  folded: (customer: CustomerSummary) => string,
  locale?: string,
): number[] {
  const needle = filter.search ? foldText(filter.search.trim(), locale) : '';
  const rows: number[] = [];
  for (let i = 0; i < customers.length; i++) {
    const customer = customers[i];
    if (filter.step !== undefined) {
      const step = customer.currentStep ?? (customer.lastEvent === undefined ? undefined : -1);
      if (step !== filter.step) continue;
    }
    if (filter.stalled !== undefined && customer.stalled !== filter.stalled) continue;
    if (filter.finished !== undefined && customer.finished !== filter.finished) continue;
    if (needle && !folded(customer).includes(needle)) continue;
    rows.push(i);
  }
  return rows;
}

/** The labels that more than one customer has: the table shows those customers' ids too. */
export function repeatedLabels(customers: readonly CustomerSummary[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const customer of customers) {
    if (seen.has(customer.label)) repeated.add(customer.label);
    else seen.add(customer.label);
  }
  return repeated;
}

/** A number to sort by, or NaN for "no value" (always last, whatever the direction). */
function numericKey(customer: CustomerSummary, column: CustomerColumn): number {
  switch (column) {
    case 'step':
      return customer.currentStep ?? (customer.lastEvent === undefined ? NaN : Number.MAX_SAFE_INTEGER);
    case 'last':
      return customer.lastAt ?? NaN;
    case 'score':
      return customer.score ?? NaN;
    default:
      // Status: finished, then active, then stalled by days (descending: the longest stalled first);
      // customers without events have none.
      if (customer.lastEvent === undefined) return NaN;
      return customer.stalled ? 2 + (customer.stalledDays ?? 0) : customer.finished ? 0 : 1;
  }
}

/**
 * `rows` sorted by `sort` (a new array). Text columns compare with `collator`; empty values and
 * missing numbers go last in both directions; ties keep document order.
 */
export function sortCustomers(
  rows: readonly number[],
  customers: readonly CustomerSummary[],
  sort: CustomerSort,
  collator: Intl.Collator,
): number[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const sorted = Array.from(rows);
  if (sort.column === 'label' || sort.column === 'segment') return sortByNumber(sorted, textRanks(customers, sort.column, collator), sign);
  const values = new Float64Array(customers.length);
  for (const i of sorted) values[i] = numericKey(customers[i], sort.column);
  return sortByNumber(sorted, values, sign);
}

/** Per customer, the rank of its label or segment among all distinct texts (NaN for none), by collator. */
const rankCache = new WeakMap<readonly CustomerSummary[], Map<string, { collator: Intl.Collator; ranks: Float64Array }>>();

/**
 * Ranks of every customer's text in `column`, computed once per list, column and collator: distinct
 * texts are ranked with the collator (the slow part), then any filter and either direction sorts
 * by number.
 */
function textRanks(customers: readonly CustomerSummary[], column: 'label' | 'segment', collator: Intl.Collator): Float64Array {
  let byColumn = rankCache.get(customers);
  if (!byColumn) rankCache.set(customers, (byColumn = new Map()));
  const cached = byColumn.get(column);
  if (cached?.collator === collator) return cached.ranks;
  const texts = customers.map((customer) => (column === 'label' ? customer.label : customer.segment ?? ''));
  const distinct = Array.from(new Set(texts)).sort(collator.compare);
  const rank = new Map(distinct.map((text, r) => [text, r]));
  const ranks = new Float64Array(customers.length);
  for (let i = 0; i < texts.length; i++) ranks[i] = texts[i] === '' ? NaN : rank.get(texts[i])!;
  byColumn.set(column, { collator, ranks });
  return ranks;
}

function sortByNumber(rows: number[], values: Float64Array, sign: number): number[] {
  return rows.sort((a, b) => {
    const va = values[a];
    const vb = values[b];
    const missingA = Number.isNaN(va);
    const missingB = Number.isNaN(vb);
    if (missingA || missingB) return missingA === missingB ? a - b : missingA ? 1 : -1;
    return (va - vb) * sign || a - b;
  });
}

/** The first and last row (0-based, inclusive/exclusive) to render for a scroll position, with `overscan` rows around. */
export function visibleRange(
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  total: number,
  overscan = 5,
): { start: number; end: number } {
  if (total <= 0 || !(rowHeight > 0)) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const count = Math.ceil(Math.max(viewport, rowHeight) / rowHeight);
  const start = Math.max(0, Math.min(first - overscan, total - 1));
  const end = Math.min(total, first + count + overscan);
  return { start, end: Math.max(start + 1, end) };
}

/**
 * Where a key moves the table's tab stop from row `position` of `total` (`page` rows per Page
 * Up/Down): ↑ ↓, Page Up/Down, Home, End, clamped to the rows; undefined for any other key and for
 * an empty table.
 */
export function rowKeyTarget(key: string, position: number, total: number, page: number): number | undefined {
  if (total <= 0) return undefined;
  let target: number;
  switch (key) {
    case 'ArrowDown':
      target = position + 1;
      break;
    case 'ArrowUp':
      target = position - 1;
      break;
    case 'PageDown':
      target = position + page;
      break;
    case 'PageUp':
      target = position - page;
      break;
    case 'Home':
      target = 0;
      break;
    case 'End':
      target = total - 1;
      break;
    default:
      return undefined;
  }
  return Math.max(0, Math.min(total - 1, target));
}

/**
 * The scroll position that shows row `position` (rows of `rowHeight` under a sticky header of
 * `head` px) in a viewport of `viewport` px now scrolled to `scrollTop`: unchanged when it is in view;
 * else the least scroll that shows it (its top just under the header, or its bottom at the viewport's
 * bottom), its top when the viewport is too short for the header and one row.
 */
export function scrollForRow(position: number, rowHeight: number, head: number, scrollTop: number, viewport: number): number {
  const top = position * rowHeight;
  if (top < scrollTop) return top;
  const bottom = top + rowHeight + head - viewport;
  return bottom > scrollTop ? Math.min(top, bottom) : scrollTop;
}
