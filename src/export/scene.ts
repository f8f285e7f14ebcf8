import type { StringOverrides } from '../i18n/locale.js';
import { mapString } from '../i18n/map-strings.js';
import { computeColumns } from '../layout/columns.js';
import { colorSlot } from '../layout/curve-model.js';
import { dimmedRuns } from '../layout/filter.js';
import type { NormalizedJourney, NormalizedLane, NormalizedStep } from '../model/types.js';
import type { CellContext } from '../views/context.js';
import type { CustomerEventView, CustomerLineView } from '../views/customers.js';
import { cellBlocks, customerEventBlock, type Block } from './cell-blocks.js';
import { flowLanePicture } from './flow-scene.js';
import { drawGhostColumns, drawGhostStages, type GhostWords } from './ghosts.js';
import type { GhostColumn } from '../layout/ghost-columns.js';
import { drawEmotionPlot, drawLegend, emotionLaneHeight, exportPlot, type EmotionFrame } from './emotion.js';
import { LIGHT_PALETTE, type ExportPalette } from './palette.js';
import { add, EXPORT, lineHeightOf, pictureHead, rowHeight, textBlock, wrapped, type SceneNode } from './scene-node.js';

const EVIDENCE = ['research', 'data', 'assumption'] as const;

/** A line under a step's title, such as a change against the compared document. */
export interface StepNote {
  text: string;
  tone?: 'good' | 'bad' | 'accent';
}

export interface SceneOptions {
  /** The map's journey, language, number format, string overrides and persona filter. */
  ctx: Omit<CellContext, 'previous'>;
  /** The label of a lane's row header (the map passes its localized lane title). */
  laneName: (lane: NormalizedLane) => string;
  /** A line under the title, e.g. the localized state and goal. */
  subtitle?: string;
  /** Concrete colours; the light theme's by default. */
  palette?: ExportPalette;
  /** The legend name of a series that belongs to no persona (the map passes its localized "Emotion"). */
  defaultSeriesName?: string;
  /** Mirror the picture for a right-to-left map: row headers on the right, the first step next to them. */
  rtl?: boolean;
  /** The document the map is compared with: its emotion drawn dashed. */
  compare?: NormalizedJourney;
  /** Lines under each step's title (the map's comparison). */
  stepNotes?: (step: NormalizedStep) => StepNote[];
  /** The compared document's removed columns, drawn as narrow ghost columns in their places (export/ghosts.ts). */
  removed?: { ghosts: readonly GhostColumn[]; words: GhostWords };
  /** Step ids outside the map's filter: shaded as on screen, their titles muted. */
  dimmed?: ReadonlySet<string>;
  /** The filter in words, stated under the subtitle (layout/filter-text.ts). */
  filterNote?: string;
  /** The opened customer (the map's `customer`): their line under the title, their lane, their trace. */
  customer?: SceneCustomer;
  /** The map's `stall-after`: days after which a counted customer's last step is a drop-off (the flow lane). */
  stallAfterDays?: number;
  /** The step header's badge of customers there now ("3 now, 1 stalled"), as on screen. */
  stepBadge?: (step: NormalizedStep) => string | undefined;
}

/** What the export shows of one opened customer, in the map's words (views/customers.ts). */
export interface SceneCustomer {
  id: string;
  /** The lane's row header word ("Customer"). */
  title: string;
  line: CustomerLineView;
  byStep: CustomerEventView[][];
  /** Events on steps the map does not have: the heading and each with its step id. */
  offMap?: { title: string; events: Array<{ step: string; view: CustomerEventView }> };
}

export interface MapScene {
  width: number;
  height: number;
  title: string;
  root: SceneNode;
}

const BLOCK_INDENT = 6;
/** Least height of the step row when it has ghost columns, whose words are written sideways. */
const GHOST_HEADER_HEIGHT = 120;
const runSize = (size?: number) => size ?? EXPORT.fontSize;

function blockHeight(block: Block, width: number): number {
  return block.runs.reduce(
    (sum, run) => sum + wrapped(run.text, width - BLOCK_INDENT, runSize(run.size), (run.weight ?? 400) >= 600).length * lineHeightOf(runSize(run.size)),
    0,
  );
}

function blocksHeight(blocks: Block[], width: number): number {
  if (!blocks.length) return 0;
  return blocks.reduce((sum, block) => sum + blockHeight(block, width), 0) + (blocks.length - 1) * EXPORT.itemGap + 2 * EXPORT.padding;
}

