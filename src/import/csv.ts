/**
 * Spreadsheet CSV into a journey document. Pure (no DOM). Reads two layouts:
 * - the one `exportCSV()` writes: a header row, then one row per lane and step (stage, step, lane,
 *   text, lane key), in any of the three languages; rows keyed `filter`, `customer` or `changes` (the
 *   filter stated, an opened customer, a comparison's changes) and a sixth column (the filter's marks)
 *   are skipped;
 * - the hand-made one: lane names in the first column, stage titles in the first row (a blank cell
 *   continues the stage on its left, as merged cells export), step titles in the second row (left
 *   out when the second row already names a lane: every column is then a stage without steps), one
 *   cell per lane and step, items on separate lines in a cell.
 */
import { EXPORT_ONLY_KEYS } from '../export/map-csv-rows.js';
import { laneStrings } from '../i18n/lane-strings.js';
import { mapStrings } from '../i18n/map-strings.js';
import { LANE_ORDER, type JourneyDocument, type LaneKind, type LaneSpec, type Stage, type Step, type StepFields } from '../model/types.js';
import { readCell, Registry } from './csv-cells.js';
import { columnName, parseCsv, unguard } from './csv-table.js';
import { IdPool } from './ids.js';
import { TextProblems, type ImportOptions, type ImportResult } from './problems.js';

export interface FromCSVOptions extends ImportOptions {
  /** The field separator; found from the first row when not given (`,`, `;` or a tab). */
  separator?: string;
  /** The document's title (a CSV file has none); default ''. */
  title?: string;
}

interface Lane {
  kind: LaneKind;
  field?: string;
  title?: string;
}

interface Column {
  stage: string;
  step: string;
  fields: StepFields;
}

const LOCALES = ['en', 'ru', 'ro'] as const;
/** Step fields a custom text lane must not write into. */
const RESERVED_FIELDS = new Set<string>(['id', 'title', 'steps', 'description', 'emotion', 'next', 'exit', 'insights', 'evidence', 'momentOfTruth', ...LANE_ORDER]);

/** Lane kind by every name the file may use: the kind itself and its default name in each language. */
function laneNames(): Map<string, LaneKind> {
  const names = new Map<string, LaneKind>();
  for (const kind of LANE_ORDER) {
    names.set(kind.toLowerCase(), kind);
    for (const locale of LOCALES) names.set(laneStrings[locale][`lane.${kind}` as keyof (typeof laneStrings)['en']].toLowerCase(), kind);
  }
  return names;
}

/** Header words of earlier exports, still read: ru "Дорожка" and ro "Culoar" before "Слой" and "Strat". */
const EARLIER_HEADER_WORDS: Partial<Record<string, readonly string[]>> = { 'grid.lane': ['дорожка', 'culoar'] };

const headerWords = (key: 'grid.stage' | 'export.step' | 'grid.lane' | 'export.text') =>
  new Set([...LOCALES.map((locale) => mapStrings[locale][key].toLowerCase()), ...(EARLIER_HEADER_WORDS[key] ?? [])]);

/** True when the first row is the export's header: stage, step, lane, text in one of the languages. */
function isExportHeader(row: string[]): boolean {
  const keys = ['grid.stage', 'export.step', 'grid.lane', 'export.text'] as const;
  return row.length >= 4 && keys.every((key, index) => headerWords(key).has(row[index].trim().toLowerCase()));
}

/** Reads lanes by name (and key, when the export wrote one), warning about names it does not know. */
class LaneReader {
  private readonly names = laneNames();
  private readonly lanes = new Map<string, Lane>();
  private readonly fields = new IdPool();

  constructor(private readonly problems: TextProblems) {}

  lane(name: string, key: string | undefined, row: number, column: number): Lane {
    const id = key || name;
    const known = this.lanes.get(id);
    if (known) return known;
    const fromKey = key && /^text:(.+)$/.exec(key);
    const kind = key && (LANE_ORDER as readonly string[]).includes(key) ? (key as LaneKind) : this.names.get(name.trim().toLowerCase());
    let lane: Lane;
    if (fromKey && !RESERVED_FIELDS.has(fromKey[1])) {
      lane = { kind: 'text', field: fromKey[1], title: name };
    } else if (kind) {
      const isDefaultName = this.names.get(name.trim().toLowerCase()) === kind;
      lane = { kind, ...(!isDefaultName && name.trim() && { title: name.trim() }) };
    } else {
      this.problems.add('warning', 'csv-unknown-lane', row, column, { value: name, column: `${columnName(column)}` });
      let field = this.fields.take(name, 'notes');
      if (RESERVED_FIELDS.has(field)) field = this.fields.take(`notes-${field}`, 'notes');
      lane = { kind: 'text', field, title: name.trim() };
    }
    this.lanes.set(id, lane);
    return lane;
  }

  specs(): LaneSpec[] {
    return [...this.lanes.values()].map((lane) => ({ kind: lane.kind, ...(lane.field && { field: lane.field }), ...(lane.title && { title: lane.title }) }));
  }
}

/** Reads one cell into its column, reporting what could not be read by row and column. */
function fillCell(column: Column, lane: Lane, cell: string, registry: Registry, problems: TextProblems, at: [number, number], laneName: string): void {
  for (const unread of readCell(column.fields, lane.kind, lane.field, unguard(cell), registry)) {
    const where = { value: unread.text, column: columnName(at[1]) };
    if (unread.metric === undefined) problems.add('warning', 'csv-value', at[0], at[1], { ...where, lane: laneName });
    else problems.add('warning', 'csv-metric-detail', at[0], at[1], { ...where, metric: unread.metric });
  }
}

