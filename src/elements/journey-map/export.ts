import { laneString, laneTitle } from '../../i18n/lane-strings.js';
import type { Locale, StringOverrides } from '../../i18n/locale.js';
import { mapString, type MapStringKey } from '../../i18n/map-strings.js';
import { computeColumns } from '../../layout/columns.js';
import { columnCenters, curveFactory, emotionSeries, emotionY, neutralValue, seriesPath } from '../../layout/curve.js';
import { cellText, type CsvLabels } from '../../layout/export-csv.js';
import { textDirection, wrapText } from '../../layout/text-wrap.js';
import type { ColumnLayout } from '../../layout/types.js';
import type { NormalizedJourney, NormalizedLane } from '../../model/types.js';
import { THEME_TOKENS, type ThemeToken } from '../shared/tokens.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Geometry of an exported map: every column at one readable width, whatever the screen showed. */
const EXPORT = {
  headerWidth: 160,
  columnWidth: 200,
  padding: 8,
  lineHeight: 16,
  fontSize: 12,
  /** Average glyph width at fontSize, for the line budget of wrapText. */
  charWidth: 6.4,
  titleHeight: 40,
  /** Least heights of the header rows; longer titles make them taller. */
  stageHeight: 32,
  stepHeight: 44,
  emotionHeight: 160,
  /** A generic stack: a designer's tool or a PNG decoder has none of the page's web fonts. */
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
} as const;
const TITLE_SIZE = 18;
const TITLE_LINE = (EXPORT.lineHeight * TITLE_SIZE) / EXPORT.fontSize;

/** The colours of an export, each a concrete `#rrggbb` (an SVG opened elsewhere has no CSS variables). */
export interface ExportPalette {
  surface: string;
  laneHeader: string;
  stage: string;
  step: string;
  border: string;
  text: string;
  muted: string;
  series: string[];
}

const PALETTE_TOKENS: Record<Exclude<keyof ExportPalette, 'series'>, ThemeToken> = {
  surface: 'surface',
  laneHeader: 'surface-alt',
  stage: 'stage-background',
  step: 'step-background',
  border: 'border',
  text: 'text',
  muted: 'muted',
};
const SERIES_TOKENS = ['series-1', 'series-2', 'series-3', 'series-4', 'series-5', 'series-6'] as const satisfies readonly ThemeToken[];

/** The light value of a `light-dark(#light, #dark)` token. */
const lightValue = (token: ThemeToken) => /#[0-9a-f]{6}/i.exec(THEME_TOKENS[token])?.[0] ?? '#000000';

/** The light theme's defaults, used when the map's own colours cannot be read. */
export const LIGHT_PALETTE: ExportPalette = {
  ...(Object.fromEntries(Object.entries(PALETTE_TOKENS).map(([key, token]) => [key, lightValue(token)])) as Omit<ExportPalette, 'series'>),
  series: SERIES_TOKENS.map(lightValue),
};

const hex = (value: number) => Math.round(value).toString(16).padStart(2, '0');

/** A colour as sRGB bytes and an opacity from 0 to 1. */
type Rgba = readonly [number, number, number, number];

/** `top` painted over an opaque `bottom`. */
const over = (top: Rgba, bottom: Rgba): Rgba => {
  const a = top[3];
  return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
};

/** The background colours of the elements the map sits in, nearest first, across shadow roots. */
function ancestorBackgrounds(host: Element): string[] {
  const colours: string[] = [];
  let node: Element | null = host;
  while (node) {
    colours.push(getComputedStyle(node).backgroundColor);
    // As the page lays it out: a slotted map sits in its slot's container, not in its light-DOM parent.
    node = node.assignedSlot ?? node.parentElement ?? ((node.getRootNode() as Partial<ShadowRoot>).host ?? null);
  }
  return colours;
}

