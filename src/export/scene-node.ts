import { textDirection, wrapText } from '../layout/text-wrap.js';

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

/** Lines of `text` in a box `width` wide at `fontSize`. */
export function wrapped(text: string, width: number, fontSize: number = EXPORT.fontSize): string[] {
  const budget = (width - 2 * EXPORT.padding) / ((EXPORT.charWidth * fontSize) / EXPORT.fontSize);
  return wrapText(xmlText(text), budget);
}

export const lineHeightOf = (fontSize: number = EXPORT.fontSize) => Math.round((EXPORT.lineHeight * fontSize) / EXPORT.fontSize);

/** The height wrapped text takes in a box (no padding). */
export const textHeight = (text: string, width: number, fontSize: number = EXPORT.fontSize) =>
  wrapped(text, width, fontSize).length * lineHeightOf(fontSize);

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
  const lines = wrapped(clean, width, fontSize);
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
export function rowHeight(texts: ReadonlyArray<readonly [string, number]>, minimum: number): number {
  const lines = Math.max(1, ...texts.map(([text, width]) => wrapped(text, width).length));
  return Math.max(minimum, lines * EXPORT.lineHeight + 2 * EXPORT.padding);
}

/** Every text of a scene in document order, for tests and for the accessible name. */
export function sceneText(node: SceneNode): string {
  return (node.text ?? '') + node.children.map(sceneText).join(node.tag === 'text' ? ' ' : '');
}
