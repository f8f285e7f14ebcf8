/**
 * The flow as a picture, as plain data (no DOM): the same layout `<journey-flow>` draws on screen
 * (`layoutFlow`), at the export's column width, in concrete colours. `drawFlow` draws a laid-out flow
 * into any scene; `buildFlowScene` makes the standalone picture (title, stage titles, the flow, the
 * line saying where the numbers come from). Written as SVG by `sceneSVG` (svg.ts), like the map.
 */
import { computeColumns } from '../layout/columns.js';
import { figureLabel, sourceLine, type FlowWords } from '../layout/flow-text.js';
import { layoutFlow, mirrorColumns, type FlowLayout } from '../layout/flow.js';
import { flowString } from '../i18n/flow-strings.js';
import { transitionTable, type TransitionTable } from '../model/transitions.js';
import type { NormalizedJourney } from '../model/types.js';
import type { ColumnLayout } from '../layout/types.js';
import { LIGHT_PALETTE, type ExportPalette } from './palette.js';
import type { MapScene } from './scene.js';
import { add, EXPORT, lineHeightOf, measureText, pictureHead, textBlock, wrapped, xmlText, type SceneNode } from './scene-node.js';
import { clampLines } from '../layout/text-wrap.js';

/** Node titles and figures: the small print of the export. */
const SMALL = EXPORT.smallSize;
/** The height of the row of stage titles over the bands. */
const STAGE_ROW = 28;

export interface FlowSceneOptions {
  words: FlowWords;
  /** Concrete colours; the light theme's by default. */
  palette?: ExportPalette;
  /** Mirror the picture for a right-to-left page: the first step on the right. */
  rtl?: boolean;
  /** The reference date and stall rule of counted flows (`transitionTable`). */
  asOf?: string;
  stallAfterDays?: number;
}

/** At most two lines of `text` in a box `width` wide, the second ending in an ellipsis when cut. */
function twoLines(text: string, width: number, bold: boolean): string[] {
  return clampLines(xmlText(text), width - 2 * EXPORT.padding, (line) => measureText(line, SMALL, bold)).lines;
}

/** Colour of a link: the main path in the accent, loops in the second series colour, the rest muted. */
function linkColour(link: FlowLayout['links'][number], palette: ExportPalette): string {
  if (link.main) return palette.accent;
  return link.kind === 'loop' ? palette.series[1 % palette.series.length] : palette.muted;
}

/**
 * Draws a laid-out flow into `parent` in the layout's own coordinates (wrap `parent` in a translated
 * group to place it): bands, links with their arrowheads, drop-offs, nodes with their titles, figures.
 */
export function drawFlow(parent: SceneNode, journey: NormalizedJourney, table: TransitionTable, flow: FlowLayout, words: FlowWords, palette: ExportPalette): void {
  const bands = add(parent, 'g', { class: 'bands' });
  for (const band of flow.bands) {
    add(bands, 'rect', { x: band.x, y: 0, width: band.width, height: flow.height, fill: band.index % 2 ? palette.stage : palette.surface });
  }
  const links = add(parent, 'g', { class: 'links', fill: 'none' });
  for (const link of flow.links) {
    const colour = linkColour(link, palette);
    const planned = table.transitions[link.row]?.planned ?? true;
    const item = add(links, 'g', { class: `link link--${link.kind}${link.main ? ' link--main' : ''}` });
    // Translucent as on screen, so the opaque arrowhead in the same colour shows on the stroke.
    const stroke: Record<string, string | number> = { d: link.path, stroke: colour, 'stroke-width': link.width, 'stroke-opacity': link.main ? 0.8 : 0.55 };
    if (!planned) stroke['stroke-dasharray'] = '6 4';
    add(item, 'path', stroke);
    add(item, 'path', { d: link.arrow, fill: colour });
  }
  for (const drop of flow.exits) {
    const item = add(links, 'g', { class: 'exit' });
    add(item, 'path', { d: drop.path, stroke: palette.bad, 'stroke-width': drop.width });
    add(item, 'path', { d: drop.arrow, fill: palette.bad });
  }
  const nodes = add(parent, 'g', { class: 'nodes' });
  for (const node of flow.nodes) {
    const x = node.x - node.width / 2;
    const y = node.y - node.height / 2;
    add(nodes, 'rect', { x, y, width: node.width, height: node.height, rx: 6, fill: palette.step, stroke: palette.border });
    const lines = twoLines(journey.steps[node.step]?.title ?? '', node.width, true);
    const lineHeight = lineHeightOf(SMALL);
    const first = node.y - ((lines.length - 1) * lineHeight) / 2 + SMALL * 0.35;
    const title = add(nodes, 'text', { class: 'node', x: node.x, y: first, 'text-anchor': 'middle', 'font-size': SMALL, 'font-weight': 600 });
    lines.forEach((line, i) => add(title, 'tspan', { x: node.x, dy: i === 0 ? 0 : lineHeight }, line));
  }
  const figures = add(parent, 'g', { class: 'figures', 'font-size': SMALL, 'text-anchor': 'middle' });
  for (const link of flow.links) {
    const label = figureLabel(table.transitions[link.row] ?? {}, words.intlLocale);
    if (!label) continue;
    const attributes: Record<string, string | number> = { class: 'figure', x: link.labelX, y: link.labelY };
    if (link.main) attributes['font-weight'] = 700;
    add(figures, 'text', attributes, label);
  }
  const columnWidth = flow.nodes.length ? flow.width / flow.nodes.length : EXPORT.columnWidth;
  for (const drop of flow.exits) {
    const row = table.exits[drop.row];
    const figure = figureLabel(row ?? {}, words.intlLocale);
    const name = row?.label ?? (figure ? '' : flowString(words, 'flow.legend.exit'));
    const label = add(figures, 'text', { class: 'exit-label', x: drop.labelX, y: drop.labelY, fill: palette.bad });
    if (figure) add(label, 'tspan', { 'font-weight': 700 }, figure);
    if (name) add(label, 'tspan', figure ? { dx: 4 } : {}, wrapped(name, columnWidth, SMALL)[0] ?? '');
  }
}

