import { historyText } from './metric-history.js';
import { insightsOf } from './evidence.js';
import { DEFAULT_PERSONA, type NormalizedJourney, type NormalizedLane, type NormalizedStep } from '../model/types.js';

/** Lines inside one cell (several actions, several pain points) are separated by a line feed. */
const ITEM_SEPARATOR = '\n';

const list = (items: readonly string[]) => items.filter((item) => item !== '').join(ITEM_SEPARATOR);

/** "text (a; b)" with only the details that are present. */
function withDetails(text: string, details: Array<string | undefined>): string {
  const present = details.filter((detail): detail is string => detail !== undefined && detail !== '');
  return present.length ? `${text} (${present.join('; ')})` : text;
}

function emotionText(journey: NormalizedJourney, step: NormalizedStep): string {
  const values = step.emotionByPersona;
  if (journey.seriesIds.length === 1 && journey.seriesIds[0] === DEFAULT_PERSONA) {
    return values[DEFAULT_PERSONA] === undefined ? '' : String(values[DEFAULT_PERSONA]);
  }
  return list(
    journey.personas
      .filter((persona) => values[persona.id] !== undefined)
      .map((persona) => `${persona.name}: ${values[persona.id]}`),
  );
}

function customText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return list(value.filter((item): item is string => typeof item === 'string'));
  return '';
}

/**
 * The text of one cell, as plain data: the lane's items one per line, with their details in
 * brackets. Numbers are written as in the document (not localized), so a spreadsheet reads them.
 */
export function cellText(journey: NormalizedJourney, lane: NormalizedLane, step: NormalizedStep): string {
  switch (lane.kind) {
    case 'actions':
    case 'thoughts':
    case 'questions':
    case 'motivations':
    case 'barriers':
      return list(step[lane.kind] ?? []);
    case 'touchpoints':
      return list(
        (step.touchpoints ?? []).map((touchpoint) => {
          const channel = journey.channels.get(touchpoint.channel)?.label ?? touchpoint.channel;
          return touchpoint.text ? `${channel}: ${touchpoint.text}` : channel;
        }),
      );
    case 'emotion':
      return emotionText(journey, step);
    case 'painPoints':
      return list(
        (step.painPoints ?? []).map((pain) =>
          withDetails(pain.text, [pain.category, pain.severity === undefined ? undefined : `severity ${pain.severity}`]),
        ),
      );
    case 'opportunities':
      return list(
        (step.opportunities ?? []).map((idea) =>
          withDetails(idea.text, [
            idea.owner && `owner ${idea.owner}`,
            idea.impact && `impact ${idea.impact}`,
            idea.effort && `effort ${idea.effort}`,
            idea.status && `status ${idea.status}`,
          ]),
        ),
      );
    case 'backstage':
      return list(
        (step.backstage ?? []).map((item) => withDetails(item.actor ? `${item.actor}: ${item.text}` : item.text, [item.system])),
      );
    case 'metrics':
      return list(
        (step.metrics ?? []).map((value) => {
          const metric = journey.metrics.get(value.metric);
          const unit = metric?.unit ? ` ${metric.unit}` : '';
          return withDetails(`${metric?.label ?? value.metric}: ${value.value}${unit}`, [
            value.target === undefined ? undefined : `target ${value.target}`,
            value.previous === undefined ? undefined : `previous ${value.previous}`,
            historyText(value) && `history ${historyText(value)}`,
          ]);
        }),
      );
    case 'owner':
      return step.owner ?? '';
    case 'insights':
      return list(
        insightsOf(step.insights).map((insight) =>
          withDetails(`${insight.kind}: ${insight.text}`, [insight.source, insight.at, insight.n === undefined ? undefined : `n ${insight.n}`, insight.url]),
        ),
      );
    case 'text':
      return customText(lane.field === undefined ? undefined : step[lane.field]);
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
}

export interface CsvOptions {
  /**
   * Start with a UTF-8 byte order mark (default true), so Excel opens Cyrillic and Romanian text
   * correctly. Pass false for programs that read the text themselves.
   */
  bom?: boolean;
}

/**
 * Every cell of a map as CSV (RFC 4180, CRLF line ends): a header row, then one row per lane and
 * step, lanes in map order and steps in journey order. Every field is guarded against formula
 * injection and quoted where RFC 4180 needs it. The last column is the lane's key (`actions`,
 * `text:quotes`), so `journeyFromCSV` reads a lane back as its kind even when its title is the
 * team's own or in another language.
 */
export function journeyCSV(journey: NormalizedJourney, labels: CsvLabels, { bom = true }: CsvOptions = {}): string {
  const rows: string[][] = [[...labels.header, labels.keyHeader ?? 'key']];
  for (const lane of journey.lanes) {
    const name = labels.laneName(lane);
    for (const step of journey.steps) {
      const stage = journey.stages[step.stageIndex]?.title ?? '';
      rows.push([stage, step.title, name, cellText(journey, lane, step), lane.key]);
    }
  }
  for (const row of labels.extraRows ?? []) rows.push([...row]);
  const text = rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
  return bom ? UTF8_BOM + text : text;
}
