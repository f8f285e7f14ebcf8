import { buildEmotionPlot, type EmotionPlot, type PlotOptions } from '../../layout/curve-model.js';
import { drawTraces, prepareCanvas } from '../../layout/individuals-canvas.js';
import { stepQuantiles, traceMatrix, type StepQuantiles, type TraceMatrix } from '../../layout/quantiles.js';
import type { ColumnLayout } from '../../layout/types.js';
import type { NormalizedJourney } from '../../model/types.js';

type Inputs = Omit<PlotOptions, 'traces' | 'quantiles' | 'padding'>;

/** More room under the plot for the "n = …" labels when customers are drawn. */
const CUSTOMER_PADDING = { top: 24, bottom: 44 };

/**
 * The derived data of one `<emotion-curve>`, rebuilt only when its inputs change: the customers'
 * matrix and quantiles (the costly part with 10 000 customers), the plot, and the canvas drawing.
 */
export class CurveState {
  /**
   * False on the first build (there is nothing to glide from) and after a rebuild caused only by a
   * new size or direction, so resizing does not animate.
   */
  animate = true;

  private traces?: { journey: NormalizedJourney; persona: string | undefined; matrix?: TraceMatrix; quantiles?: StepQuantiles };
  private last?: { journey: NormalizedJourney; layout: ColumnLayout; inputs: Inputs; plot: EmotionPlot };
  private drawn?: { canvas: HTMLCanvasElement; key: string; traces: TraceMatrix; curve: EmotionPlot['curve'] };

  private customers(journey: NormalizedJourney, persona: string | undefined) {
    if (this.traces?.journey !== journey || this.traces.persona !== persona) {
      const matrix =
        journey.individuals.length > 0
          ? traceMatrix(journey.individuals, journey.stepIndexById, journey.steps.length, persona)
          : undefined;
      const quantiles = matrix && matrix.customers > 0 ? stepQuantiles(matrix) : undefined;
      this.traces = { journey, persona, matrix, quantiles };
    }
    return this.traces;
  }

  plot(journey: NormalizedJourney, layout: ColumnLayout, inputs: Inputs): EmotionPlot {
    const last = this.last;
    const sameData =
      last !== undefined &&
      last.journey === journey &&
      last.inputs.height === inputs.height &&
      last.inputs.curve === inputs.curve &&
      last.inputs.persona === inputs.persona &&
      last.inputs.compare === inputs.compare &&
      last.inputs.highlight === inputs.highlight;
    if (last && sameData && last.layout === layout && last.inputs.rtl === inputs.rtl) return last.plot;
    this.animate = last !== undefined && !sameData;
    const persona = inputs.persona && journey.seriesIds.includes(inputs.persona) ? inputs.persona : undefined;
    const { matrix, quantiles } = this.customers(journey, persona);
    const plot = buildEmotionPlot(journey, layout, {
      ...inputs,
      traces: matrix,
      quantiles,
      padding: matrix && matrix.customers > 0 ? CUSTOMER_PADDING : undefined,
    });
    this.last = { journey, layout, inputs, plot };
    return plot;
  }

  /**
   * Draws the customers' traces, only when what they look like changed (data, size, pixel ratio,
   * colour), never on focus moves or other re-renders.
   */
  drawCanvas(canvas: HTMLCanvasElement, plot: EmotionPlot): void {
    const traces = plot.traces;
    if (!traces) return;
    const dpr = window.devicePixelRatio || 1;
    const color = getComputedStyle(canvas).color;
    const key = [plot.width, plot.height, plot.centers.join(), plot.y.domain().join(), plot.y.range().join(), dpr, color].join('|');
    const drawn = this.drawn;
    if (drawn && drawn.canvas === canvas && drawn.key === key && drawn.traces === traces && drawn.curve === plot.curve) return;
    const context = prepareCanvas(canvas, plot.width, plot.height, dpr);
    if (!context) return;
    drawTraces(context, traces, plot.centers, plot.y, plot.curve, { color });
    this.drawn = { canvas, key, traces, curve: plot.curve };
  }
}
