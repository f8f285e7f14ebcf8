/**
 * One CSV cell read back into step fields: the inverse of `cellText` in layout/export-csv.ts (items
 * one per line, details in a trailing "(a; b)"). What a line cannot be read as is reported, never
 * dropped silently.
 */
import { parseInstant } from '../model/dates.js';
import type { Insight, InsightKind, LaneKind, MetricMeasurement, MetricValue, Opportunity, PainPoint, StepFields } from '../model/types.js';
import { IdPool } from './ids.js';

/** Personas, channels and metrics met so far, by the name the file shows; ids made from the names. */
export class Registry {
  readonly personas = new Map<string, string>();
  readonly channels = new Map<string, string>();
  readonly metrics = new Map<string, { id: string; unit?: string }>();
  private readonly personaIds = new IdPool();
  private readonly channelIds = new IdPool();
  private readonly metricIds = new IdPool();

  persona(name: string): string {
    if (!this.personas.has(name)) this.personas.set(name, this.personaIds.take(name, 'persona'));
    return this.personas.get(name)!;
  }

  channel(label: string): string {
    if (!this.channels.has(label)) this.channels.set(label, this.channelIds.take(label, 'channel'));
    return this.channels.get(label)!;
  }

  metric(label: string, unit: string | undefined): string {
    if (!this.metrics.has(label)) this.metrics.set(label, { id: this.metricIds.take(label, 'metric'), unit });
    return this.metrics.get(label)!.id;
  }
}

const NUMBER = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;
const LEVEL = /^(low|medium|high)$/;

const lines = (cell: string) =>
  cell
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** "text (a; b)" → text and its details (which may hold brackets of their own); none without a trailing bracket. */
function details(line: string): { text: string; parts: string[] } {
  if (!line.endsWith(')')) return { text: line, parts: [] };
  let depth = 0;
  for (let i = line.length - 1; i > 0; i--) {
    if (line[i] === ')') depth++;
    else if (line[i] === '(' && --depth === 0) {
      return line[i - 1] === ' ' ? { text: line.slice(0, i - 1), parts: line.slice(i + 1, -1).split('; ') } : { text: line, parts: [] };
    }
  }
  return { text: line, parts: [] };
}

/** "head: rest" split at the first ": ", or undefined when there is none. */
function labelled(line: string): [string, string] | undefined {
  const colon = line.indexOf(': ');
  return colon > 0 ? [line.slice(0, colon), line.slice(colon + 2)] : undefined;
}

function painPoint(line: string): PainPoint {
  const { text, parts } = details(line);
  const severity = /^severity (\S+)$/.exec(parts[parts.length - 1] ?? '');
  const category = severity ? parts.slice(0, -1) : parts;
  if (parts.length === 0 || parts.length > 2 || category.length > 1 || (severity && !NUMBER.test(severity[1])))
    return { text: line };
  const pain: PainPoint = { text };
  if (category.length) pain.category = category[0];
  if (severity) pain.severity = Number(severity[1]);
  return pain;
}

function opportunity(line: string): Opportunity {
  const { text, parts } = details(line);
  const fields: Record<string, string> = {};
  for (const part of parts) {
    const match = /^(owner|impact|effort|status) (.+)$/.exec(part);
    if (!match || (match[1] !== 'owner' && match[1] !== 'status' && !LEVEL.test(match[2]))) return { text: line };
    fields[match[1]] = match[2];
  }
  return parts.length ? { text, ...fields } : { text: line };
}

/** What a cell line could not give: the whole line, or (`metric` set) one detail of a metric that was read. */
export interface Unread {
  text: string;
  /** The metric's label when `text` is one of its details (`target abc`). */
  metric?: string;
}

/** A metric line and the details it could not read (each is reported; the metric keeps the rest). */
function metric(line: string, registry: Registry): { value: MetricValue; unread: Unread[] } | undefined {
  const { text, parts } = details(line);
  const match = /^(.+): (-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)(?: (\S.*))?$/i.exec(text);
  if (!match) return undefined;
  const value: MetricValue = { metric: registry.metric(match[1], match[3]), value: Number(match[2]) };
  const unread: Unread[] = [];
  for (const part of parts) {
    const detail = /^(target|previous) (\S+)$/.exec(part);
    const history = /^history (.+)$/.exec(part);
    const measurements = history?.[1].split(', ').map(measurement);
    if (detail && NUMBER.test(detail[2])) value[detail[1] as 'target' | 'previous'] = Number(detail[2]);
    else if (measurements?.every((entry) => entry !== undefined)) value.history = measurements as MetricMeasurement[];
    else unread.push({ text: part, metric: match[1] });
  }
  return { value, unread };
}