/**
 * The palette the map shows right now (its theme, the host page's `--journey-*` overrides, dark or
 * light), each colour resolved to `#rrggbb`: a probe inside the map's shadow root takes each token as
 * its `color`, and a 1×1 canvas turns whatever the browser computed (rgb(), oklch(), a system colour)
 * into sRGB bytes. A translucent colour is flattened onto what it shows on: the map's surface onto
 * the page behind the map (its ancestors' backgrounds over the page's canvas, white unless the page's
 * colour scheme is dark), the other colours onto the surface, so a see-through map on a dark page
 * exports dark.
 */
export function readPalette(host: HTMLElement): ExportPalette {
  const root = host.shadowRoot;
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!root || !context) return LIGHT_PALETTE;
  const probe = document.createElement('span');
  probe.hidden = true;
  root.append(probe);
  try {
    const rgba = (colour: string, fallback: string): Rgba => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = fallback;
      context.fillStyle = colour;
      context.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
      return [r, g, b, a / 255];
    };
    const token = (name: ThemeToken, fallback: string): Rgba => {
      probe.style.setProperty('color', `var(--journey-${name}, ${fallback})`);
      return rgba(getComputedStyle(probe).color, fallback);
    };
    // The page's canvas under everything: white, or dark where the page's colour scheme is dark.
    probe.style.setProperty('color-scheme', getComputedStyle(document.documentElement).colorScheme);
    probe.style.setProperty('color', 'Canvas');
    const canvas = over(rgba(getComputedStyle(probe).color, '#ffffff'), [255, 255, 255, 1]);
    probe.style.removeProperty('color-scheme');
    const page = ancestorBackgrounds(host).reduceRight<Rgba>((below, colour) => over(rgba(colour, 'transparent'), below), canvas);
    const surface = over(token('surface', LIGHT_PALETTE.surface), page);
    const resolve = (name: ThemeToken, fallback: string): string => {
      const [r, g, b] = name === 'surface' ? surface : over(token(name, fallback), surface);
      return `#${hex(r)}${hex(g)}${hex(b)}`;
    };
    const palette = Object.fromEntries(
      Object.entries(PALETTE_TOKENS).map(([key, name]) => [key, resolve(name, LIGHT_PALETTE[key as keyof typeof PALETTE_TOKENS])]),
    ) as Omit<ExportPalette, 'series'>;
    return { ...palette, series: SERIES_TOKENS.map((name, i) => resolve(name, LIGHT_PALETTE.series[i])) };
  } finally {
    probe.remove();
  }
}

export interface MapExportOptions {
  /** The label of a lane's row header (the map passes its localized lane title). */
  laneName: (lane: NormalizedLane) => string;
  /** A line under the title, e.g. the localized state and goal. */
  subtitle?: string;
  /** Concrete colours; the light theme's by default. */
  palette?: ExportPalette;
  /** Draw only this persona's emotion, as the map does with its `persona` attribute. */
  persona?: string;
  /** The legend name of a series that belongs to no persona (the map passes its localized "Emotion"). */
  defaultSeriesName?: string;
}

type Attributes = Record<string, string | number>;

/** Characters XML 1.0 cannot hold at all (control characters, lone surrogates): dropped, or the file would not parse. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const xmlText = (text: string) => text.replace(NOT_XML, '');

/** Every node is created with createElementNS and every text set as textContent: data never becomes markup. */
function node<K extends keyof SVGElementTagNameMap>(parent: Element, name: K, attributes: Attributes = {}, text?: string): SVGElementTagNameMap[K] {
  const element = parent.ownerDocument.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, xmlText(String(value)));
  if (text !== undefined) element.textContent = xmlText(text);
  parent.append(element);
  return element;
}

const lineBudget = (width: number, fontSize: number = EXPORT.fontSize) =>
  (width - 2 * EXPORT.padding) / ((EXPORT.charWidth * fontSize) / EXPORT.fontSize);

/**
 * Wrapped text in a box: one tspan per line. Right-to-left text (by its first letter) is anchored at
 * the box's right edge with `direction="rtl"`, so it reads from the right as it does on screen.
 * Returns the number of lines.
 */
