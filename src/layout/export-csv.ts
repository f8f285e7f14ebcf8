import { historyText } from './metric-history.js';
import { insightsOf } from './evidence.js';
import { insightString } from '../i18n/insight-strings.js';
import { laneString } from '../i18n/lane-strings.js';
import { DEFAULT_PERSONA, type NormalizedLane, type NormalizedStep } from '../model/types.js';
import { nonEmpty, records, textList, type CellContext } from '../views/context.js';
import { metricViews } from '../views/metrics.js';
import { opportunityViews } from '../views/opportunities.js';
import { painPointViews } from '../views/pain-points.js';
import { touchpointViews } from '../views/touchpoints.js';

/** Lines inside one cell (several actions, several pain points) are separated by a line feed. */
const ITEM_SEPARATOR = '\n';

const list = (items: readonly string[]) => items.filter((item) => item !== '').join(ITEM_SEPARATOR);

/** "text (a; b)" with only the details that are present. */
function withDetails(text: string, details: Array<string | undefined>): string {
  const present = details.filter((detail): detail is string => detail !== undefined && detail !== '');
  return present.length ? `${text} (${present.join('; ')})` : text;
}

export type CsvDetail = 'severity' | 'owner' | 'impact' | 'effort' | 'status' | 'target' | 'previous' | 'history' | 'persona';

/**
 * "severity 4", "критичность 4": a detail named by its word in the map's language. The dictionary's
 * word, not a host's override, so `journeyFromCSV` can always read it back.
 */
function detail(ctx: CellContext, word: CsvDetail, value: string | number | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : `${laneString(ctx, `csv.${word}`)} ${value}`;
}

/** The emotion values the curve shows: every persona's, or only the one the map is filtered to. */
function emotionText(step: NormalizedStep, ctx: CellContext): string {
  const { journey } = ctx;
  const values = step.emotionByPersona;
  if (journey.seriesIds.length === 1 && journey.seriesIds[0] === DEFAULT_PERSONA) {
    return values[DEFAULT_PERSONA] === undefined ? '' : String(values[DEFAULT_PERSONA]);
  }
  return list(
    journey.personas
      .filter((persona) => values[persona.id] !== undefined && (!ctx.persona || persona.id === ctx.persona))
      .map((persona) => `${persona.name}: ${values[persona.id]}`),
  );
}

/**
 * The text of one cell, as plain data, from the same views the screen's cells render: the lane's
 * items one per line, with their details in brackets, named in the map's language ("severity 4",
 * "критичность 4"), following the map's persona filter. Numbers are written as in the document (not
 * localized), so a spreadsheet reads them. `journeyFromCSV` reads every language's words back.
 */