/** "2025-10-01 3.4": one measurement of a metric's history (historyText in layout/metric-history.ts). */
function measurement(text: string): MetricMeasurement | undefined {
  const [at, number, ...rest] = text.split(' ');
  return rest.length === 0 && parseInstant(at) !== undefined && NUMBER.test(number ?? '') ? { at, value: Number(number) } : undefined;
}

const INSIGHT_KINDS = new Set<string>(['quote', 'observation', 'data']);
/** An insight's details in the order the export writes them. */
const INSIGHT_DETAILS = ['source', 'at', 'n', 'url'] as const;

/** One detail of an insight: a link, "n 12", a date, or else its source. */
function insightDetail(part: string): [(typeof INSIGHT_DETAILS)[number], string | number] {
  const n = /^n (\S+)$/.exec(part);
  if (/^https?:\/\/\S+$/i.test(part)) return ['url', part];
  if (n && NUMBER.test(n[1])) return ['n', Number(n[1])];
  if (parseInstant(part) !== undefined) return ['at', part];
  return ['source', part];
}

/**
 * "quote: text (source; at; n 12; url)", the details in that order and each optional: a date is
 * `at`, "n 12" is `n`, an http(s) link is `url`, and the text before them is `source`. Details that
 * do not fit stay in the text; a line without a kind is not an insight.
 */
function insight(line: string): Insight | undefined {
  const pair = labelled(line);
  if (!pair || !INSIGHT_KINDS.has(pair[0])) return undefined;
  const kind = pair[0] as InsightKind;
  const { text, parts } = details(pair[1]);
  const read: Insight = { kind, text };
  let order = 0;
  for (const part of parts) {
    const [field, value] = insightDetail(part);
    const rank = INSIGHT_DETAILS.indexOf(field);
    // Out of order or repeated: not the export's details, so the brackets are part of the text.
    if (rank < order) return { kind, text: pair[1] };
    order = rank + 1;
    (read as Record<string, unknown>)[field] = value;
  }
  return read;
}

/** Emotion: one number for the step, or "Persona: number" lines; undefined when a line is neither. */
function emotion(cellLines: string[], registry: Registry): StepFields['emotion'] | undefined {
  if (cellLines.length === 1 && NUMBER.test(cellLines[0])) return Number(cellLines[0]);
  const values: Record<string, number> = {};
  for (const line of cellLines) {
    const pair = /^(.+):\s*(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/i.exec(line);
    if (!pair) return undefined;
    values[registry.persona(pair[1].trim())] = Number(pair[2]);
  }
  return values;
}

const unreadLines = (cellLines: string[], read: unknown[]): Unread[] =>
  cellLines.filter((_, index) => read[index] === undefined).map((text) => ({ text }));

/** Reads `cell` of a `kind` lane into `step`; returns what it could not read. */
export function readCell(step: StepFields, kind: LaneKind, field: string | undefined, cell: string, registry: Registry): Unread[] {
  const cellLines = lines(cell);
  if (cellLines.length === 0) return [];
  switch (kind) {
    case 'actions':
    case 'thoughts':
    case 'questions':
    case 'motivations':
    case 'barriers':
      step[kind] = cellLines;
      return [];
    case 'touchpoints':
      step.touchpoints = cellLines.map((line) => {
        const pair = labelled(line);
        return pair ? { channel: registry.channel(pair[0]), text: pair[1] } : { channel: registry.channel(line) };
      });
      return [];
    case 'emotion': {
      const value = emotion(cellLines, registry);
      if (value === undefined) return [{ text: cell.trim() }];
      step.emotion = value;
      return [];
    }
    case 'painPoints':
      step.painPoints = cellLines.map(painPoint);
      return [];
    case 'opportunities':
      step.opportunities = cellLines.map(opportunity);
      return [];
    case 'backstage':
      step.backstage = cellLines.map((line) => {
        const { text, parts } = details(line);
        const body = parts.length === 1 ? text : line;
        const pair = labelled(body);
        return { ...(pair ? { actor: pair[0], text: pair[1] } : { text: body }), ...(parts.length === 1 && { system: parts[0] }) };
      });
      return [];
    case 'metrics': {
      const values = cellLines.map((line) => metric(line, registry));
      const read = values.filter((value) => value !== undefined);
      if (read.length) step.metrics = read.map((entry) => entry.value);
      // In the cell's order: a line that is no metric, or the details of one that is.
      return values.flatMap((entry, index) => (entry ? entry.unread : [{ text: cellLines[index] }]));
    }
    case 'owner':
      step.owner = cellLines.join(' ');
      return [];
    case 'insights': {
      const values = cellLines.map(insight);
      const read = values.filter((value): value is Insight => value !== undefined);
      if (read.length) step.insights = read;
      return unreadLines(cellLines, values);
    }
    default:
      if (field !== undefined) step[field] = cellLines.length === 1 ? cellLines[0] : cellLines;
      return [];
  }
}
