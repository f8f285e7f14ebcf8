/**
 * One CSV cell read back into step fields: the inverse of `cellText` in layout/export-csv.ts (items
 * one per line, details in a trailing "(a; b)" named in English, Russian or Romanian). What a line
 * cannot be read as is reported, never dropped silently.
 */
import { LOCALES } from '../i18n/locale.js';
import { insightStrings } from '../i18n/insight-strings.js';
import { laneStrings } from '../i18n/lane-strings.js';
import type { CsvDetail } from '../layout/export-csv.js';
import { OPPORTUNITY_STATUSES } from '../model/check-insights.js';
import { parseInstant } from '../model/dates.js';
import type { Insight, InsightKind, LaneKind, MetricMeasurement, MetricValue, Opportunity, OpportunityStatus, PainPoint, StepFields, Touchpoint } from '../model/types.js';
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

/** Every language's word for a thing (lower case), and the thing's own name, to what it names. */
function words<T extends string>(names: readonly T[], word: (locale: (typeof LOCALES)[number], name: T) => string): Map<string, T> {
  const found = new Map<string, T>();
  for (const name of names) {
    found.set(name.toLowerCase(), name);
    for (const locale of LOCALES) found.set(word(locale, name).toLowerCase(), name);
  }
  return found;
}

const DETAILS = words<CsvDetail>(
  ['severity', 'owner', 'impact', 'effort', 'status', 'target', 'previous', 'history', 'persona'],
  (locale, name) => laneStrings[locale][`csv.${name}`],
);
const LEVELS = ['low', 'medium', 'high'] as const;
const IMPACTS = words(LEVELS, (locale, level) => laneStrings[locale][`impact.${level}`]);
const EFFORTS = words(LEVELS, (locale, level) => laneStrings[locale][`effort.${level}`]);
const STATUSES = words(OPPORTUNITY_STATUSES, (locale, status) => insightStrings[locale][`status.${status}`]);
const CATEGORIES = words(['financial', 'process', 'support', 'performance'] as const, (locale, category) => laneStrings[locale][`pain.${category}`]);
const INSIGHT_KINDS = words<InsightKind>(['quote', 'observation', 'data'], (locale, kind) => insightStrings[locale][`insight.${kind}`]);

/** "severity 4", "критичность 4": a detail's word in any language and its value; undefined for other text. */
function named(part: string): [CsvDetail, string] | undefined {
  const space = part.indexOf(' ');
  const word = space > 0 ? DETAILS.get(part.slice(0, space).toLowerCase()) : undefined;
  return word && [word, part.slice(space + 1)];
}

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

/** "text (category; persona Name; severity 4)", each detail optional and in that order. */
function painPoint(line: string, registry: Registry): PainPoint {
  const { text, parts } = details(line);
  if (parts.length === 0) return { text: line };
  const pain: PainPoint = { text };
  let order = 0;
  for (const [index, part] of parts.entries()) {
    const [word, value = ''] = named(part) ?? [];
    const rank = word === 'severity' ? 3 : word === 'persona' ? 2 : index === 0 ? 1 : 0;
    // Out of order, repeated, or a severity that is no number: the brackets are part of the text.
    if (rank <= order || (word === 'severity' && !NUMBER.test(value))) return { text: line };
    order = rank;
    if (word === 'severity') pain.severity = Number(value);
    else if (word === 'persona') pain.persona = registry.persona(value);
    else pain.category = CATEGORIES.get(part.trim().toLowerCase()) ?? part;
  }
  return pain;
}

/** "text (owner Ana; impact high; effort low; status planned)", the levels and status in any language. */
function opportunity(line: string): Opportunity {
  const { text, parts } = details(line);
  if (parts.length === 0) return { text: line };
  const idea: Opportunity = { text };
  for (const part of parts) {
    const [word, value = ''] = named(part) ?? [];
    const level = value.toLowerCase();
    if (word === 'owner') idea.owner = value;
    else if (word === 'impact' && IMPACTS.has(level)) idea.impact = IMPACTS.get(level);
    else if (word === 'effort' && EFFORTS.has(level)) idea.effort = EFFORTS.get(level);
    // An unknown status is kept as written, for the validator to report.
    else if (word === 'status') idea.status = STATUSES.get(level) ?? (value as OpportunityStatus);
    else return { text: line };
  }
  return idea;
}

/** "Channel: text (owner Name)": a touchpoint, its owner named in any language. */
function touchpoint(line: string, registry: Registry): Touchpoint {
  const { text, parts } = details(line);
  const owner = parts.length === 1 ? named(parts[0]) : undefined;
  const body = owner?.[0] === 'owner' ? text : line;
  const pair = labelled(body);
  return {
    ...(pair ? { channel: registry.channel(pair[0]), text: pair[1] } : { channel: registry.channel(body) }),
    ...(owner?.[0] === 'owner' && { owner: owner[1] }),
  };
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
    const [word, detail = ''] = named(part) ?? [];
    const measurements = word === 'history' ? detail.split(', ').map(measurement) : undefined;
    if ((word === 'target' || word === 'previous') && NUMBER.test(detail)) value[word] = Number(detail);
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
  const kind = pair && INSIGHT_KINDS.get(pair[0].toLowerCase());
  if (!pair || !kind) return undefined;
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
      step.touchpoints = cellLines.map((line) => touchpoint(line, registry));
      return [];
    case 'emotion': {
      const value = emotion(cellLines, registry);
      if (value === undefined) return [{ text: cell.trim() }];
      step.emotion = value;
      return [];
    }
    case 'painPoints':
      step.painPoints = cellLines.map((line) => painPoint(line, registry));
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
