import { expect } from '@open-wc/testing';
import { filterCustomers, foldText, rowKeyTarget, scrollForRow, sortCustomers, statusFilter, visibleRange } from '../../src/layout/customer-table.js';
import type { CustomerSummary } from '../../src/model/customers.js';

const DAY = 86_400_000;

function customer(index: number, fields: Partial<CustomerSummary>): CustomerSummary {
  return {
    index,
    id: `c${index}`,
    label: `c${index}`,
    score: undefined,
    currentStep: undefined,
    lastEvent: undefined,
    lastAt: undefined,
    finished: false,
    stalled: false,
    stalledDays: undefined,
    ...fields,
  };
}

// Hand-made rows: 0 and 3 tie on score; 2 has no events; 4 is off the map.
const customers: CustomerSummary[] = [
  customer(0, { label: 'Émile', segment: 'SMB', currentStep: 1, lastEvent: 0, lastAt: 10 * DAY, score: 50, stalled: true, stalledDays: 20 }),
  customer(1, { label: 'anna', segment: 'Enterprise', currentStep: 0, lastEvent: 2, lastAt: 25 * DAY, score: 75, stalledDays: 5 }),
  customer(2, { label: 'Zoë' }),
  customer(3, { label: 'Bob', segment: 'SMB', currentStep: 1, lastEvent: 1, lastAt: 1 * DAY, score: 50, stalled: true, stalledDays: 29 }),
  customer(4, { label: 'emil', currentStep: undefined, lastEvent: 0, lastAt: 20 * DAY, score: 0, stalledDays: 10 }),
];
const all = [0, 1, 2, 3, 4];
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const fold = (c: CustomerSummary) => foldText(c.label, 'en');

