import { customerString } from '../../i18n/customer-strings.js';
import { csvField, UTF8_BOM } from '../../layout/export-csv.js';
import { CUSTOMER_COLUMNS } from '../../layout/customer-table.js';
import type { CustomersSummary, CustomerSummary } from '../../model/customers.js';
import type { NormalizedJourney } from '../../model/types.js';
import { rowTexts, statusText, type CustomerWords } from '../../views/customers.js';

/** The table's rows as CSV (see `JourneyCustomers.exportCSV`): a header row in the table's language, one row per customer. */
export function customersCSV(summary: CustomersSummary, rows: readonly number[], journey: NormalizedJourney, words: CustomerWords, bom: boolean): string {
  const head = CUSTOMER_COLUMNS.map((column) => customerString(words, `customers.column.${column}`));
  const lines = [head, ...rows.map((i) => csvRow(summary.customers[i], journey, words))];
  const text = lines.map((cells) => cells.map(csvField).join(',')).join('\r\n');
  return `${bom ? UTF8_BOM : ''}${text}\r\n`;
}

/** A row for CSV: the table's texts, with the date and score as plain data. */
function csvRow(customer: CustomerSummary, journey: NormalizedJourney, words: CustomerWords): string[] {
  const texts = rowTexts(customer, journey, words);
  texts[3] = customer.lastAt === undefined ? '' : new Date(customer.lastAt).toISOString().slice(0, 10);
  texts[4] = customer.score === undefined ? '' : String(customer.score);
  // Status: the words the screen shows ("Stalled for 21 days", "Finished", "Active"); empty for none.
  texts[5] = statusText(customer, words);
  return texts;
}
