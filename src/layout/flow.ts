/**
 * Layout of the journey as a flow: one node per step in its column (the map's columns, so the flow
 * lines up with the grid), stages as bands behind them, transitions as links whose width is the
 * share or count, loops (to an earlier column) as arcs above the nodes, forward skips as arcs below
 * them, exits as drop-offs to the bottom edge, and the main path marked. Pure: numbers and path
 * strings only, no DOM.
 *
 * Plain d3 rather than d3-sankey: d3-sankey rejects cycles ("circular link"), and a journey with
 * loops is exactly what this draws; its node placement would also move steps off their map columns.
 * Every link here is placed from its two columns alone, so cycles cost nothing and cannot hang.
 */
import { max as maxOf, maxIndex } from 'd3-array';
import type { NormalizedJourney } from '../model/types.js';
import type { FlowSource, TransitionTable } from '../model/transitions.js';
import { arrowSize, FIGURE_BELOW, placeFigures } from './flow-figures.js';
import { linearScale } from './linear-scale.js';
import type { ColumnBox, ColumnLayout, StageBox } from './types.js';

export type FlowLinkKind = 'forward' | 'skip' | 'loop';
/** What link widths measure: counts of customers, shares of a step, or nothing (equal widths). */
export type FlowMeasure = 'count' | 'share' | 'none';

export interface FlowNode {
  step: number;
  /** Centre of the node. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FlowLink {
  /** Index of the row in `table.transitions`. */
  row: number;
  from: number;
  to: number;
  kind: FlowLinkKind;
  /** Stroke width in px. */
  width: number;
  /** SVG path from the source node to the target node. */
  path: string;
  /** A filled arrowhead halfway along the link (at the apex of an arc), pointing the way customers go. */
  arrow: string;
  /** On the main path: the heaviest way forward from the first step. */
  main: boolean;
  /** Where the figure label sits. */
  labelX: number;
  labelY: number;
}

export interface FlowDrop {
  /** Index of the row in `table.exits`. */
  row: number;
  step: number;
  width: number;
  /** From the node's bottom down to where the arrowhead starts. */
  path: string;
  /** A filled arrowhead pointing down at the end of the drop-off. */
  arrow: string;
  labelX: number;
  labelY: number;
}

export interface FlowLayout {
  width: number;
  height: number;
  /** y of the line the nodes sit on. */
  baseline: number;
  measure: FlowMeasure;
  source: FlowSource;
  nodes: FlowNode[];
  links: FlowLink[];
  exits: FlowDrop[];
  bands: StageBox[];
}

export interface FlowLayoutOptions {
  /** Node height (px). */
  nodeHeight?: number;
  /** Widest link (px); the thinnest is `minLinkWidth`. */
  maxLinkWidth?: number;
  minLinkWidth?: number;
  /** Vertical distance between two nested arcs (px). */
  arcGap?: number;
  /** Length of a drop-off below the lowest arc (px). */
  exitLength?: number;
}

export const FLOW_DEFAULTS = {
  nodeHeight: 36,
  maxLinkWidth: 24,
  minLinkWidth: 2,
  arcGap: 18,
  exitLength: 40,
} as const;

/** Room kept above and below the drawing for labels (px). */
const MARGIN = 20;
/**
 * Most levels of nested arcs on one side of the nodes. Arcs that would nest deeper share the top
 * level: they run together as one bundle, each with its own ends, arrowhead and figure, so 300
 * loops back to one step stay a drawing of bounded height rather than a 5 000 px stack.
 */
export const MAX_ARC_LEVELS = 6;
/** Width of a link of a plain table (no figures). */
const PLAIN_WIDTH = 4;

/** What a row's width stands for: counts when every row with figures has one, else shares. */
function measureOf(table: TransitionTable): FlowMeasure {
  const rows = [...table.transitions, ...table.exits];
  const numbered = rows.filter((row) => typeof row.count === 'number' || typeof row.share === 'number');
  if (numbered.length === 0) return 'none';
  return numbered.every((row) => typeof row.count === 'number') ? 'count' : 'share';
}

/**
 * The share a row without one is drawn with, when other ways out of its step have shares: what the
 * written shares leave (1 − their sum, at least 0), split evenly among the step's unwritten ways. So
 * "call 30 %, exit 15 %, address (no share)" draws address at 55 % — the main path — instead of the
 * thinnest line. Only widths and the main path use it; no figure is printed for it.
 */
function impliedShares(table: TransitionTable): Map<object, number> {
  const byStep = new Map<number, { written: number; open: object[] }>();
  const add = (step: number, row: { share?: number; count?: number }) => {
    const entry = byStep.get(step) ?? { written: 0, open: [] };
    if (typeof row.share === 'number') entry.written += row.share;
    else if (typeof row.count !== 'number') entry.open.push(row);
    byStep.set(step, entry);
  };
  for (const row of table.transitions) if (row.from !== row.to) add(row.from, row);
  for (const row of table.exits) add(row.step, row);
  const implied = new Map<object, number>();
  for (const { written, open } of byStep.values()) {
    if (written <= 0 || open.length === 0) continue;
    const share = Math.max(0, 1 - written) / open.length;
    for (const row of open) implied.set(row, share);
  }
  return implied;
}