/** A cell's items stacked from its top, each with its colour bar at the inline start. */
function drawBlocks(parent: SceneNode, blocks: Block[], x: number, top: number, width: number, rtl: boolean, stepId: string): void {
  let y = top + EXPORT.padding;
  for (const block of blocks) {
    const height = blockHeight(block, width);
    const item = add(parent, 'g', { class: 'item', 'data-step': stepId });
    if (block.bar) add(item, 'rect', { x: rtl ? x + width - 7 : x + 4, y: y - 2, width: 3, height: height + 2, fill: block.bar });
    let cursor = y;
    for (const run of block.runs) {
      const size = runSize(run.size);
      const attributes: Record<string, string | number> = {};
      if (run.class) attributes.class = run.class;
      if (run.fill) attributes.fill = run.fill;
      if (run.weight) attributes['font-weight'] = run.weight;
      const lines = textBlock(item, run.text, rtl ? x : x + BLOCK_INDENT, cursor - EXPORT.padding - size + size * 0.9, width - BLOCK_INDENT, attributes, size);
      cursor += lines * lineHeightOf(size);
    }
    y += height + EXPORT.itemGap;
  }
}

function stepMarks(step: NormalizedStep, options: SceneOptions): Array<{ text: string; fill: string; cls: string; size: number; weight?: number }> {
  const { ctx } = options;
  const palette = options.palette ?? LIGHT_PALETTE;
  const say = (key: Parameters<typeof mapString>[1]) => mapString(ctx, key);
  const marks: Array<{ text: string; fill: string; cls: string; size: number; weight?: number }> = [];
  if (step.momentOfTruth === true) marks.push({ text: `★ ${say('step.momentOfTruth')}`, fill: palette.moment, cls: 'moment-of-truth', size: EXPORT.smallSize, weight: 700 });
  const evidence = EVIDENCE.find((level) => level === step.evidence);
  if (evidence) marks.push({ text: `${say('evidence.label')} ${say(`evidence.${evidence}`)}`, fill: palette.muted, cls: 'evidence', size: EXPORT.smallSize });
  const badge = options.stepBadge?.(step);
  if (badge) marks.push({ text: badge, fill: palette.muted, cls: 'customers-badge', size: EXPORT.smallSize });
  for (const note of options.stepNotes?.(step) ?? []) {
    marks.push({ text: note.text, fill: note.tone ? palette[note.tone] : palette.muted, cls: 'change', size: EXPORT.smallSize });
  }
  return marks;
}

/**
 * The whole map as a picture, as plain data: title, subtitle and personas in their colours; stage
 * and step headers with moments of truth, evidence and changes; every lane over every column (not
 * only those on screen), built from the same views as the screen's cells; the emotion lane from the
 * screen's own plot model. Right-to-left maps are mirrored.
 */