function textBlock(parent: Element, text: string, x: number, y: number, width: number, attributes: Attributes = {}, fontSize: number = EXPORT.fontSize): number {
  const clean = xmlText(text);
  const lines = wrapText(clean, lineBudget(width, fontSize));
  if (!lines.length) return 0;
  const rtl = textDirection(clean) === 'rtl';
  const lineX = rtl ? x + width - EXPORT.padding : x + EXPORT.padding;
  const textAttributes: Attributes = { x: lineX, y: y + EXPORT.padding + fontSize };
  if (fontSize !== EXPORT.fontSize) textAttributes['font-size'] = fontSize;
  if (rtl) textAttributes.direction = 'rtl';
  const block = node(parent, 'text', { ...textAttributes, ...attributes });
  const lineHeight = (EXPORT.lineHeight * fontSize) / EXPORT.fontSize;
  lines.forEach((line, i) => node(block, 'tspan', { x: lineX, dy: i === 0 ? 0 : lineHeight }, line));
  return lines.length;
}

/** The height of a row whose boxes hold these texts at these widths: its tallest wrapped text. */
function rowHeight(texts: ReadonlyArray<readonly [string, number]>, minimum: number): number {
  const lines = Math.max(1, ...texts.map(([text, width]) => wrapText(xmlText(text), lineBudget(width)).length));
  return Math.max(minimum, lines * EXPORT.lineHeight + 2 * EXPORT.padding);
}

interface Frame {
  journey: NormalizedJourney;
  layout: ColumnLayout;
  palette: ExportPalette;
  options: MapExportOptions;
}

function drawEmotion(group: Element, { journey, layout, palette, options }: Frame, top: number): void {
  const y = emotionY(journey.scale, EXPORT.emotionHeight);
  const plot = node(group, 'g', { transform: `translate(${layout.headerWidth}, ${top})` });
  const neutral = y(neutralValue(journey.scale));
  node(plot, 'line', { x1: 0, x2: layout.contentWidth, y1: neutral, y2: neutral, stroke: palette.border, 'stroke-dasharray': '4 4' });
  const curve = curveFactory('monotone-x');
  const series = emotionSeries(journey, columnCenters(layout), y, options.persona);
  series.forEach((one, i) => {
    const color = palette.series[i % palette.series.length];
    node(plot, 'path', { class: 'emotion-line', d: seriesPath(one.points, curve), fill: 'none', stroke: color, 'stroke-width': 2.5 });
    for (const point of one.points) {
      if (point.value === undefined) continue;
      node(plot, 'circle', { cx: point.x, cy: point.y, r: 5, fill: color });
      node(plot, 'text', { x: point.x, y: point.y - 10, 'text-anchor': 'middle', fill: palette.text }, String(point.value));
    }
  });
  if (series.length < 2) return;
  // With several personas, the lane header names each line's colour, a long name on several lines.
  let legendTop = top + EXPORT.padding + EXPORT.lineHeight;
  series.forEach((one, i) => {
    const color = palette.series[i % palette.series.length];
    node(group, 'line', { x1: EXPORT.padding, x2: EXPORT.padding + 16, y1: legendTop + 10, y2: legendTop + 10, stroke: color, 'stroke-width': 2.5 });
    const lines = textBlock(group, legendName(one, options), LEGEND_INDENT, legendTop - 4, layout.headerWidth - LEGEND_INDENT, { class: 'legend', fill: palette.muted });
    legendTop += Math.max(1, lines) * EXPORT.lineHeight;
  });
}

/** Where a legend name starts in the emotion lane's header, after its colour swatch. */
const LEGEND_INDENT = 20;

/** A series' name in the legend: its persona's, else the map's word for a series without one. */
const legendName = (series: { id: string; name?: string }, options: MapExportOptions) => series.name ?? options.defaultSeriesName ?? series.id;

