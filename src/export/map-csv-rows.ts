/**
 * What the map's CSV adds to its lanes, as the SVG/PNG export does: the active filter stated (and a
 * column marking each row of a step as matching or dimmed), and the opened customer's lane (their
 * header line, their events per step column, the events on steps the map does not have). Those rows
 * carry the keys `filter` and `customer`: `journeyFromCSV` skips them, as they are no lane of the
 * document. Pure.
 */
import { insightString } from '../i18n/insight-strings.js';
import type { CsvFilterColumn, CsvLeadingRow } from '../layout/export-csv.js';
import type { NormalizedJourney } from '../model/types.js';
import type { CustomerEventView } from '../views/customers.js';
import type { SceneCustomer } from './scene.js';
import type { Translator } from '../i18n/translator.js';

/** Key of the "Changes" rows a map compared with another (`compareTo`) adds: what changed at a step, or that it was removed. */
export const CHANGES_KEY = 'changes';

/** Keys of the rows the export adds that are no lane: `journeyFromCSV` skips rows with them. */
export const EXPORT_ONLY_KEYS: ReadonlySet<string> = new Set(['filter', 'customer', CHANGES_KEY]);

export type MapCsvWords = Translator;

/** One event as CSV text: the instant as written (ISO, so a spreadsheet reads it), channel, note, feeling. */
function eventText(view: CustomerEventView): string {
  return [view.date?.iso, view.channel?.label, view.note, view.emotion?.text].filter((part): part is string => Boolean(part)).join(' · ');
}

/**
 * The opened customer as rows: their header line first, then one row per step column with their
 * events there (one per line, in time order), then one row with the events on steps the map lacks.
 * The lane column names the customer ("Customer ACME Ltd"), as the lane's row header does.
 */
export function customerCsvRows(journey: NormalizedJourney, customer: SceneCustomer): CsvLeadingRow[] {
  const lane = `${customer.title} ${customer.line.label}`;
  const line = [...customer.line.fields.map((field) => `${field.name}: ${field.value}`), ...customer.line.status.map((status) => status.text)];
  const rows: CsvLeadingRow[] = [{ cells: ['', '', lane, line.join('\n'), 'customer'] }];
  journey.steps.forEach((step, index) => {
    const events = customer.byStep[index] ?? [];
    const stage = journey.stages[step.stageIndex]?.title ?? '';
    rows.push({ cells: [stage, step.title, lane, events.map(eventText).join('\n'), 'customer'], step: step.id });
  });
  if (customer.offMap?.events.length) {
    const items = customer.offMap.events.map((event) => `${event.step}: ${eventText(event.view)}`);
    rows.push({ cells: ['', '', lane, [customer.offMap.title, ...items].join('\n'), 'customer'] });
  }
  return rows;
}

/**
 * The active filter in the CSV: a row stating it (the export's words, layout/filter-text.ts) and the
 * column that marks each row of a step. Undefined without an active filter.
 */
export function filterCsv(
  note: string | undefined,
  dimmed: ReadonlySet<string> | undefined,
  words: MapCsvWords,
): { row: CsvLeadingRow; column: CsvFilterColumn } | undefined {
  if (!note || !dimmed) return undefined;
  const say = (key: 'filter.column' | 'filter.matches' | 'filter.outside') => insightString(words, key);
  const header = say('filter.column');
  return {
    row: { cells: ['', '', header, note, 'filter'] },
    column: { header, dimmed, matches: say('filter.matches'), outside: say('filter.outside') },
  };
}
