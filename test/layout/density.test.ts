import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  DENSITY_ALPHA,
  DENSITY_THRESHOLD,
  DensityBinner,
  densityAlpha,
  densityGrid,
  densityPixels,
  scratchLength,
  drawsDensity,
  parseRgb,
  type DensityGrid,
} from '../../src/layout/density.js';

/** The grid as rows of numbers rounded to 6 places (the sums of fractions carry rounding residues). */
const rowsOf = (grid: DensityGrid): number[][] =>
  Array.from({ length: grid.rows }, (_, row) =>
    Array.from(grid.values.subarray(row * grid.columns, (row + 1) * grid.columns), (v) => Math.round(v * 1e6) / 1e6),
  );

const third = Math.round(1e6 / 3) / 1e6;

describe('layout/density', () => {
  it('a flat line counts 1 in its row of every column it spans', () => {
    // One customer, two steps at x = 0.5 and 3.5, both at y = 1.5: row 1, columns 0 to 3.
    const grid = densityGrid([1.5, 1.5], [0.5, 3.5], 1, 4, 4);
    expect(rowsOf(grid)).to.deep.equal([
      [0, 0, 0, 0],
      [1, 1, 1, 1],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
    ]);
    expect(grid.max).to.equal(1);
  });

  it('a steep segment spreads its 1 over the rows it crosses in each column', () => {
    // From (0.5, 0.5) to (1.5, 3.5): in column 0 (x 0.5..1) y goes 0.5..2 → rows 0–2, 1/3 each;
    // in column 1 (x 1..1.5) y goes 2..3.5 → rows 2–3, 1/2 each. Each column sums to 1.
    const grid = densityGrid([0.5, 3.5], [0.5, 1.5], 1, 3, 4);
    expect(rowsOf(grid)).to.deep.equal([
      [third, 0, 0],
      [third, 0, 0],
      [third, 0.5, 0],
      [0, 0.5, 0],
    ]);
    const column = (c: number) => [0, 1, 2, 3].reduce((sum, row) => sum + grid.values[row * 3 + c], 0);
    expect(column(0)).to.be.closeTo(1, 1e-12);
    expect(column(1)).to.be.closeTo(1, 1e-12);
  });

  it('a flat and a steep line weigh the same in a column', () => {
    // Customer 0 flat at y = 0.5 across columns 0–1; customer 1 from (0.5, 0.5) to (1.5, 3.5).
    const grid = densityGrid([0.5, 0.5, 0.5, 3.5], [0.5, 1.5], 2, 2, 4);
    expect(rowsOf(grid)).to.deep.equal([
      [Math.round((4 / 3) * 1e6) / 1e6, 1],
      [third, 0],
      [third, 0.5],
      [0, 0.5],
    ]);
    expect(grid.max).to.be.closeTo(4 / 3, 1e-12);
  });

  it('a gap leaves the columns between two values empty; a lone value counts 1 in its cell', () => {
    // Steps at x = 0.5, 1.5, 2.5, 3.5; values at y 0.5, 0.5, none, 2.5.
    const grid = densityGrid([0.5, 0.5, NaN, 2.5], [0.5, 1.5, 2.5, 3.5], 1, 4, 3);
    expect(rowsOf(grid)).to.deep.equal([
      [1, 1, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 1],
    ]);
  });

  it('a customer with no values adds nothing', () => {
    const grid = densityGrid([NaN, NaN], [0.5, 1.5], 1, 2, 2);
    expect(Array.from(grid.values)).to.deep.equal([0, 0, 0, 0]);
    expect(grid.max).to.equal(0);
  });

  it('a vertex inside a column counts once, with the rows between its neighbours', () => {
    // (0.25, 0.5) → (0.5, 2.5) → (0.75, 0.5), all inside column 0: rows 0–2, 1/3 each, counted once.
    const grid = densityGrid([0.5, 2.5, 0.5], [0.25, 0.5, 0.75], 1, 2, 3);
    expect(rowsOf(grid)).to.deep.equal([
      [third, 0],
      [third, 0],
      [third, 0],
    ]);
  });

  it('steps running right to left (an RTL plot) bin like the mirrored order', () => {
    const ltr = densityGrid([0.5, 3.5], [0.5, 1.5], 1, 3, 4);
    const rtl = densityGrid([3.5, 0.5], [1.5, 0.5], 1, 3, 4);
    expect(Array.from(rtl.values)).to.deep.equal(Array.from(ltr.values));
  });

  it('cells of 2 px: the grid is half as wide and tall', () => {
    // y = 1.5 → row 0 at cell 2; x 0.5..3.5 → columns 0 and 1.
    const grid = densityGrid([1.5, 1.5], [0.5, 3.5], 1, 4, 4, 2);
    expect([grid.columns, grid.rows, grid.cell]).to.deep.equal([2, 2, 2]);
    expect(rowsOf(grid)).to.deep.equal([
      [1, 1],
      [0, 0],
    ]);
  });

  it('values outside the plot are clamped to its edge rows', () => {
    const grid = densityGrid([-5, -5], [0.5, 1.5], 1, 2, 2);
    expect(rowsOf(grid)).to.deep.equal([
      [1, 1],
      [0, 0],
    ]);
  });

  it('binning in slices gives the same grid as binning at once', () => {
    const customers = 50;
    const xs = [3, 20, 41, 60, 77];
    const ys = Array.from({ length: customers * xs.length }, (_, i) => (i % 7 === 3 ? NaN : ((i * 37) % 50) + 0.25));
    const whole = densityGrid(ys, xs, customers, 80, 50);
    const binner = new DensityBinner(ys, xs, customers, 80, 50);
    const slices: boolean[] = [];
    while (!binner.done) slices.push(binner.bin(7));
    expect(slices).to.deep.equal([false, false, false, false, false, false, false, true]);
    expect(Array.from(binner.grid().values)).to.deep.equal(Array.from(whole.values));
    // Every customer counts 1 per column it reaches: the grid's total is the sum of their column spans.
    let total = 0;
    whole.values.forEach((v) => (total += v));
    expect(total).to.be.greaterThan(0);
  });

  it('the ramp: nothing where no line passes, the faintest opacity above 0, the strongest at the maximum', () => {
    expect(densityAlpha(0, 10)).to.equal(0);
    expect(densityAlpha(10, 10)).to.equal(DENSITY_ALPHA.max);
    expect(densityAlpha(1, 3)).to.be.closeTo(DENSITY_ALPHA.min + (DENSITY_ALPHA.max - DENSITY_ALPHA.min) * 0.5, 1e-12);
    expect(densityAlpha(1e-9, 1e4)).to.be.closeTo(DENSITY_ALPHA.min, 1e-9);
  });

  it('pixels: the colour with the ramp as alpha, transparent where empty', () => {
    const grid: DensityGrid = { columns: 3, rows: 1, cell: 1, values: Float64Array.from([0, 1, 7]), max: 7 };
    const pixels = densityPixels(grid, { r: 10, g: 20, b: 30 });
    // log1p(1) / log1p(7) = 1/3 → step 85 of 255: 255 × (0.08 + 0.72 × 85 / 255) = 81.6 → 82;
    // the maximum → step 255: 255 × 0.8 = 204.
    expect(Array.from(pixels)).to.deep.equal([0, 0, 0, 0, 10, 20, 30, 82, 10, 20, 30, 204]);
  });

  it('parses the colours a canvas gives back', () => {
    expect(parseRgb('#334155')).to.deep.equal({ r: 51, g: 65, b: 85 });
    expect(parseRgb('rgba(203, 213, 225, 0.5)')).to.deep.equal({ r: 203, g: 213, b: 225 });
    expect(parseRgb('rgb(1 2 3)')).to.deep.equal({ r: 1, g: 2, b: 3 });
    expect(parseRgb('canvastext')).to.equal(undefined);
  });

  it('traces="auto" draws lines up to the threshold and a density above it', () => {
    expect(drawsDensity('auto', DENSITY_THRESHOLD)).to.equal(false);
    expect(drawsDensity('auto', DENSITY_THRESHOLD + 1)).to.equal(true);
    expect(drawsDensity(undefined, 10_000)).to.equal(true);
    expect(drawsDensity('bogus', 10)).to.equal(false);
    expect(drawsDensity('lines', 10_000)).to.equal(false);
    expect(drawsDensity('density', 1)).to.equal(true);
    expect(drawsDensity('density', 0)).to.equal(false);
  });
});

