import { textDirection, wrapText, type Measure } from '../layout/text-wrap.js';

/** Geometry of an exported map: every column at one readable width, whatever the screen showed. */
export const EXPORT = {
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
  emotionHeight: 180,
  /** Space between the items of a cell. */
  itemGap: 6,
  /** Small print: severity, chips, owners, evidence. */
  smallSize: 11,
  /** A generic stack: a designer's tool or a PNG decoder has none of the page's web fonts. */
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
} as const;

export type Attributes = Record<string, string | number>;

export type SceneTag = 'g' | 'rect' | 'text' | 'tspan' | 'path' | 'line' | 'circle' | 'title';

/**
 * One node of an exported picture, as plain data: a scene is built without a DOM (and tested
 * so), then written as SVG by `sceneToSVG`, where every text becomes textContent, never markup.
 */
export interface SceneNode {
  tag: SceneTag;
  attributes: Attributes;
  text?: string;
  children: SceneNode[];
}

/** Characters XML 1.0 cannot hold at all (control characters, lone surrogates): dropped, or the file would not parse. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
export const xmlText = (text: string) => text.replace(NOT_XML, '');

/** Appends a node to `parent` and returns it. */
export function add(parent: SceneNode, tag: SceneTag, attributes: Attributes = {}, text?: string): SceneNode {
  const child: SceneNode = { tag, attributes, children: [] };
  if (text !== undefined) child.text = xmlText(text);
  parent.children.push(child);
  return child;
}

export const group = (attributes: Attributes = {}): SceneNode => ({ tag: 'g', attributes, children: [] });

/** Bold glyphs are about a tenth wider than regular ones. */
const BOLD_WIDTH = 1.1;

let canvas: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

/**
 * A text's width in px at a size and weight, in the export's font stack: measured on a canvas where
 * there is one (the browser rasterizes the file with the same system fonts), else estimated from an
 * average glyph width. Measured widths are kept (the export wraps the same words many times).
 */
function measurer(fontSize: number, bold: boolean): Measure {
  if (canvas === undefined) canvas = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  const context = canvas;
  if (!context) return (text) => text.length * ((EXPORT.charWidth * fontSize) / EXPORT.fontSize) * (bold ? BOLD_WIDTH : 1);
  const font = `${bold ? 700 : 400} ${fontSize}px ${EXPORT.font}`;
  return (text) => {
    const key = `${font}\u0000${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      if (widths.size > 20_000) widths.clear();
      context.font = font;
      width = context.measureText(text).width;
      widths.set(key, width);
    }
    return width;
  };
}

/** A one-line text's width in px at `fontSize`, in the export's font (measured where there is a canvas). */
export const measureText = (text: string, fontSize: number = EXPORT.fontSize, bold = false) => measurer(fontSize, bold)(text);

/** Lines of `text` in a box `width` wide (padding included) at `fontSize`, bold or not. */
export function wrapped(text: string, width: number, fontSize: number = EXPORT.fontSize, bold = false): string[] {
  return wrapText(xmlText(text), width - 2 * EXPORT.padding, measurer(fontSize, bold));
}

export const lineHeightOf = (fontSize: number = EXPORT.fontSize) => Math.round((EXPORT.lineHeight * fontSize) / EXPORT.fontSize);

/** The height wrapped text takes in a box (no padding). */
export const textHeight = (text: string, width: number, fontSize: number = EXPORT.fontSize, bold = false) =>
  wrapped(text, width, fontSize, bold).length * lineHeightOf(fontSize);

/** Whether attributes set a bold weight. */
export const isBold = (attributes: Attributes) => Number(attributes['font-weight'] ?? 400) >= 600;

/**
 * Wrapped text in a box whose top edge is `y` (padding included): one tspan per line. Right-to-left
 * text (by its first strong letter) is anchored at the box's right edge with `direction="rtl"`, so it
 * reads from the right as on screen. Returns the number of lines.
 */
export function textBlock(
  parent: SceneNode,
  text: string,
  x: number,
  y: number,
  width: number,
  attributes: Attributes = {},
  fontSize: number = EXPORT.fontSize,
): number {
  const clean = xmlText(text);
  const lines = wrapped(clean, width, fontSize, isBold(attributes));
  if (!lines.length) return 0;
  const rtl = textDirection(clean) === 'rtl';
  const lineX = rtl ? x + width - EXPORT.padding : x + EXPORT.padding;
  const own: Attributes = { x: lineX, y: y + EXPORT.padding + fontSize };
  if (fontSize !== EXPORT.fontSize) own['font-size'] = fontSize;
  if (rtl) own.direction = 'rtl';
  const block = add(parent, 'text', { ...own, ...attributes });
  lines.forEach((line, i) => add(block, 'tspan', { x: lineX, dy: i === 0 ? 0 : lineHeightOf(fontSize) }, line));
  return lines.length;
}

/** The height of a row whose boxes hold these texts at these widths: its tallest wrapped text. */
export function rowHeight(texts: ReadonlyArray<readonly [string, number]>, minimum: number, bold = false): number {
  const lines = Math.max(1, ...texts.map(([text, width]) => wrapped(text, width, EXPORT.fontSize, bold).length));
  return Math.max(minimum, lines * EXPORT.lineHeight + 2 * EXPORT.padding);
}

/** Every text of a scene in document order, for tests and for the accessible name. */
export function sceneText(node: SceneNode): string {
  return (node.text ?? '') + node.children.map(sceneText).join(node.tag === 'text' ? ' ' : '');
}

/** Size of an export's title. */
export const TITLE_SIZE = 18;

/**
 * The start of an exported picture: its root group, the `<title>`, the background (its height is set
 * once the picture is done) and the title text. Returns them and the y where the content starts.
 */
export function pictureHead(className: string, title: string, width: number, surface: string): { root: SceneNode; background: SceneNode; top: number } {
  const root = group({ class: className });
  add(root, 'title', {}, title);
  const background = add(root, 'rect', { x: 0, y: 0, width, height: 0, fill: surface });
  const titleLines = Math.max(1, wrapped(title, width, TITLE_SIZE, true).length);
  textBlock(root, title, 0, 0, width, { 'font-weight': 700, class: 'map-title' }, TITLE_SIZE);
  return { root, background, top: EXPORT.titleHeight + (titleLines - 1) * lineHeightOf(TITLE_SIZE) };
}