/** Lines the emotion lane's legend takes in the lane header: none for a single series. */
function legendLines({ journey, layout, options }: Frame): number {
  const series = emotionSeries(journey, columnCenters(layout), emotionY(journey.scale, EXPORT.emotionHeight), options.persona);
  if (series.length < 2) return 0;
  const budget = lineBudget(layout.headerWidth - LEGEND_INDENT);
  return series.reduce((sum, one) => sum + Math.max(1, wrapText(xmlText(legendName(one, options)), budget).length), 0);
}

function laneHeight(frame: Frame, lane: NormalizedLane): number {
  const { journey, layout, options } = frame;
  if (lane.kind === 'emotion') return Math.max(EXPORT.emotionHeight, (legendLines(frame) + 2) * EXPORT.lineHeight);
  const texts = journey.steps.map((step) => [cellText(journey, lane, step), layout.columnWidth] as const);
  return rowHeight([...texts, [options.laneName(lane), layout.headerWidth]], 0);
}

/**
 * The whole map as an SVG element: title, stage and step headers, and every lane of the journey
 * over every column (not only those on screen), the emotion lane as a curve per series.
 */
export function buildMapSVG(journey: NormalizedJourney, options: MapExportOptions, doc: Document = document): SVGSVGElement {
  const palette = options.palette ?? LIGHT_PALETTE;
  const layout = computeColumns(journey, 0, { headerWidth: EXPORT.headerWidth, minColumnWidth: EXPORT.columnWidth });
  const frame: Frame = { journey, layout, palette, options };
  const { headerWidth, columnWidth } = layout;
  const width = headerWidth + layout.contentWidth;
  const linesOf = (text: string | undefined, fontSize?: number) => (text ? wrapText(xmlText(text), lineBudget(width, fontSize)).length : 0);
  const titleLines = Math.max(1, linesOf(journey.title, TITLE_SIZE));
  const subtitleLines = linesOf(options.subtitle);
  const titleHeight = EXPORT.titleHeight + (titleLines - 1) * TITLE_LINE + subtitleLines * EXPORT.lineHeight;
  const heights = journey.lanes.map((lane) => laneHeight(frame, lane));
  const stageHeight = rowHeight(layout.stages.map((stage) => [journey.stages[stage.index]?.title ?? '', stage.width] as const), EXPORT.stageHeight);
  const stepHeight = rowHeight(journey.steps.map((step) => [step.title, columnWidth] as const), EXPORT.stepHeight);
  const gridTop = titleHeight + stageHeight + stepHeight;
  const height = gridTop + heights.reduce((sum, h) => sum + h, 0);

  const svg = doc.createElementNS(SVG_NS, 'svg');
  const rootAttributes: Attributes = {
    xmlns: SVG_NS,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': EXPORT.font,
    'font-size': EXPORT.fontSize,
    fill: palette.text,
  };
  for (const [key, value] of Object.entries(rootAttributes)) svg.setAttribute(key, String(value));
  node(svg, 'title', {}, journey.title);
  node(svg, 'rect', { width, height, fill: palette.surface });
  textBlock(svg, journey.title, 0, 0, width, { 'font-weight': 700, class: 'map-title' }, TITLE_SIZE);
  if (options.subtitle) {
    textBlock(svg, options.subtitle, 0, EXPORT.titleHeight - 2 * EXPORT.padding + (titleLines - 1) * TITLE_LINE, width, { class: 'subtitle', fill: palette.muted });
  }

  const stagesTop = titleHeight;
  node(svg, 'rect', { x: 0, y: stagesTop, width: headerWidth, height: stageHeight + stepHeight, fill: palette.laneHeader, stroke: palette.border });
  for (const stage of layout.stages) {
    if (stage.width === 0) continue;
    const x = headerWidth + stage.x;
    node(svg, 'rect', { x, y: stagesTop, width: stage.width, height: stageHeight, fill: palette.stage, stroke: palette.border });
    textBlock(svg, journey.stages[stage.index]?.title ?? '', x, stagesTop, stage.width, { 'font-weight': 700, class: 'stage' });
  }
  const stepsTop = stagesTop + stageHeight;
  for (const column of layout.columns) {
    const x = headerWidth + column.x;
    node(svg, 'rect', { x, y: stepsTop, width: column.width, height: stepHeight, fill: palette.step, stroke: palette.border });
    textBlock(svg, journey.steps[column.index].title, x, stepsTop, column.width, { 'font-weight': 600, class: 'step' });
  }

  let top = gridTop;
  journey.lanes.forEach((lane, laneIndex) => {
    const height = heights[laneIndex];
    const row = node(svg, 'g', { class: 'lane', 'data-lane': lane.key });
    node(row, 'rect', { x: 0, y: top, width: headerWidth, height, fill: palette.laneHeader, stroke: palette.border });
    textBlock(row, options.laneName(lane), 0, top, headerWidth, { 'font-weight': 600, class: 'lane-name' });
    for (const column of layout.columns) {
      node(row, 'rect', { x: headerWidth + column.x, y: top, width: column.width, height, fill: palette.surface, stroke: palette.border });
      if (lane.kind !== 'emotion') {
        textBlock(row, cellText(journey, lane, journey.steps[column.index]), headerWidth + column.x, top, column.width, { class: 'cell', 'data-step': column.stepId });
      }
    }
    if (lane.kind === 'emotion') drawEmotion(row, frame, top);
    top += height;
  });
  return svg;
}