/** The flow alone as a picture, at the export's column width, mirrored for a right-to-left page. */
export function buildFlowScene(journey: NormalizedJourney, options: FlowSceneOptions): MapScene {
  const palette = options.palette ?? LIGHT_PALETTE;
  const grid = computeColumns(journey, 0, { headerWidth: 0, minColumnWidth: EXPORT.columnWidth });
  const boxes = options.rtl ? mirrorColumns(grid) : grid;
  const table = transitionTable(journey, { asOf: options.asOf ?? journey.source.asOf, stallAfterDays: options.stallAfterDays });
  const flow = layoutFlow(journey, table, boxes.columns, boxes.stages);
  const width = Math.max(flow.width, EXPORT.columnWidth);

  const head = pictureHead('flow', journey.title, width, palette.surface);
  const { root, background } = head;
  let top = head.top;

  const stages = add(root, 'g', { class: 'stages' });
  for (const band of flow.bands) {
    if (band.width === 0) continue;
    add(stages, 'rect', { x: band.x, y: top, width: band.width, height: STAGE_ROW, fill: palette.stage, stroke: palette.border });
    const title = wrapped(journey.stages[band.index]?.title ?? '', band.width, EXPORT.fontSize, true)[0] ?? '';
    add(stages, 'text', { class: 'stage', x: band.x + band.width / 2, y: top + 18, 'text-anchor': 'middle', 'font-weight': 700 }, title);
  }
  top += STAGE_ROW;

  const drawing = add(root, 'g', { class: 'drawing', transform: `translate(0 ${top})` });
  drawFlow(drawing, journey, table, flow, options.words, palette);
  top += flow.height;

  const source = sourceLine(journey, table, options.words);
  top += textBlock(root, source, 0, top, width, { class: 'source', fill: palette.muted }) * EXPORT.lineHeight + 2 * EXPORT.padding;
  background.attributes.height = top;
  return { width, height: top, title: journey.title, root };
}

/** The flow lane of the map's export: the flow over the export's own columns, and its height. */
export interface FlowLanePicture {
  height: number;
  /** Where the numbers come from, for the row header. */
  source: string;
  /** Draws the flow with its first column at `x` and its top at `top`. */
  draw(parent: SceneNode, x: number, top: number): void;
}

/**
 * The map export's `flow` lane, from the same layout as the screen's (`layoutFlow` over the map's
 * columns, mirrored for a right-to-left map), so the picture shows what the lane shows.
 */
export function flowLanePicture(journey: NormalizedJourney, layout: ColumnLayout, options: FlowSceneOptions): FlowLanePicture {
  const palette = options.palette ?? LIGHT_PALETTE;
  const boxes = options.rtl ? mirrorColumns(layout) : layout;
  const table = transitionTable(journey, { asOf: options.asOf ?? journey.source.asOf, stallAfterDays: options.stallAfterDays });
  const flow = layoutFlow(journey, table, boxes.columns, boxes.stages);
  return {
    height: flow.height,
    source: sourceLine(journey, table, options.words),
    draw(parent, x, top) {
      const group = add(parent, 'g', { class: 'flow', transform: `translate(${x} ${top})` });
      drawFlow(group, journey, table, flow, options.words, palette);
    },
  };
}