export function buildMapScene(journey: NormalizedJourney, options: SceneOptions): MapScene {
  const palette = options.palette ?? LIGHT_PALETTE;
  const rtl = options.rtl === true;
  const ghosts = options.removed?.ghosts.length ? options.removed.ghosts : undefined;
  const layout = computeColumns(journey, 0, { headerWidth: EXPORT.headerWidth, minColumnWidth: EXPORT.columnWidth, ghosts });
  const { headerWidth, columnWidth } = layout;
  const width = headerWidth + layout.contentWidth;
  /** Physical x of a box that starts `x` from the inline start and is `w` wide. */
  const X = (x: number, w: number) => (rtl ? width - x - w : x);
  const gridX = (x: number, w: number) => X(headerWidth + x, w);
  const ctx: CellContext = { ...options.ctx, journey };
  const customer = options.customer;
  const frame: EmotionFrame = { ctx, layout, palette, rtl, compare: options.compare, defaultSeriesName: options.defaultSeriesName, highlight: customer?.id };

  // Title, subtitle, and the personas in the colours of their lines.
  const head = pictureHead('map', journey.title, width, palette.surface);
  const { root, background } = head;
  let top = head.top;
  if (options.subtitle) {
    const lines = textBlock(root, options.subtitle, 0, top - 2 * EXPORT.padding, width, { class: 'subtitle', fill: palette.muted });
    top += lines * EXPORT.lineHeight;
  }
  if (options.filterNote) {
    const lines = textBlock(root, options.filterNote, 0, top - 2 * EXPORT.padding, width, { class: 'filter-note', 'font-weight': 600 });
    top += lines * EXPORT.lineHeight;
  }
  if (customer) {
    const { line } = customer;
    const parts = [`${customer.title}: ${line.label}`, ...line.fields.map((field) => `${field.name}: ${field.value}`), ...line.status.map((status) => status.text)];
    const lines = textBlock(root, parts.join(' · '), 0, top - 2 * EXPORT.padding, width, { class: 'customer-line', 'font-weight': 600 });
    top += lines * EXPORT.lineHeight;
  }
  const personas = journey.personas.filter((persona) => !ctx.persona || persona.id === ctx.persona);
  if (personas.length) {
    const row = add(root, 'g', { class: 'personas' });
    let x = EXPORT.padding;
    for (const persona of personas) {
      const name = typeof persona.name === 'string' && persona.name.trim() ? persona.name : persona.id;
      const span = Math.min(width / 2, 22 + name.length * EXPORT.charWidth);
      if (x + span > width && x > EXPORT.padding) {
        x = EXPORT.padding;
        top += EXPORT.lineHeight;
      }
      const colour = palette.series[(colorSlot(journey, persona.id) - 1) % palette.series.length];
      add(row, 'circle', { cx: X(x + 6, 0), cy: top + 8, r: 6, fill: colour });
      add(row, 'text', { class: 'persona', x: X(x + 18, 0), y: top + 12, 'text-anchor': rtl ? 'end' : 'start' }, name);
      x += span + 12;
    }
    top += EXPORT.lineHeight + EXPORT.padding;
  }

  // Stage and step headers.
  const stageHeight = rowHeight(layout.stages.map((stage) => [journey.stages[stage.index]?.title ?? '', stage.width] as const), EXPORT.stageHeight, true);
  const marks = journey.steps.map((step) => stepMarks(step, options));
  const stepHeight = Math.max(
    // Room for a ghost column's sideways "Removed" and title.
    ghosts ? GHOST_HEADER_HEIGHT : EXPORT.stepHeight,
    ...journey.steps.map((step, i) =>
      wrapped(step.title, columnWidth, EXPORT.fontSize, true).length * EXPORT.lineHeight +
      marks[i].reduce((sum, mark) => sum + wrapped(mark.text, columnWidth, mark.size, (mark.weight ?? 400) >= 600).length * lineHeightOf(mark.size), 0) +
      2 * EXPORT.padding,
    ),
  );
  add(root, 'rect', { x: X(0, headerWidth), y: top, width: headerWidth, height: stageHeight + stepHeight, fill: palette.laneHeader, stroke: palette.border });
  for (const stage of layout.stages) {
    if (stage.width === 0) continue;
    const x = gridX(stage.x, stage.width);
    add(root, 'rect', { x, y: top, width: stage.width, height: stageHeight, fill: palette.stage, stroke: palette.border });
    textBlock(root, journey.stages[stage.index]?.title ?? '', x, top, stage.width, { 'font-weight': 700, class: 'stage' });
  }
  const ghostFrame = options.removed && { layout, palette, gridX, words: options.removed.words };
  if (ghostFrame) drawGhostStages(root, ghostFrame, top, stageHeight);
  const stepsTop = top + stageHeight;
  for (const column of layout.columns) {
    const step = journey.steps[column.index];
    const x = gridX(column.x, column.width);
    add(root, 'rect', { x, y: stepsTop, width: column.width, height: stepHeight, fill: palette.step, stroke: palette.border });
    if (step.momentOfTruth === true) add(root, 'rect', { class: 'moment-bar', x, y: stepsTop, width: column.width, height: 3, fill: palette.moment });
    const outside = options.dimmed?.has(step.id) === true;
    const lines = textBlock(root, step.title, x, stepsTop, column.width, outside ? { 'font-weight': 500, class: 'step', fill: palette.muted } : { 'font-weight': 600, class: 'step' });
    let y = stepsTop + lines * EXPORT.lineHeight;
    for (const mark of marks[column.index]) {
      const attributes: Record<string, string | number> = { class: mark.cls, fill: mark.fill };
      if (mark.weight) attributes['font-weight'] = mark.weight;
      y += textBlock(root, mark.text, x, y, column.width, attributes, mark.size) * lineHeightOf(mark.size);
    }
  }
  top = stepsTop + stepHeight;
  const lanesTop = top;

  // The opened customer's events, right under the step headers as on screen.
  if (customer) {
    const row = add(root, 'g', { class: 'lane customer-lane', 'data-lane': 'customer' });
    const cells = customer.byStep.map((events) => events.map((event) => customerEventBlock(event, palette)));
    const name = `${customer.title}: ${customer.line.label}`;
    const height = Math.max(rowHeight([[name, headerWidth]], 0, true), ...cells.map((blocks) => blocksHeight(blocks, columnWidth)));
    add(row, 'rect', { x: X(0, headerWidth), y: top, width: headerWidth, height, fill: palette.laneHeader, stroke: palette.border });
    textBlock(row, name, X(0, headerWidth), top, headerWidth, { 'font-weight': 600, class: 'lane-name' });
    for (const column of layout.columns) {
      const x = gridX(column.x, column.width);
      add(row, 'rect', { x, y: top, width: column.width, height, fill: palette.surface, stroke: palette.border });
      drawBlocks(row, cells[column.index] ?? [], x, top, column.width, rtl, column.stepId);
    }
    top += height;
  }

  // Lanes.
  const plot = journey.lanes.some((lane) => lane.kind === 'emotion') ? exportPlot(frame) : undefined;
  for (const lane of journey.lanes) {
    const row = add(root, 'g', { class: 'lane', 'data-lane': lane.key });
    if (lane.kind === 'flow') {
      top += drawFlowLane(row, journey, layout, top, { ...options, palette, rtl }, X);
      continue;
    }
    const cells = lane.kind === 'emotion' ? [] : journey.steps.map((step, i) => cellBlocks(lane, step, { ...ctx, previous: journey.steps[i - 1] }, palette));
    const height =
      lane.kind === 'emotion' && plot
        ? emotionLaneHeight(plot, frame)
        : Math.max(rowHeight([[options.laneName(lane), headerWidth]], 0, true), ...cells.map((blocks) => blocksHeight(blocks, columnWidth)));
    add(row, 'rect', { x: X(0, headerWidth), y: top, width: headerWidth, height, fill: palette.laneHeader, stroke: palette.border });
    textBlock(row, options.laneName(lane), X(0, headerWidth), top, headerWidth, { 'font-weight': 600, class: 'lane-name' });
    for (const column of layout.columns) {
      const x = gridX(column.x, column.width);
      add(row, 'rect', { x, y: top, width: column.width, height, fill: palette.surface, stroke: palette.border });
      if (lane.kind !== 'emotion') drawBlocks(row, cells[column.index], x, top, column.width, rtl, column.stepId);
    }
    if (lane.kind === 'emotion' && plot) {
      drawLegend(row, plot, frame, X(0, headerWidth), top);
      drawEmotionPlot(row, plot, frame, rtl ? 0 : headerWidth, top + (height - EXPORT.emotionHeight) / 2);
    }
    top += height;
  }
  // The filter's shade over each run of dimmed columns, across the lanes, as on screen.
  for (const run of dimmedRuns(layout.columns, options.dimmed)) {
    add(root, 'rect', { class: 'dimmed', x: gridX(run.x, run.width), y: lanesTop, width: run.width, height: top - lanesTop, fill: palette.surface, 'fill-opacity': 0.62 });
  }
  if (ghostFrame) drawGhostColumns(root, ghostFrame, stepsTop, stepHeight, lanesTop, top);
  if (customer?.offMap?.events.length) {
    const note = add(root, 'g', { class: 'customer-offmap' });
    top += EXPORT.padding;
    top += textBlock(note, customer.offMap.title, 0, top, width, { 'font-weight': 600 }) * EXPORT.lineHeight;
    for (const event of customer.offMap.events) {
      const parts = [event.step, event.view.date?.text, event.view.channel?.label, event.view.note, event.view.emotion?.text].filter(Boolean);
      top += textBlock(note, parts.join(' · '), 0, top, width, { class: 'cell' }) * EXPORT.lineHeight;
    }
    top += EXPORT.padding;
  }
  background.attributes.height = top;
  return { width, height: top, title: journey.title, root };
}

