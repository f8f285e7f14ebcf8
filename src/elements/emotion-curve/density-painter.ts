import { DensityBinner, densityPixels, parseRgb, scratchLength } from '../../layout/density.js';
import { prepareCanvas } from '../../layout/individuals-canvas.js';
import type { LinearScale } from '../../layout/linear-scale.js';
import type { TraceMatrix } from '../../layout/quantiles.js';
import { SLICED_CUSTOMERS } from '../../model/validate-sliced.js';

/** Main-thread time one binning task may take before it yields to the page. */
const SLICE_MS = 12;
/** Customers binned between two looks at the clock. */
const BATCH = 64;

export interface DensityRequest {
  canvas: HTMLCanvasElement;
  traces: TraceMatrix;
  centers: readonly number[];
  y: LinearScale;
  width: number;
  height: number;
  dpr: number;
  color: string;
}

const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The last density's working memory — its difference array and pixels, 1.3 MB and 0.65 MB for a
 * 950 × 170 px plot — kept for the next density on the page (a resize, another persona, new data,
 * another curve). On the bench machine each fresh page of memory faults when first written: fresh
 * arrays made a 200-customer density cost ~10 ms more (paired A/B 0.79× with them kept). A paint
 * takes the arrays, so two curves painting at once never share them, and gives them back once the
 * pixels are on the canvas. The first density on a page allocates them.
 */
const spare: { diff?: Float64Array; pixels?: Uint8ClampedArray<ArrayBuffer> } = {};

function takeDiff(length: number): Float64Array {
  const array = spare.diff;
  if (!array || array.length < length) return new Float64Array(length);
  spare.diff = undefined;
  return array;
}

function takePixels(length: number): Uint8ClampedArray<ArrayBuffer> {
  const array = spare.pixels;
  if (!array || array.length < length) return new Uint8ClampedArray(length);
  spare.pixels = undefined;
  return array;
}

/**
 * Paints customers' traces as a density (see layout/density.ts) onto the curve's canvas, then paints
 * the grid once, as an image scaled to the plot. Up to `SLICED_CUSTOMERS` customers (validated and
 * prepared in one task already; binning them takes 5–30 ms) it bins and paints in the task that
 * draws the chart, so the density is in the chart's first frame; more (100 000 customers) are binned
 * in slices of about 12 ms, yielding to the page between slices. A new request abandons an
 * unfinished one. `settled` resolves once the latest request is painted.
 */
export class DensityPainter {
  private generation = 0;
  private pending: Promise<void> = Promise.resolve();

  /** Resolves when the latest request has been painted (or abandoned for a newer one). */
  get settled(): Promise<void> {
    return this.pending;
  }

  paint(request: DensityRequest): void {
    const generation = ++this.generation;
    this.pending = this.run(request, generation).catch(() => {
      // A canvas that cannot be drawn (no 2D context, a detached element) shows no density; the
      // lines, median and band above it are SVG and still draw.
    });
  }

  /** Abandons the request in progress (the element left the page). */
  cancel(): void {
    this.generation++;
  }

  private async run(request: DensityRequest, generation: number): Promise<void> {
    const { traces, centers, y, width, height } = request;
    const diff = takeDiff(scratchLength(width, height));
    try {
      // The values turned into heights as they are binned: no second matrix (19 MB for 100 000 customers, filled in one task).
      await this.bin(request, generation, new DensityBinner(traces.values, centers, traces.customers, width, height, 1, true, y, diff));
    } finally {
      spare.diff = diff;
    }
  }

  private async bin(request: DensityRequest, generation: number, binner: DensityBinner): Promise<void> {
    const { traces } = request;
    const slice = traces.customers > SLICED_CUSTOMERS ? SLICE_MS : Infinity;
    let start = performance.now();
    for (;;) {
      binner.bin(BATCH);
      if (binner.done) break;
      if (performance.now() - start > slice) {
        await yieldToPage();
        if (generation !== this.generation) return;
        start = performance.now();
      }
    }
    // The grid, ramp and paint (a pass over every cell) in a task of their own after a binning in
    // slices, unless its last slice was short.
    if (slice === SLICE_MS && performance.now() - start > SLICE_MS / 2) {
      await yieldToPage();
      if (generation !== this.generation) return;
    }
    this.draw(request, binner);
  }

  private draw({ canvas, dpr, width, height, color }: DensityRequest, binner: DensityBinner): void {
    const context = prepareCanvas(canvas, width, height, dpr);
    if (!context) return;
    const grid = binner.grid();
    // The canvas gives any CSS colour back as #rrggbb or rgba(): one form to parse.
    context.fillStyle = color;
    const rgb = parseRgb(String(context.fillStyle)) ?? { r: 0, g: 0, b: 0 };
    const pixels = takePixels(grid.values.length * 4);
    // putImageData copies the pixels: the array is free again once it has run.
    const image = new ImageData(densityPixels(grid, rgb, pixels), grid.columns, grid.rows);
    try {
      if (canvas.width === grid.columns && canvas.height === grid.rows) {
        // One grid cell per canvas pixel (a pixel ratio of 1): the pixels go straight onto the canvas,
        // without a second canvas to scale them from.
        context.putImageData(image, 0, 0);
        return;
      }
      const source = document.createElement('canvas');
      source.width = grid.columns;
      source.height = grid.rows;
      source.getContext('2d')?.putImageData(image, 0, 0);
      context.imageSmoothingEnabled = true;
      context.drawImage(source, 0, 0, grid.columns * grid.cell, grid.rows * grid.cell);
    } finally {
      spare.pixels = pixels;
    }
  }
}