export interface MapSVG {
  text: string;
  width: number;
  height: number;
}

/** The SVG as a standalone document string, serialized by the browser (so every text is escaped). */
export function mapSVG(journey: NormalizedJourney, options: MapExportOptions): MapSVG {
  const svg = buildMapSVG(journey, options);
  const size = (name: string) => Number(svg.getAttribute(name));
  return { text: new XMLSerializer().serializeToString(svg), width: size('width'), height: size('height') };
}

export interface PngOptions {
  /** Pixels per SVG unit: 2 (the default) for sharp slides, 1 for the map's own size. */
  scale?: number;
}

/** Chrome's and Firefox's canvas limits; a larger canvas silently draws nothing. */
export const MAX_CANVAS_SIDE = 32767;
export const MAX_CANVAS_AREA = 268_435_456;

/** Draws the SVG on a canvas through an image of a Blob URL, and returns the PNG. */
export async function svgToPNG({ text, width, height }: MapSVG, { scale = 2 }: PngOptions = {}): Promise<Blob> {
  const factor = typeof scale === 'number' && Number.isFinite(scale) && scale > 0 ? scale : 2;
  const pixelsWide = Math.max(1, Math.round(width * factor));
  const pixelsHigh = Math.max(1, Math.round(height * factor));
  if (pixelsWide > MAX_CANVAS_SIDE || pixelsHigh > MAX_CANVAS_SIDE || pixelsWide * pixelsHigh > MAX_CANVAS_AREA) {
    throw new RangeError(
      `journey-map: a ${pixelsWide}×${pixelsHigh} px PNG is larger than a browser canvas can hold; use a smaller scale or exportSVG().`,
    );
  }
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = pixelsWide;
    canvas.height = pixelsHigh;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('journey-map: no 2D canvas to draw the PNG on.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('journey-map: the PNG could not be encoded.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The words of an export in the map's language: lane names, the CSV header row, the SVG's subtitle and legend default. */
export interface ExportWords extends CsvLabels {
  subtitle: string;
  defaultSeriesName: string;
}

/** Localizes an export the way the map is shown: its locale and the host's string overrides. */
export function exportWords(journey: NormalizedJourney, locale: Locale, strings?: StringOverrides): ExportWords {
  const text = (key: MapStringKey) => mapString(locale, key, undefined, strings);
  const state = text(journey.state === 'future' ? 'state.future' : 'state.current');
  return {
    header: [text('grid.stage'), text('export.step'), text('grid.lane'), text('export.text')],
    keyHeader: text('export.laneKey'),
    laneName: (lane) => laneTitle(lane, locale, strings),
    subtitle: journey.goal ? `${state} · ${text('map.goal')}: ${journey.goal}` : state,
    defaultSeriesName: laneString(locale, 'lane.emotion', undefined, strings),
  };
}