/**
 * The flow lane: its name and where the numbers come from in the row header, the columns' cells, and
 * the flow over them (the same layout as the screen's). Returns the row's height.
 */
function drawFlowLane(
  row: SceneNode,
  journey: NormalizedJourney,
  layout: ReturnType<typeof computeColumns>,
  top: number,
  options: SceneOptions & { palette: ExportPalette; rtl: boolean },
  X: (x: number, w: number) => number,
): number {
  const { palette, rtl, ctx } = options;
  const { headerWidth } = layout;
  const lane = journey.lanes.find((candidate) => candidate.kind === 'flow')!;
  const words = { locale: ctx.locale, intlLocale: ctx.intlLocale, strings: ctx.strings as StringOverrides | undefined };
  const picture = flowLanePicture(journey, layout, { words, palette, rtl, stallAfterDays: options.stallAfterDays });
  const name = options.laneName(lane);
  const nameLines = wrapped(name, headerWidth, EXPORT.fontSize, true).length;
  const sourceLines = wrapped(picture.source, headerWidth, EXPORT.smallSize).length;
  const height = Math.max(picture.height, nameLines * EXPORT.lineHeight + sourceLines * lineHeightOf(EXPORT.smallSize) + 3 * EXPORT.padding);
  add(row, 'rect', { x: X(0, headerWidth), y: top, width: headerWidth, height, fill: palette.laneHeader, stroke: palette.border });
  textBlock(row, name, X(0, headerWidth), top, headerWidth, { 'font-weight': 600, class: 'lane-name' });
  textBlock(row, picture.source, X(0, headerWidth), top + nameLines * EXPORT.lineHeight, headerWidth, { class: 'source', fill: palette.muted }, EXPORT.smallSize);
  for (const column of layout.columns) {
    add(row, 'rect', { x: X(headerWidth + column.x, column.width), y: top, width: column.width, height, fill: palette.surface, stroke: palette.border });
  }
  picture.draw(row, rtl ? 0 : headerWidth, top + (height - picture.height) / 2);
  return height;
}