export function cellText(lane: NormalizedLane, step: NormalizedStep, ctx: CellContext): string {
  switch (lane.kind) {
    case 'actions':
    case 'thoughts':
    case 'questions':
    case 'motivations':
    case 'barriers':
      return list(textList(step[lane.kind]));
    case 'touchpoints':
      return list(
        touchpointViews(step, ctx).map((view) =>
          withDetails(view.text ? `${view.channelLabel}: ${view.text}` : view.channelLabel, [detail(ctx, 'owner', view.owner)]),
        ),
      );
    case 'emotion':
      return emotionText(step, ctx);
    case 'painPoints':
      return list(
        painPointViews(step, ctx).map((view) =>
          withDetails(view.text, [view.category, detail(ctx, 'persona', view.persona), detail(ctx, 'severity', view.severity)]),
        ),
      );
    case 'opportunities':
      return list(
        opportunityViews(step, ctx).map((view) =>
          withDetails(view.text, [
            detail(ctx, 'owner', view.owner),
            ...view.chips.map((chip) => detail(ctx, chip.kind, chip.value)),
          ]),
        ),
      );
    case 'backstage':
      return list(
        records<{ text?: unknown; actor?: unknown; system?: unknown }>(step.backstage)
          .filter((item) => nonEmpty(item.text))
          .map((item) =>
            withDetails(nonEmpty(item.actor) ? `${item.actor}: ${item.text as string}` : (item.text as string), [
              nonEmpty(item.system) ? item.system : undefined,
            ]),
          ),
      );
    case 'metrics':
      return list(
        metricViews(step, ctx).map(({ reading, definition, label }) => {
          const unit = nonEmpty(definition?.unit) ? ` ${definition.unit}` : '';
          return withDetails(`${label}: ${reading.value}${unit}`, [
            detail(ctx, 'target', reading.target),
            detail(ctx, 'previous', reading.previous),
            detail(ctx, 'history', historyText(reading)),
          ]);
        }),
      );
    case 'owner':
      return nonEmpty(step.owner) ? step.owner : '';
    case 'insights':
      return list(
        insightsOf(step.insights).map((insight) =>
          withDetails(`${insightString(ctx, `insight.${insight.kind}`).toLowerCase()}: ${insight.text}`, [
            insight.source,
            insight.at,
            insight.n === undefined ? undefined : `n ${insight.n}`,
            insight.url,
          ]),
        ),
      );
    case 'text':
      return list(textList(lane.field === undefined ? undefined : step[lane.field]));
    default:
      return '';
  }
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Guards against formula injection: a spreadsheet runs a cell that starts with = + - @ (or a tab or
 * carriage return that it strips first) as a formula, so such text gets a leading apostrophe.
 * Plain numbers such as -1.5 are left alone; they are data, not formulas.
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** One CSV field (RFC 4180): quoted when it holds a quote, comma, CR or LF; quotes doubled. */
export function csvField(text: string): string {
  const guarded = guardFormula(text);
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** The byte order mark that tells Excel a CSV file is UTF-8; without it Cyrillic and ș ț ă read as mojibake. */
export const UTF8_BOM = '\uFEFF';

export interface CsvLabels {
  /** Titles of the four columns: stage, step, lane, text (the map passes them localized). */
  header: readonly [stage: string, step: string, lane: string, text: string];
  /** The label of a lane (the map passes its localized lane title). */
  laneName: (lane: NormalizedLane) => string;
  /** Title of the fifth column, the lane's key (default "key"; the map passes it localized). */
  keyHeader?: string;
  /** Rows after the lanes' (stage, step, lane, text, key): the map's comparison with `compareTo`. */
  extraRows?: ReadonlyArray<readonly string[]>;
  /**
   * Rows right after the header, before the lanes (stage, step, lane, text, key): the filter stated,
   * the opened customer's lane. `step` (a step id) fills the filter column of the row.
   */
  leadingRows?: ReadonlyArray<CsvLeadingRow>;
  /** With an active filter: a sixth column saying for every row of a step whether it matches the filter or is dimmed. */
  filterColumn?: CsvFilterColumn;
}

export interface CsvLeadingRow {
  cells: readonly string[];
  step?: string;
}

export interface CsvFilterColumn {
  /** The column's title ("Filter"). */
  header: string;
  /** Ids of the steps outside the filter. */
  dimmed: ReadonlySet<string>;
  /** What a row of a matching step says ("Matches"), and one of a dimmed step ("Dimmed"). */
  matches: string;
  outside: string;
}

export interface CsvOptions {
  /**
   * Start with a UTF-8 byte order mark (default true), so Excel opens Cyrillic and Romanian text
   * correctly. Pass false for programs that read the text themselves.
   */
  bom?: boolean;
}

/**
 * Every cell of a map as CSV (RFC 4180, CRLF line ends): a header row, the leading rows (the filter
 * stated, the opened customer), then one row per lane and step, lanes in map order and steps in
 * journey order, in `ctx`'s language and persona filter; with `filterColumn`, a sixth column marks
 * each row of a step as matching the filter or dimmed (rows are kept, as columns are on screen). Every field is guarded against formula
 * injection and quoted where RFC 4180 needs it. The last column is the lane's key (`actions`,
 * `text:quotes`), so `journeyFromCSV` reads a lane back as its kind even when its title is the
 * team's own or in another language.
 */
export function journeyCSV(ctx: CellContext, labels: CsvLabels, { bom = true }: CsvOptions = {}): string {
  const { journey } = ctx;
  const filter = labels.filterColumn;
  const header = [...labels.header, labels.keyHeader ?? 'key', ...(filter ? [filter.header] : [])];
  // Every row as wide as the header; with a filter, the last field says whether the row's step matches.
  const row = (cells: readonly string[], step?: string): string[] => {
    const out = Array.from({ length: 5 }, (_, index) => cells[index] ?? '');
    if (filter) out.push(step === undefined ? '' : filter.dimmed.has(step) ? filter.outside : filter.matches);
    return out;
  };
  const rows: string[][] = [header];
  for (const leading of labels.leadingRows ?? []) rows.push(row(leading.cells, leading.step));
  for (const lane of journey.lanes) {
    // The flow lane has no text per step: its data is the transition table, another shape of CSV
    // (`<journey-flow>`'s exportCSV); a row of empty cells would also not read back with journeyFromCSV.
    if (lane.kind === 'flow') continue;
    const name = labels.laneName(lane);
    for (const step of journey.steps) {
      const stage = journey.stages[step.stageIndex]?.title ?? '';
      rows.push(row([stage, step.title, name, cellText(lane, step, ctx), lane.key], step.id));
    }
  }
  for (const extra of labels.extraRows ?? []) rows.push(row(extra));
  const text = rows.map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n';
  return bom ? UTF8_BOM + text : text;
}