/**
 * Levels for arcs so that an arc never crosses one nested inside it: shorter spans get lower levels,
 * and an arc sits one level above every arc it overlaps that was placed before it, up to
 * `MAX_ARC_LEVELS` (deeper ones share that level).
 */
function arcLevels(spans: Array<{ start: number; end: number }>): number[] {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a].end - spans[a].start - (spans[b].end - spans[b].start) || spans[a].start - spans[b].start);
  const levels = new Array<number>(spans.length).fill(0);
  // Two spans of step indices overlap when they share a gap between two neighbouring steps (gap g lies
  // between steps g and g + 1): per gap, the highest level placed over it so far.
  const highest: number[] = [];
  for (const i of order) {
    const { start, end } = spans[i];
    let level = 1;
    for (let gap = start; gap < end; gap++) level = Math.max(level, (highest[gap] ?? 0) + 1);
    levels[i] = Math.min(level, MAX_ARC_LEVELS);
    for (let gap = start; gap < end; gap++) highest[gap] = Math.max(highest[gap] ?? 0, levels[i]);
  }
  return levels;
}

/** The heaviest forward way from the first step: at each node the widest forward link not yet visited. */
function mainPath(stepCount: number, links: FlowLink[], start: number): Set<FlowLink> {
  const main = new Set<FlowLink>();
  const visited = new Uint8Array(stepCount);
  // Ways forward by the step they leave, so each step looks at its own links only (900 links, 300 steps).
  const forward: FlowLink[][] = Array.from({ length: stepCount }, () => []);
  for (const link of links) if (link.kind !== 'loop' && link.from < stepCount) forward[link.from].push(link);
  let at = start;
  while (at >= 0 && at < stepCount && !visited[at]) {
    visited[at] = 1;
    let best: FlowLink | undefined;
    for (const link of forward[at]) {
      if (visited[link.to]) continue;
      if (!best || link.width > best.width || (link.width === best.width && link.to < best.to)) best = link;
    }
    if (!best) break;
    main.add(best);
    at = best.to;
  }
  return main;
}

const round = (value: number): number => Math.round(value * 100) / 100;


/** An arrowhead centred on (x, y) pointing along x in `direction` (+1 right, −1 left). */
function sideArrow(x: number, y: number, direction: number, width: number): string {
  const { half, length } = arrowSize(width);
  const tip = round(x + (direction * length) / 2);
  const base = round(x - (direction * length) / 2);
  return `M${tip},${y}L${base},${round(y - half)}V${round(y + half)}Z`;
}

/**
 * Lays the flow out over `columns` (one per step, as `computeColumns` makes them; in a right-to-left
 * map pass them mirrored). `stages` become the bands.
 */
