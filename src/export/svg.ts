import { laneString } from '../i18n/lane-strings.js';
import { mapString, type MapStringKey } from '../i18n/map-strings.js';
import { csvLabels } from '../layout/csv-labels.js';
import type { CsvLabels } from '../layout/export-csv.js';
import type { NormalizedJourney } from '../model/types.js';
import { LIGHT_PALETTE, type ExportPalette } from './palette.js';
import { buildMapScene, type SceneOptions } from './scene.js';
import { EXPORT, type SceneNode } from './scene-node.js';
import type { Translator } from '../i18n/translator.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Writes a scene node and its children with createElementNS and textContent: data never becomes markup. */
function write(parent: Element, node: SceneNode): void {
  const element = parent.ownerDocument.createElementNS(SVG_NS, node.tag);
  for (const [key, value] of Object.entries(node.attributes)) element.setAttribute(key, String(value));
  if (node.text !== undefined) element.textContent = node.text;
  for (const child of node.children) write(element, child);
  parent.append(element);
}

/** A scene as an SVG element: every node written with createElementNS and textContent. */
export function sceneSVG(scene: { width: number; height: number; root: SceneNode }, palette: ExportPalette, doc: Document = document): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  const rootAttributes: Record<string, string | number> = {
    xmlns: SVG_NS,
    width: scene.width,
    height: scene.height,
    viewBox: `0 0 ${scene.width} ${scene.height}`,
    'font-family': EXPORT.font,
    'font-size': EXPORT.fontSize,
    fill: palette.text,
  };
  for (const [key, value] of Object.entries(rootAttributes)) svg.setAttribute(key, String(value));
  for (const child of scene.root.children) write(svg, child);
  return svg;
}

/** The map's export as an SVG element: the scene of `buildMapScene`, written as SVG nodes. */
export function buildMapSVG(journey: NormalizedJourney, options: SceneOptions, doc: Document = document): SVGSVGElement {
  return sceneSVG(buildMapScene(journey, options), options.palette ?? LIGHT_PALETTE, doc);
}

export interface MapSVG {
  text: string;
  width: number;
  height: number;
}

/** An SVG element as a standalone document string, serialized by the browser (so every text is escaped). */
export function serializeSVG(svg: SVGSVGElement): MapSVG {
  const size = (name: string) => Number(svg.getAttribute(name));
  return { text: new XMLSerializer().serializeToString(svg), width: size('width'), height: size('height') };
}

/** The SVG as a standalone document string, serialized by the browser (so every text is escaped). */
export function mapSVG(journey: NormalizedJourney, options: SceneOptions): MapSVG {
  return serializeSVG(buildMapSVG(journey, options));
}

export interface PngOptions {
  /** Pixels per SVG unit: 2 (the default) for sharp slides, 1 for the map's own size. */
  scale?: number;
}

/** Chrome's and Firefox's canvas limits; a larger canvas silently draws nothing. */
export const MAX_CANVAS_SIDE = 32767;
export const MAX_CANVAS_AREA = 268_435_456;

/**
 * The message when the browser refuses to decode the picture: on a page whose Content Security
 * Policy does not allow `data:` images, the SVG never loads (docs/security.md).
 */
export const PNG_BLOCKED =
  'journey-map: the PNG could not be drawn; a Content-Security-Policy must allow img-src data: (docs/security.md).';

/**
 * Draws the SVG on a canvas through an image of a `data:` URL, and returns the PNG. A `data:` URL,
 * not a Blob URL: the strict policy of getting-started.md allows `img-src 'self' data:` (documents
 * carry persona pictures that way) and no `blob:`.
 */
export async function svgToPNG({ text, width, height }: MapSVG, { scale = 2 }: PngOptions = {}): Promise<Blob> {
  const factor = typeof scale === 'number' && Number.isFinite(scale) && scale > 0 ? scale : 2;
  const pixelsWide = Math.max(1, Math.round(width * factor));
  const pixelsHigh = Math.max(1, Math.round(height * factor));
  if (pixelsWide > MAX_CANVAS_SIDE || pixelsHigh > MAX_CANVAS_SIDE || pixelsWide * pixelsHigh > MAX_CANVAS_AREA) {
    throw new RangeError(
      `journey-map: a ${pixelsWide}×${pixelsHigh} px PNG is larger than a browser canvas can hold; use a smaller scale or exportSVG().`,
    );
  }
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  try {
    await image.decode();
  } catch {
    throw new Error(PNG_BLOCKED);
  }
  const canvas = document.createElement('canvas');
  canvas.width = pixelsWide;
  canvas.height = pixelsHigh;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('journey-map: no 2D canvas to draw the PNG on.');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('journey-map: the PNG could not be encoded.'))), 'image/png'),
  );
}

/** The words of an export in the map's language: lane names, the CSV header row, the SVG's subtitle and legend default. */
export interface ExportWords extends CsvLabels {
  subtitle: string;
  defaultSeriesName: string;
}

/** Localizes an export the way the map is shown: its locale and the host's string overrides. */
export function exportWords(journey: NormalizedJourney, t: Translator): ExportWords {
  const text = (key: MapStringKey) => mapString(t, key);
  const state = text(journey.state === 'future' ? 'state.future' : 'state.current');
  return {
    ...csvLabels(t),
    subtitle: journey.goal ? `${state} · ${text('map.goal')}: ${journey.goal}` : state,
    defaultSeriesName: laneString(t, 'lane.emotion'),
  };
}
