/**
 * The words of the flow: the figures on links, what a screen reader hears for the focused step,
 * link or exit, and the rows of the table alternative and of the CSV. Pure: text from the
 * transition table, the layout and the locale.
 */
import { flowString, type FlowStringKey } from '../i18n/flow-strings.js';
import { formatNumber, formatSpokenNumber } from '../i18n/number-format.js';
import type { FlowFigures, NormalizedJourney } from '../model/types.js';
import type { TransitionTable } from '../model/transitions.js';
import { csvField, UTF8_BOM } from './export-csv.js';
import type { FlowLayout } from './flow.js';
import type { FlowFocus } from './flow-navigation.js';
import type { Translator } from '../i18n/translator.js';

export type FlowWords = Translator;

const text = (words: FlowWords, key: FlowStringKey, values?: Record<string, string | number>) =>
  flowString(words, key, values);

/** A share as a percentage in the locale ("25%" in en, "25 %" in ru and ro), at most one decimal. */
export function shareText(share: number, intlLocale: string): string {
  return formatNumber(share, intlLocale, { style: 'percent', maximumFractionDigits: 1 });
}

/** The figure drawn on a link or a drop-off: its share, else its count (grouped), else nothing. */
export function figureLabel(row: FlowFigures, intlLocale: string): string {
  if (typeof row.share === 'number') return shareText(row.share, intlLocale);
  return typeof row.count === 'number' ? formatNumber(row.count, intlLocale) : '';
}

/** "25 %, 310 customers" for a screen reader: counts without group separators. */
function spokenFigures(row: FlowFigures, words: FlowWords): string {
  const parts: string[] = [];
  if (typeof row.share === 'number') parts.push(shareText(row.share, words.intlLocale));
  if (typeof row.count === 'number') parts.push(text(words, 'flow.customers', { count: formatSpokenNumber(row.count, words.intlLocale) }));
  return parts.join(', ');
}

const titleOf = (journey: NormalizedJourney, step: number): string => journey.steps[step]?.title ?? '';

/** What a link says: "Signs up → Checks price: 25 %, 310 customers (loop back)". */
export function linkText(journey: NormalizedJourney, table: TransitionTable, flow: FlowLayout, index: number, words: FlowWords): string {
  const link = flow.links[index];
  const row = table.transitions[link.row];
  const figures = spokenFigures(row, words);
  const notes = [link.kind === 'loop' ? text(words, 'flow.loop') : '', row.planned ? '' : text(words, 'flow.unplanned'), row.label ?? ''].filter(Boolean);
  const head = text(words, 'flow.link', { from: titleOf(journey, link.from), to: titleOf(journey, link.to) });
  return `${head}${figures ? `: ${figures}` : ''}${notes.length ? ` (${notes.join('; ')})` : ''}`;
}

/** What a drop-off says: "Signs up → Leaves the journey: 12 %, 150 customers (Gives up)". */
export function exitText(journey: NormalizedJourney, table: TransitionTable, flow: FlowLayout, index: number, words: FlowWords): string {
  const drop = flow.exits[index];
  const row = table.exits[drop.row];
  const figures = spokenFigures(row, words);
  const head = text(words, 'flow.link', { from: titleOf(journey, drop.step), to: text(words, 'flow.exit') });
  return `${head}${figures ? `: ${figures}` : ''}${row.label ? ` (${row.label})` : ''}`;
}

/** What a step says: "Signs up: 2 ways out, 1 way in", and (counted) the customers here now and those who finished here. */
export function stepText(table: TransitionTable, flow: FlowLayout, journey: NormalizedJourney, step: number, words: FlowWords): string {
  const out = flow.links.filter((link) => link.from === step).length + flow.exits.filter((drop) => drop.step === step).length;
  const into = flow.links.filter((link) => link.to === step).length;
  const head = text(words, 'flow.step', { title: titleOf(journey, step), out, in: into });
  const here = table.hereNow?.[step] ?? 0;
  const finished = table.finished?.[step] ?? 0;
  const count = (value: number) => ({ count: formatSpokenNumber(value, words.intlLocale) });
  const parts = [head, here > 0 && text(words, 'flow.hereNow', count(here)), finished > 0 && text(words, 'flow.finished', count(finished))];
  return parts.filter(Boolean).join(', ');
}

/** The line saying where the numbers come from: written, counted from N customers, or none. */
export function sourceLine(journey: NormalizedJourney, table: TransitionTable, words: FlowWords): string {
  if (table.source !== 'individuals') return text(words, `flow.source.${table.source}`);
  const customers = journey.individuals.filter((individual) => individual.events.length > 0).length;
  return text(words, 'flow.source.individuals', { count: formatNumber(customers, words.intlLocale) });
}

/** The announcement of a focus. */
export function focusText(journey: NormalizedJourney, table: TransitionTable, flow: FlowLayout, focus: FlowFocus, words: FlowWords): string {
  if (focus.kind === 'node') return stepText(table, flow, journey, focus.step, words);
  return focus.kind === 'link' ? linkText(journey, table, flow, focus.index, words) : exitText(journey, table, flow, focus.index, words);
}

/** One row of the table alternative and of the CSV. */
export interface FlowRow {
  from: string;
  /** The target step's title, or "Leaves the journey". */
  to: string;
  share?: number;
  count?: number;
  label?: string;
  /** `loop` for a transition to an earlier step, `exit` for a drop-off. */
  kind: 'forward' | 'loop' | 'exit';
  planned: boolean;
}

/** Every transition (table order), then every exit (step order). */
export function flowRows(journey: NormalizedJourney, table: TransitionTable, words: FlowWords): FlowRow[] {
  const rows: FlowRow[] = table.transitions.map((row) => ({
    from: titleOf(journey, row.from),
    to: titleOf(journey, row.to),
    share: row.share,
    count: row.count,
    label: row.label,
    kind: row.to < row.from ? 'loop' : 'forward',
    planned: row.planned,
  }));
  for (const row of table.exits) {
    rows.push({ from: titleOf(journey, row.step), to: text(words, 'flow.exit'), share: row.share, count: row.count, label: row.label, kind: 'exit', planned: true });
  }
  return rows;
}

/**
 * The transition table as CSV (RFC 4180, CRLF): from, to, share (a decimal fraction, as in the
 * document), count, label; headers in the locale; fields guarded against formula injection.
 */
export function flowCSV(journey: NormalizedJourney, table: TransitionTable, words: FlowWords, { bom = true }: { bom?: boolean } = {}): string {
  const header = [text(words, 'flow.from'), text(words, 'flow.to'), text(words, 'flow.share'), text(words, 'flow.count'), text(words, 'flow.name')];
  const lines = [header, ...flowRows(journey, table, words).map((row) => [row.from, row.to, row.share === undefined ? '' : String(row.share), row.count === undefined ? '' : String(row.count), row.label ?? ''])];
  const body = lines.map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n';
  return bom ? UTF8_BOM + body : body;
}