export function layoutFlow(
  journey: NormalizedJourney,
  table: TransitionTable,
  columns: readonly ColumnBox[],
  stages: readonly StageBox[],
  options: FlowLayoutOptions = {},
): FlowLayout {
  const o = { ...FLOW_DEFAULTS, ...options };
  const measure = measureOf(table);
  const implied = measure === 'share' ? impliedShares(table) : undefined;
  const valueOf = (row: { count?: number; share?: number }): number | undefined =>
    measure === 'count' ? row.count : measure === 'share' ? row.share ?? implied?.get(row) : undefined;
  const values = [...table.transitions, ...table.exits].map(valueOf).filter((v): v is number => v !== undefined);
  const max = maxOf(values) ?? 0;
  const scale = linearScale([0, max || 1], [o.minLinkWidth, o.maxLinkWidth]);
  const widthOf = (row: { count?: number; share?: number }): number => {
    if (measure === 'none') return PLAIN_WIDTH;
    const value = valueOf(row);
    return round(value === undefined ? o.minLinkWidth : scale(value));
  };

  const stepCount = journey.steps.length;
  // At least 40 px between two nodes, for the arrowhead and the figure of the link between them.
  const nodeWidth = (column: ColumnBox): number => Math.max(8, Math.min(column.width - 40, 160));
  const rows = table.transitions
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => row.from !== row.to && columns[row.from] && columns[row.to]);
  const kindOf = (from: number, to: number): FlowLinkKind => (to < from ? 'loop' : to === from + 1 ? 'forward' : 'skip');
  const spanOf = (from: number, to: number) => ({ start: Math.min(from, to), end: Math.max(from, to) });
  const loops = rows.filter(({ row }) => kindOf(row.from, row.to) === 'loop');
  const skips = rows.filter(({ row }) => kindOf(row.from, row.to) === 'skip');
  const loopLevels = arcLevels(loops.map(({ row }) => spanOf(row.from, row.to)));
  const skipLevels = arcLevels(skips.map(({ row }) => spanOf(row.from, row.to)));
  const levelOf = new Map<number, number>();
  loops.forEach(({ index }, i) => levelOf.set(index, loopLevels[i]));
  skips.forEach(({ index }, i) => levelOf.set(index, skipLevels[i]));
  const topLevels = maxOf(loopLevels) ?? 0;
  const bottomLevels = maxOf(skipLevels) ?? 0;

  const half = o.nodeHeight / 2;
  const baseline = MARGIN + topLevels * o.arcGap + o.maxLinkWidth / 2 + half;
  const skipFloor = baseline + half + bottomLevels * o.arcGap;
  // Room for drop-offs only when there is one to draw.
  const hasExits = table.exits.some((row) => row.step < stepCount && columns[row.step] !== undefined);
  const exitY = skipFloor + (hasExits ? o.exitLength : 0);

  const nodes: FlowNode[] = columns.slice(0, stepCount).map((column) => ({
    step: column.index,
    x: column.center,
    y: baseline,
    width: nodeWidth(column),
    height: o.nodeHeight,
  }));
  // +1 in reading order: the direction from a column to the next one (−1 in a mirrored layout).
  const direction = columns.length > 1 && columns[1].center < columns[0].center ? -1 : 1;

  const links: FlowLink[] = rows.map(({ row, index }) => {
    const kind = kindOf(row.from, row.to);
    const a = nodes[row.from];
    const b = nodes[row.to];
    const width = widthOf(row);
    if (kind === 'forward') {
      const x1 = round(a.x + (direction * a.width) / 2);
      const x2 = round(b.x - (direction * b.width) / 2);
      const middle = round((x1 + x2) / 2);
      const arrow = sideArrow(middle, baseline, direction, width);
      return { row: index, from: row.from, to: row.to, kind, width, main: false, path: `M${x1},${baseline}H${x2}`, arrow, labelX: middle, labelY: baseline };
    }
    const level = levelOf.get(index)!;
    const up = kind === 'loop';
    const edge = up ? baseline - half : baseline + half;
    const apex = up ? edge - level * o.arcGap : edge + level * o.arcGap;
    // Arcs leave the node a quarter in from its centre on the side of travel, so an arc in and an arc out do not meet.
    const x1 = round(a.x + Math.sign(b.x - a.x) * (a.width / 4));
    const x2 = round(b.x - Math.sign(b.x - a.x) * (b.width / 4));
    // A cubic through control points at 4/3 of the apex height peaks exactly at the apex.
    const control = round(edge + ((apex - edge) * 4) / 3);
    const path = `M${x1},${edge}C${x1},${control} ${x2},${control} ${x2},${edge}`;
    const middle = round((x1 + x2) / 2);
    const arrow = sideArrow(middle, apex, Math.sign(x2 - x1), width);
    return { row: index, from: row.from, to: row.to, kind, width, main: false, path, arrow, labelX: middle, labelY: apex };
  });
  // Counted flows start where most customers did; others at the first step.
  const start = stepCount === 0 ? -1 : table.entries ? Math.max(0, maxIndex(table.entries)) : 0;
  const main = mainPath(stepCount, links, start);
  for (const link of links) link.main = main.has(link);

  const exits: FlowDrop[] = [];
  table.exits.forEach((row, index) => {
    const node = nodes[row.step];
    if (!node) return;
    const x = round(node.x + (direction * node.width) / 4);
    const top = baseline + half;
    const width = widthOf(row);
    const { half: arrowHalf, length } = arrowSize(width);
    const end = exitY - length;
    const arrow = `M${round(x - arrowHalf)},${end}H${round(x + arrowHalf)}L${x},${exitY}Z`;
    exits.push({ row: index, step: row.step, width, path: `M${x},${top}V${end}`, arrow, labelX: x, labelY: round(exitY + 14) });
  });

  placeFigures(links, rows, nodes, exits, baseline, half, measure);
  const width = maxOf(columns.slice(0, stepCount), (column) => column.x + column.width) ?? 0;
  // Below the lowest thing drawn: the drop-offs' labels, else the figures under the nodes and skip arcs, else the nodes.
  const skipLabels = maxOf(links, (link) => (link.labelY > baseline ? link.labelY + FIGURE_BELOW + 3 : undefined)) ?? 0;
  const height = round(Math.max(exitY + MARGIN, skipLabels));
  return { width, height, baseline, measure, source: table.source, nodes, links, exits, bands: [...stages] };
}

/** The columns and stages of `layout` mirrored for a right-to-left flow: the first step on the right. */
export function mirrorColumns(layout: ColumnLayout): { columns: ColumnBox[]; stages: StageBox[] } {
  const end = layout.contentWidth;
  return {
    columns: layout.columns.map((column) => ({ ...column, x: end - column.x - column.width, center: end - column.center })),
    stages: layout.stages.map((stage) => ({ ...stage, x: end - stage.x - stage.width })),
  };
}