describe('layout/density: segments counted by their two values', () => {
  /** Every cell of `a` within 1e-9 of `b` (the counted weights are summed in another order). */
  const expectSameGrid = (a: DensityGrid, b: DensityGrid) => {
    expect([a.columns, a.rows]).to.deep.equal([b.columns, b.rows]);
    // One assertion per grid (an assertion per cell made 400 generated cases slow): the worst cell.
    let worst = 0;
    let at = -1;
    a.values.forEach((value, i) => {
      const difference = Math.abs(value - b.values[i]);
      if (!(difference <= worst)) [worst, at] = [difference, i];
    });
    expect(worst, `cell ${at}`).to.be.at.most(1e-9);
    expect(a.max).to.be.closeTo(b.max, 1e-9);
  };

  it('gives the grid of binning every customer column by column, for generated traces', () => {
    const traces = fc.record({
      steps: fc.integer({ min: 1, max: 6 }),
      customers: fc.integer({ min: 1, max: 30 }),
      width: fc.integer({ min: 1, max: 90 }),
      height: fc.integer({ min: 1, max: 40 }),
      cell: fc.constantFrom(1, 2, 3),
      rtl: fc.boolean(),
      aligned: fc.boolean(),
      seed: fc.integer(),
    });
    fc.assert(
      fc.property(traces, ({ steps, customers, width, height, cell, rtl, aligned, seed }) => {
        let state = seed >>> 0;
        const random = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
        // Centres on whole pixels (every vertex on a column boundary) or anywhere in the plot.
        const centre = (i: number) => ((i + 0.5) * width) / steps;
        const xs = Array.from({ length: steps }, (_, i) => (aligned ? Math.round(centre(i)) : centre(i)));
        if (rtl) xs.reverse();
        // Mostly a few repeated values (a 9-point scale), some anywhere, some missing, some off the plot.
        const levels = Array.from({ length: 9 }, (_, i) => (i * height) / 8);
        const ys = Array.from({ length: customers * steps }, () => {
          const r = random();
          return r < 0.1 ? NaN : r < 0.15 ? random() * height * 1.4 - height * 0.2 : levels[Math.floor(random() * 9)];
        });
        const counted = densityGrid(ys, xs, customers, width, height, cell);
        const reference = new DensityBinner(ys, xs, customers, width, height, cell, false);
        reference.bin(customers);
        expectSameGrid(counted, reference.grid());
      }),
      { seed: 20261205, numRuns: 400 },
    );
  });

  it('counts 1 000 customers on 9 levels: the same grid, sliced or not', () => {
    const xs = [10.5, 30, 50.25, 70, 90];
    const customers = 1000;
    const ys = Array.from({ length: customers * xs.length }, (_, i) => ((i * 7919) % 9) * 5 + 0.5);
    const reference = new DensityBinner(ys, xs, customers, 100, 50, 1, false);
    reference.bin(customers);
    const sliced = new DensityBinner(ys, xs, customers, 100, 50);
    while (!sliced.done) sliced.bin(64);
    expectSameGrid(sliced.grid(), reference.grid());
    // Each customer counts 1 in each column from the first centre's to the last's (10 to 90).
    let total = 0;
    reference.grid().values.forEach((v) => (total += v));
    expect(total).to.be.closeTo(customers * 81, 1e-6);
  });

  it('binning in a used scratch array (kept by the painter from the last density) gives the grid of a fresh one; so do pixels', () => {
    const customers = 40;
    const xs = [3, 20, 41, 60, 77];
    const ys = Array.from({ length: customers * xs.length }, (_, i) => (i % 5 === 2 ? NaN : ((i * 13) % 45) + 0.5));
    const fresh = densityGrid(ys, xs, customers, 80, 50);
    // Longer than needed and full of another plot's numbers.
    const scratch = new Float64Array(scratchLength(80, 50) + 100).fill(3.5);
    const reused = new DensityBinner(ys, xs, customers, 80, 50, 1, true, undefined, scratch);
    reused.bin(customers);
    const grid = reused.grid();
    expect(Array.from(grid.values)).to.deep.equal(Array.from(fresh.values));
    expect(grid.max).to.equal(fresh.max);
    expect(grid.values.buffer).to.equal(scratch.buffer);
    // Too short a scratch array is not used.
    const short = new DensityBinner(ys, xs, customers, 80, 50, 1, true, undefined, new Float64Array(10));
    short.bin(customers);
    expect(Array.from(short.grid().values)).to.deep.equal(Array.from(fresh.values));
    const color = { r: 10, g: 20, b: 30 };
    const pixels = new Uint8ClampedArray(fresh.values.length * 4 + 8).fill(255);
    const written = densityPixels(fresh, color, pixels);
    expect(written.length).to.equal(fresh.values.length * 4);
    expect(written.buffer).to.equal(pixels.buffer);
    expect(Array.from(written)).to.deep.equal(Array.from(densityPixels(fresh, color)));
  });

  it('values projected as they are binned give the grid of the heights exactly; grid() ends the binning and is the same each time', () => {
    const xs = [10.5, 30, 50.25, 70, 90];
    const customers = 300;
    const values = Float64Array.from({ length: customers * xs.length }, (_, i) => (i % 11 === 4 ? NaN : (((i * 7919) % 9) - 4) / 2));
    // The scale of a plot 50 px high, −2 at the bottom: y = (2 − v) / 4 × 48 + 1.
    const project = (v: number) => ((2 - v) / 4) * 48 + 1;
    const heights = Array.from(values, project);
    const expected = densityGrid(heights, xs, customers, 100, 50);
    const projected = new DensityBinner(values, xs, customers, 100, 50, 1, true, project);
    while (!projected.done) projected.bin(32);
    const grid = projected.grid();
    expect(Array.from(grid.values)).to.deep.equal(Array.from(expected.values));
    expect(grid.max).to.equal(expected.max);
    expect(projected.grid()).to.equal(grid);
    // Binning after the grid adds nothing.
    const before = Array.from(grid.values);
    projected.next = 0;
    projected.bin(customers);
    expect(Array.from(projected.grid().values)).to.deep.equal(before);
  });
});
