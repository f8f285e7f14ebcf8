import type { CurveFactory } from 'd3-shape';
import type { LinearScale } from './linear-scale.js';
import type { TraceMatrix } from './quantiles.js';

/**
 * Sizes a canvas for crisp drawing on high-density screens: a backing store of width × dpr pixels
 * shown at the CSS size, and a transform so drawing code works in CSS pixels. Clears it.
 */
export function prepareCanvas(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
  dpr: number,
): CanvasRenderingContext2D | null {
  const ratio = dpr > 0 && Number.isFinite(dpr) ? dpr : 1;
  const pixelWidth = Math.max(1, Math.round(width * ratio));
  const pixelHeight = Math.max(1, Math.round(height * ratio));
  if (canvas.width !== pixelWidth) canvas.width = pixelWidth;
  if (canvas.height !== pixelHeight) canvas.height = pixelHeight;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, pixelWidth, pixelHeight);
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  return context;
}

/** At most this many strokes per draw: each batch of traces is one path, stroked once. */
export const MAX_STROKES = 200;

/** How many traces go into one path, so that any count of customers costs at most MAX_STROKES strokes. */
export function traceBatchSize(customers: number): number {
  return Math.max(1, Math.ceil(customers / MAX_STROKES));
}

/**
 * Opacity of one stroke. Overlaps only build up across strokes (one path covers a pixel once), so
 * the alpha follows the number of strokes: dense bundles darken, a lone trace stays visible.
 */
export function traceAlpha(customers: number): number {
  const strokes = Math.ceil(customers / traceBatchSize(customers));
  return Math.min(0.5, Math.max(0.04, 2 / Math.sqrt(Math.max(1, strokes))));
}

export interface TraceStyle {
  color: string;
  lineWidth?: number;
  /** Defaults to `traceAlpha(customers)`. */
  alpha?: number;
}

/**
 * Draws every customer's trace as a thin translucent line, gaps where a customer has no value.
 * No per-trace objects: the matrix is mapped to pixel heights once, in one typed array, and each
 * row is fed straight to one d3 curve drawing into the canvas — the loop d3's `line()` runs, with
 * gaps where `line().defined()` would put them, without its per-point accessor calls. Returns the
 * number of strokes made.
 */
export function drawTraces(
  context: CanvasRenderingContext2D,
  matrix: TraceMatrix,
  centers: readonly number[],
  y: LinearScale,
  curve: CurveFactory,
  style: TraceStyle,
): number {
  const { customers, steps, values } = matrix;
  if (customers === 0 || steps === 0) return 0;
  const heights = pixelHeights(values, y);
  const xs = Float64Array.from(centers);
  const output = curve(context);
  const batch = traceBatchSize(customers);
  context.save();
  context.globalAlpha = style.alpha ?? traceAlpha(customers);
  context.strokeStyle = style.color;
  context.lineWidth = style.lineWidth ?? 1;
  context.lineJoin = 'round';
  let strokes = 0;
  for (let start = 0; start < customers; start += batch) {
    context.beginPath();
    const end = Math.min(customers, start + batch);
    for (let row = start; row < end; row++) traceRow(output, heights, row * steps, steps, xs);
    context.stroke();
    strokes++;
  }
  context.restore();
  return strokes;
}

/** The matrix in pixel heights; NaN (no value) stays NaN through the scale. */
function pixelHeights(values: Float64Array, y: LinearScale): Float64Array {
  const heights = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) heights[i] = Number.isNaN(values[i]) ? NaN : y(values[i]);
  return heights;
}

/** One customer's trace into a d3 curve: gaps where there is no value, as `line().defined()` puts them. */
function traceRow(output: ReturnType<CurveFactory>, heights: Float64Array, offset: number, steps: number, xs: Float64Array): void {
  let open = false;
  for (let step = 0; step < steps; step++) {
    const height = heights[offset + step];
    if (Number.isNaN(height)) {
      if (open) output.lineEnd();
      open = false;
      continue;
    }
    if (!open) output.lineStart();
    open = true;
    output.point(xs[step], height);
  }
  if (open) output.lineEnd();
}

/**
 * Up to this many customers' traces are SVG paths instead of a canvas: no backing store to allocate
 * and rasterize on the main thread and no computed colour to read, which is most of what one trace
 * cost (its path text is short). Beyond it, parsing thousands of paths costs more than the canvas.
 */
export const SVG_TRACES_MAX = 40;

/** To a thousandth of a pixel, as d3's `line()` writes its paths (d3-path's default precision). */
const r = (value: number): number => Math.round(value * 1000) / 1000;

/** An SVG path's `d`, written as d3-path writes it (d3's `line()` gives the same text). */
class PathText {
  d = '';
  moveTo(x: number, y: number): void {
    this.d += `M${r(x)},${r(y)}`;
  }
  lineTo(x: number, y: number): void {
    this.d += `L${r(x)},${r(y)}`;
  }
  bezierCurveTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number): void {
    this.d += `C${r(x1)},${r(y1)},${r(x2)},${r(y2)},${r(x)},${r(y)}`;
  }
  closePath(): void {
    this.d += 'Z';
  }
}

/**
 * Each customer's trace as an SVG path's `d` (an empty string for a customer with no line to draw):
 * the same curve, gaps and lone values as `drawTraces`, exactly the text d3's `line()` gives.
 */
export function tracePaths(matrix: TraceMatrix, centers: readonly number[], y: LinearScale, curve: CurveFactory): string[] {
  const { customers, steps, values } = matrix;
  const heights = pixelHeights(values, y);
  const xs = Float64Array.from(centers);
  const paths: string[] = [];
  for (let row = 0; row < customers; row++) {
    const text = new PathText();
    traceRow(curve(text as unknown as CanvasRenderingContext2D), heights, row * steps, steps, xs);
    paths.push(text.d);
  }
  return paths;
}