/** The export's layout: one row per lane and step. Columns are told apart by stage, step and their repeat count. */
function readExport(rows: string[][], lanes: LaneReader, registry: Registry, problems: TextProblems): Column[] {
  const columns = new Map<string, Column>();
  const seen = new Map<string, number>();
  for (let r = 1; r < rows.length; r++) {
    const [stage = '', step = '', laneName = '', text = '', key] = rows[r].map(unguard);
    if (rows[r].every((cell) => cell.trim() === '')) continue;
    // The filter stated, the opened customer's and the comparison's rows are the export's, no lane of the document.
    if (key !== undefined && EXPORT_ONLY_KEYS.has(key.trim())) continue;
    const lane = lanes.lane(laneName, key?.trim(), r + 1, 3);
    const laneKey = key || laneName;
    const base = `${stage}\u0000${step}`;
    const repeat = seen.get(`${laneKey}\u0000${base}`) ?? 0;
    seen.set(`${laneKey}\u0000${base}`, repeat + 1);
    const id = `${base}\u0000${repeat}`;
    if (!columns.has(id)) columns.set(id, { stage, step, fields: {} });
    fillCell(columns.get(id)!, lane, text, registry, problems, [r + 1, 4], laneName);
  }
  return [...columns.values()];
}

/** The hand-made layout: lanes down the first column, stages and steps across the first rows. */
function readGrid(rows: string[][], lanes: LaneReader, registry: Registry, problems: TextProblems): Column[] | undefined {
  const names = laneNames();
  const hasStepRow = rows.length > 1 && !names.has(rows[1][0]?.trim().toLowerCase() ?? '');
  const width = Math.max(...rows.map((row) => row.length));
  const columns: Column[] = [];
  let stage = '';
  for (let c = 1; c < width; c++) {
    const stageCell = unguard(rows[0][c] ?? '').trim();
    if (stageCell || !hasStepRow) stage = stageCell;
    const step = hasStepRow ? unguard(rows[1][c] ?? '').trim() : stage;
    columns.push({ stage, step, fields: {} });
  }
  if (!columns.some((column) => column.stage || column.step)) return undefined;
  for (let r = hasStepRow ? 2 : 1; r < rows.length; r++) {
    const row = rows[r];
    if (row.every((cell) => cell.trim() === '')) continue;
    const laneName = unguard(row[0] ?? '').trim();
    const lane = lanes.lane(laneName, undefined, r + 1, 1);
    row.slice(1).forEach((cell, index) => fillCell(columns[index], lane, cell, registry, problems, [r + 1, index + 2], laneName));
  }
  // Trailing columns with no titles of their own and no data are the spreadsheet's padding.
  const padding = (index: number) =>
    !unguard(rows[0][index + 1] ?? '').trim() && !columns[index].step && Object.keys(columns[index].fields).length === 0;
  while (columns.length && padding(columns.length - 1)) columns.pop();
  return columns;
}

/** Consecutive columns of one stage make a stage; a lone column titled as its stage is a stage without steps. */
function toStages(columns: Column[]): Stage[] {
  const ids = new IdPool();
  const groups: Column[][] = [];
  for (const column of columns) {
    const last = groups[groups.length - 1];
    if (last && last[0].stage === column.stage) last.push(column);
    else groups.push([column]);
  }
  return groups.map((group, index) => {
    const title = group[0].stage;
    if (group.length === 1 && (group[0].step === title || group[0].step === '')) {
      return { id: ids.take(title, `stage-${index + 1}`), title, ...group[0].fields };
    }
    const stageId = ids.take(title, `stage-${index + 1}`);
    const steps: Step[] = group.map((column, stepIndex) => ({
      id: ids.take(column.step, `${stageId}-${stepIndex + 1}`),
      title: column.step,
      ...column.fields,
    }));
    return { id: stageId, title, steps };
  });
}

/**
 * A journey document from CSV text, in the layout `exportCSV()` writes or the common hand-made one.
 * Lane names in English, Russian or Romanian; `,`, `;` or tab separators; a byte order mark and
 * quoted cells with line breaks. Never throws: what cannot be read is reported by row and column.
 */
export function journeyFromCSV(text: string, options: FromCSVOptions = {}): ImportResult {
  const problems = new TextProblems(options.locale);
  try {
    const table = parseCsv(String(text ?? ''), options.separator);
    if (table.unclosed) {
      const { row, column } = table.unclosed;
      problems.add('error', 'csv-unclosed-quote', row, column, { column: columnName(column) });
      return problems.result(undefined);
    }
    const rows = table.rows;
    const lanes = new LaneReader(problems);
    const registry = new Registry();
    const columns =
      rows.length && isExportHeader(rows[0]) ? readExport(rows, lanes, registry, problems) : rows.length ? readGrid(rows, lanes, registry, problems) : undefined;
    if (!columns) {
      problems.add('error', 'csv-layout', 1, 1);
      return problems.result(undefined);
    }
    if (columns.length === 0) {
      problems.add('error', 'empty-stages', 1, 1);
      return problems.result(undefined);
    }
    const stages = toStages(columns);
    const doc: JourneyDocument = {
      schemaVersion: 1,
      title: options.title ?? '',
      ...(registry.personas.size > 0 && { personas: [...registry.personas].map(([name, id]) => ({ id, name })) }),
      ...(registry.channels.size > 0 && { channels: [...registry.channels].map(([label, id]) => ({ id, label })) }),
      ...(registry.metrics.size > 0 && {
        metrics: [...registry.metrics].map(([label, { id, unit }]) => ({ id, label, ...(unit && { unit }) })),
      }),
      stages,
      lanes: lanes.specs(),
    };
    return problems.result(doc);
  } catch (error) {
    problems.add('error', 'csv-layout', 1, 1, { reason: error instanceof Error ? error.message : String(error) });
    return problems.result(undefined);
  }
}
