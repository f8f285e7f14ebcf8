import { expect } from '@open-wc/testing';
import { curveLinear, curveMonotoneX, curveStep, line, type CurveFactory } from 'd3-shape';
import { scaleLinear } from 'd3-scale';
import { drawTraces, prepareCanvas, traceAlpha, traceBatchSize, tracePaths } from '../../src/layout/individuals-canvas.js';
import { linearScale } from '../../src/layout/linear-scale.js';
import type { TraceMatrix } from '../../src/layout/quantiles.js';

/** Alpha of the pixel at CSS position (x, y). */
function alphaAt(canvas: HTMLCanvasElement, x: number, y: number, dpr: number): number {
  const context = canvas.getContext('2d')!;
  return context.getImageData(Math.round(x * dpr), Math.round(y * dpr), 1, 1).data[3];
}

// Two steps at x = 10 and 90; y maps 0..1 to 90..10 px.
const y = scaleLinear().domain([0, 1]).range([90, 10]);
const centers = [10, 90];

describe('layout/individuals-canvas', () => {
  it('batches traces so any count costs at most 200 strokes, fainter as strokes add up', () => {
    expect(traceBatchSize(150)).to.equal(1);
    expect(traceBatchSize(10000)).to.equal(50);
    expect(traceAlpha(1)).to.equal(0.5);
    expect(traceAlpha(100)).to.equal(0.2);
    expect(traceAlpha(10000)).to.equal(2 / Math.sqrt(200));
  });

  it('sizes the backing store by the device pixel ratio', () => {
    const canvas = document.createElement('canvas');
    const context = prepareCanvas(canvas, 100, 50, 2)!;
    expect([canvas.width, canvas.height]).to.deep.equal([200, 100]);
    expect(canvas.style.width).to.equal('100px');
    expect(context.getTransform().a).to.equal(2);
  });

  it('draws translucent traces with gaps, on a real canvas', () => {
    const canvas = document.createElement('canvas');
    const dpr = 2;
    const context = prepareCanvas(canvas, 100, 100, dpr)!;
    // Customer 1 goes from 0 to 1 (a diagonal); customer 2 has only one value: nothing to stroke.
    const matrix: TraceMatrix = { customers: 2, steps: 2, ids: ['a', 'b'], values: Float64Array.from([0, 1, 0.5, NaN]) };
    const strokes = drawTraces(context, matrix, centers, y, curveLinear, { color: 'rgb(0, 0, 255)', lineWidth: 2, alpha: 0.5 });
    expect(strokes).to.equal(2);
    const onLine = alphaAt(canvas, 50, 50, dpr);
    expect(onLine).to.be.within(100, 160);
    const pixel = context.getImageData(100, 100, 1, 1).data;
    expect(pixel[2]).to.be.greaterThan(200);
    expect(alphaAt(canvas, 50, 20, dpr)).to.equal(0);
    expect(alphaAt(canvas, 90, 50, dpr)).to.equal(0);
  });

  it("draws exactly what d3's line() draws for each trace, gaps and lone values included", () => {
    // 450 customers over 7 steps (3 traces per stroke), with gaps, lone values between gaps and
    // repeated values, drawn by drawTraces and by d3's line generator one trace at a time.
    const steps = 7;
    const customers = 450;
    const values = new Float64Array(customers * steps);
    for (let i = 0; i < values.length; i++) {
      const r = (i * 7919) % 23;
      values[i] = r < 4 ? NaN : ((r % 9) - 4) / 2;
    }
    const matrix: TraceMatrix = { customers, steps, ids: Array.from({ length: customers }, (_, i) => `c${i}`), values };
    const xs = Array.from({ length: steps }, (_, i) => 12 + i * 40);
    const scale = linearScale([-2, 2], [110, 10]);
    const draw = (curve: CurveFactory, viaD3: boolean) => {
      const canvas = document.createElement('canvas');
      const context = prepareCanvas(canvas, 300, 120, 1)!;
      if (!viaD3) {
        drawTraces(context, matrix, xs, scale, curve, { color: 'rgb(20, 40, 200)' });
      } else {
        let offset = 0;
        const generator = line<number>()
          .defined((step) => !Number.isNaN(values[offset + step]))
          .x((step) => xs[step])
          .y((step) => scale(values[offset + step]))
          .curve(curve)
          .context(context);
        const batch = traceBatchSize(customers);
        context.globalAlpha = traceAlpha(customers);
        context.strokeStyle = 'rgb(20, 40, 200)';
        context.lineWidth = 1;
        context.lineJoin = 'round';
        for (let start = 0; start < customers; start += batch) {
          context.beginPath();
          for (let row = start; row < Math.min(customers, start + batch); row++) {
            offset = row * steps;
            generator(Array.from({ length: steps }, (_, i) => i));
          }
          context.stroke();
        }
      }
      return context.getImageData(0, 0, 300, 120).data;
    };
    for (const curve of [curveMonotoneX, curveLinear, curveStep]) {
      const ours = draw(curve, false);
      const reference = draw(curve, true);
      expect(ours.some((v, i) => i % 4 === 3 && v > 0)).to.equal(true);
      const differing = ours.findIndex((v, i) => v !== reference[i]);
      expect(differing, `first differing byte ${differing}`).to.equal(-1);
    }
  });

  it('clears the previous drawing when prepared again', () => {
    const canvas = document.createElement('canvas');
    const context = prepareCanvas(canvas, 100, 100, 1)!;
    const matrix: TraceMatrix = { customers: 1, steps: 2, ids: ['a'], values: Float64Array.from([0, 1]) };
    drawTraces(context, matrix, centers, y, curveLinear, { color: 'black', lineWidth: 2 });
    expect(alphaAt(canvas, 50, 50, 1)).to.be.greaterThan(0);
    prepareCanvas(canvas, 100, 100, 1);
    expect(alphaAt(canvas, 50, 50, 1)).to.equal(0);
  });

  it("writes each trace's SVG path exactly as d3's line() writes it, gaps and lone values included", () => {
    // Customer 0: a gap between two runs; 1: a lone value between gaps; 2: no value; 3: whole.
    const values = Float64Array.from([0, 1, NaN, -1, 2, NaN, 1.5, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, -2, -1, 0, 1, 2]);
    const matrix: TraceMatrix = { customers: 4, steps: 5, ids: ['a', 'b', 'c', 'd'], values };
    const xs = [10, 30.5, 50, 70, 90];
    const scale = linearScale([-2, 2], [110, 10]);
    for (const curve of [curveMonotoneX, curveLinear, curveStep]) {
      const reference = [0, 1, 2, 3].map((row) =>
        line<number>()
          .defined((step) => !Number.isNaN(values[row * 5 + step]))
          .x((step) => xs[step])
          .y((step) => scale(values[row * 5 + step]))
          .curve(curve)([0, 1, 2, 3, 4]) ?? '',
      );
      expect(tracePaths(matrix, xs, scale, curve)).to.deep.equal(reference);
    }
    // Hand-computed, linear: 0 → 60 px, 1 → 35 px, -1 → 85 px; a lone value is a closed point.
    expect(tracePaths(matrix, xs, scale, curveLinear).slice(0, 3)).to.deep.equal(['M10,60L30.5,35M70,85L90,10', 'M30.5,22.5Z', '']);
  });
});