describe('customer-table', () => {
  it('folds case and accents for search', () => {
    expect(foldText('Ärztehaus Șerban ЁЛКА', 'ru')).to.equal('arztehaus serban елка');
  });

  it('filters by step (-1: off the map), by stalled and by label text, in document order', () => {
    expect(filterCustomers(customers, { step: 1 }, fold)).to.deep.equal([0, 3]);
    expect(filterCustomers(customers, { step: 0 }, fold)).to.deep.equal([1]);
    expect(filterCustomers(customers, { step: -1 }, fold)).to.deep.equal([4]);
    expect(filterCustomers(customers, { stalled: true }, fold)).to.deep.equal([0, 3]);
    expect(filterCustomers(customers, { stalled: false }, fold)).to.deep.equal([1, 2, 4]);
    expect(filterCustomers(customers, { search: ' EMI ' }, fold, 'en')).to.deep.equal([0, 4]);
    expect(filterCustomers(customers, { step: 1, stalled: true, search: 'bo' }, fold, 'en')).to.deep.equal([3]);
    expect(filterCustomers(customers, {}, fold)).to.deep.equal(all);
  });

  it('filters by status: stalled, not stalled (finished included) and finished', () => {
    const withFinished = customers.map((row) => (row.index === 1 ? { ...row, finished: true } : row));
    expect(statusFilter(undefined)).to.deep.equal({ stalled: undefined, finished: undefined });
    expect(filterCustomers(withFinished, statusFilter('finished'), fold)).to.deep.equal([1]);
    expect(filterCustomers(withFinished, statusFilter('moving'), fold)).to.deep.equal([1, 2, 4]);
    expect(filterCustomers(withFinished, statusFilter('stalled'), fold)).to.deep.equal([0, 3]);
    expect(filterCustomers(withFinished, { step: 1, ...statusFilter('finished') }, fold)).to.deep.equal([]);
  });

  it('sorts text with the collator, empty values last in both directions', () => {
    // "emil" sorts before "Émile" (a prefix; case and accents are ignored at base sensitivity).
    expect(sortCustomers(all, customers, { column: 'label', direction: 'ascending' }, collator)).to.deep.equal([1, 3, 4, 0, 2]);
    expect(sortCustomers(all, customers, { column: 'label', direction: 'descending' }, collator)).to.deep.equal([2, 0, 4, 3, 1]);
    // Segments: Enterprise < SMB (0, 3 tie: document order); 2 and 4 have none and go last.
    expect(sortCustomers(all, customers, { column: 'segment', direction: 'ascending' }, collator)).to.deep.equal([1, 0, 3, 2, 4]);
    expect(sortCustomers(all, customers, { column: 'segment', direction: 'descending' }, collator)).to.deep.equal([0, 3, 1, 2, 4]);
  });

  it('sorts numbers by value, ties in document order, missing last', () => {
    expect(sortCustomers(all, customers, { column: 'score', direction: 'ascending' }, collator)).to.deep.equal([4, 0, 3, 1, 2]);
    expect(sortCustomers(all, customers, { column: 'score', direction: 'descending' }, collator)).to.deep.equal([1, 0, 3, 4, 2]);
    expect(sortCustomers(all, customers, { column: 'last', direction: 'descending' }, collator)).to.deep.equal([1, 4, 0, 3, 2]);
    // Step: by column; off the map after every step; no events last.
    expect(sortCustomers(all, customers, { column: 'step', direction: 'ascending' }, collator)).to.deep.equal([1, 0, 3, 4, 2]);
    // Stalled: longest stalled first when descending; not stalled count as 0 days.
    expect(sortCustomers(all, customers, { column: 'stalled', direction: 'descending' }, collator)).to.deep.equal([3, 0, 1, 4, 2]);
    expect(sortCustomers([3, 1], customers, { column: 'stalled', direction: 'ascending' }, collator)).to.deep.equal([1, 3]);
  });

  it('sorts 10 000 rows in under 100 ms once the labels are ranked', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      customer(i, { label: `Customer ${(i * 7919) % 10_000}`, lastAt: ((i * 104_729) % 9973) * DAY, score: (i * 31) % 101 }),
    );
    const rows = many.map((_, i) => i);
    // The first label sort ranks the distinct labels with the collator (done when the table opens).
    const first = sortCustomers(rows, many, { column: 'label', direction: 'ascending' }, collator);
    expect(many[first[0]].label).to.equal('Customer 0');
    expect(many[first[9999]].label).to.equal('Customer 9999');
    for (const column of ['label', 'last', 'score', 'stalled'] as const) {
      const start = performance.now();
      const sorted = sortCustomers(rows, many, { column, direction: 'descending' }, collator);
      const took = performance.now() - start;
      expect(sorted).to.have.length(10_000);
      expect(took, `${column} sort took ${took.toFixed(1)} ms`).to.be.below(100);
    }
    expect(many[sortCustomers(rows, many, { column: 'label', direction: 'descending' }, collator)[0]].label).to.equal('Customer 9999');
  });

  it('windows the rows around the scroll position', () => {
    // 40 px rows, 400 px view at 2000 px: rows 50–59 are in view, 5 more on each side.
    expect(visibleRange(2000, 400, 40, 10_000)).to.deep.equal({ start: 45, end: 65 });
    expect(visibleRange(0, 400, 40, 10_000)).to.deep.equal({ start: 0, end: 15 });
    expect(visibleRange(1e9, 400, 40, 30)).to.deep.equal({ start: 29, end: 30 });
    expect(visibleRange(0, 400, 40, 0)).to.deep.equal({ start: 0, end: 0 });
  });
  it('moves the tab stop by key, clamped to the rows', () => {
    // 10 rows, 4 per page.
    expect(rowKeyTarget('ArrowDown', 0, 10, 4)).to.equal(1);
    expect(rowKeyTarget('ArrowUp', 5, 10, 4)).to.equal(4);
    expect(rowKeyTarget('ArrowUp', 0, 10, 4), 'first row, up').to.equal(0);
    expect(rowKeyTarget('ArrowDown', 9, 10, 4), 'last row, down').to.equal(9);
    expect(rowKeyTarget('PageDown', 3, 10, 4)).to.equal(7);
    expect(rowKeyTarget('PageDown', 7, 10, 4), 'page down past the end').to.equal(9);
    expect(rowKeyTarget('PageUp', 7, 10, 4)).to.equal(3);
    expect(rowKeyTarget('PageUp', 2, 10, 4), 'page up past the start').to.equal(0);
    expect(rowKeyTarget('Home', 6, 10, 4)).to.equal(0);
    expect(rowKeyTarget('End', 2, 10, 4)).to.equal(9);
    // Other keys are not moves (Enter and Space choose the row in the element).
    for (const key of ['Enter', ' ', 'a', 'ArrowLeft', 'Tab', 'toString', 'constructor']) {
      expect(rowKeyTarget(key, 3, 10, 4), key).to.equal(undefined);
    }
    // One row: every move stays on it.
    for (const key of ['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End']) expect(rowKeyTarget(key, 0, 1, 4), key).to.equal(0);
    // An empty table has no row to move to.
    for (const key of ['ArrowDown', 'Home', 'End', 'PageUp']) expect(rowKeyTarget(key, 0, 0, 4), key).to.equal(undefined);
  });

  it('scrolls a row into view under the sticky header only as far as needed', () => {
    // 32 px rows under a 40 px header in a 400 px viewport: rows 0–9 fit at scrollTop 0 (10 × 32 + 40 = 360).
    expect(scrollForRow(5, 32, 40, 0, 400), 'in view: unchanged').to.equal(0);
    expect(scrollForRow(10, 32, 40, 0, 400), 'last fully visible row (320 + 32 + 40 = 392 ≤ 400)').to.equal(0);
    expect(scrollForRow(11, 32, 40, 0, 400), 'one row below: its bottom to the viewport bottom (352 + 72 − 400)').to.equal(24);
    expect(scrollForRow(20, 32, 40, 0, 400), 'page down: 640 + 72 − 400').to.equal(312);
    expect(scrollForRow(5, 32, 40, 200, 400), 'above: its top just under the header').to.equal(160);
    expect(scrollForRow(5, 32, 40, 160, 400), 'exactly at the top edge: unchanged').to.equal(160);
    expect(scrollForRow(0, 32, 40, 500, 400), 'Home: the first row').to.equal(0);
    expect(scrollForRow(9999, 32, 40, 0, 400), 'End of 10 000: 319 968 + 72 − 400').to.equal(319_640);
    expect(scrollForRow(9999, 32, 40, 319_640, 400), 'the last row in view stays').to.equal(319_640);
    // A viewport shorter than the header and one row: the row's top, not its bottom.
    expect(scrollForRow(3, 32, 40, 0, 50)).to.equal(96);
    expect(scrollForRow(0, 32, 40, 0, 50)).to.equal(0);
  });
});
