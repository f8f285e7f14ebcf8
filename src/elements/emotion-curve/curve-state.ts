import { buildEmotionPlot, type EmotionPlot, type PlotOptions } from '../../layout/curve-model.js';
import { drawTraces, prepareCanvas } from '../../layout/individuals-canvas.js';
import { DensityPainter } from './density-painter.js';
import type { TraceMatrix } from '../../layout/quantiles.js';
import { CustomerTraces } from './customer-traces.js';
import type { ColumnWindow } from '../../context/column-window-context.js';
import type { ColumnLayout } from '../../layout/types.js';
import type { NormalizedJourney, NormalizedStep } from '../../model/types.js';
import { sameJourneyInputs, type JourneyPart } from '../../model/stable-journey.js';

const sameEmotions = (a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean => {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) if (!Object.is(a[key], b[key])) return false;
  return true;
};

/** What the curve reads of a step: its place, names, emotions and moment-of-truth flag. */
const sameCurveStep = (a: NormalizedStep, b: NormalizedStep): boolean =>
  a === b ||
  (a.id === b.id &&
    a.title === b.title &&
    a.index === b.index &&
    a.stageId === b.stageId &&
    a.stageIndex === b.stageIndex &&
    a.momentOfTruth === b.momentOfTruth &&
    sameEmotions(a.emotionByPersona, b.emotionByPersona));

const CURVE_PARTS: readonly JourneyPart[] = ['title', 'state', 'personas', 'seriesIds', 'scale', 'stages', 'channels', 'lanes', 'stepIndexById', 'individuals'];

/**
 * Whether two versions of a document draw and read the same curve: the same steps (by what the
 * curve reads of them), personas, scale, stages, channels, lanes and customers. `<journey-map>` keeps
 * the objects of unchanged parts between updates (see stable-journey.ts), so after an update that
 * changed only what the curve does not show (an action's text, say) this is a few identity checks
 * and a walk over the steps.
 */
export function sameCurveInputs(a: NormalizedJourney, b: NormalizedJourney): boolean {
  return sameJourneyInputs(a, b, CURVE_PARTS, sameCurveStep);
}

/**
 * The step columns a curve inside a map has drawn (markers, labels, cell names), by step id. The map
 * draws the columns in view first and names them by step object (column-window-context.ts); an
 * update that gives a step a new object with the same curve data (a changed action, say) must not
 * take its marker away until the map gets round to that column again.
 */
export class DrawnColumns {
  private readonly drawn = new Map<string, NormalizedStep>();

  /** `lane`: the curve's lane key, as the map's window knows it. */
  constructor(private readonly lane: string) {}

  private has(step: NormalizedStep): boolean {
    const drawn = this.drawn.get(step.id);
    return drawn !== undefined && sameCurveStep(drawn, step);
  }

  /** Whether the window brings a column the curve has not drawn yet. */
  adds(journey: NormalizedJourney, window: ColumnWindow): boolean {
    return journey.steps.some((step) => window.shows(step, this.lane) && !this.has(step));
  }

  /**
   * Whether a new document (`next`, after `previous`) or window from the map changes what the curve
   * draws or names: its data, or a column to draw.
   */
  redraws(previous: NormalizedJourney, next: NormalizedJourney, window: ColumnWindow | undefined): boolean {
    return !sameCurveInputs(previous, next) || (window !== undefined && this.adds(next, window));
  }

  /** The columns to draw now, by step index: those the window shows and those drawn already; records them. */
  shows(journey: NormalizedJourney, window: ColumnWindow): (stepIndex: number) => boolean {
    const shown = journey.steps.map((step) => window.shows(step, this.lane) || this.has(step));
    this.drawn.clear();
    journey.steps.forEach((step, index) => shown[index] && this.drawn.set(step.id, step));
    return (stepIndex) => shown[stepIndex] ?? false;
  }
}

type Inputs = Omit<PlotOptions, 'traces' | 'quantiles' | 'padding'>;

/** The persona whose customers the plot keeps: the chosen one when the journey has it, else every customer. */
const plotPersona = (journey: NormalizedJourney, persona: string | undefined): string | undefined =>
  persona && journey.seriesIds.includes(persona) ? persona : undefined;

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

  private last?: { journey: NormalizedJourney; layout: ColumnLayout; inputs: Inputs; plot: EmotionPlot };
  private drawn?: { canvas: HTMLCanvasElement; key: string; traces: TraceMatrix; curve: EmotionPlot['curve'] };
  /** Paints many customers as a density, in slices (see density-painter.ts). */
  readonly density = new DensityPainter();
  /** The customers' matrix and quartiles; in slices for very many customers (customer-traces.ts). */
  readonly customers: CustomerTraces;

  /** `onReady`: the customers of a journey computed in slices are ready to draw (the element updates). */
  constructor(onReady: () => void = () => {}) {
    this.customers = new CustomerTraces(onReady);
  }

  /**
   * Whether the customers of `journey` (those of `persona`, as the plot filters them) are still
   * being computed in slices: the element then shows its loading status instead of the plot.
   */
  pending(journey: NormalizedJourney, persona: string | undefined): boolean {
    return this.customers.get(journey, plotPersona(journey, persona)) === undefined;
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
    // Computed now when not ready: a map's lane does not wait for slices.
    const { matrix, quantiles } = this.customers.now(journey, plotPersona(journey, inputs.persona ?? undefined));
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
   * Draws the customers' traces — as lines, or with `density` as a density painted once binned —
   * only when what they look like changed (data, size, pixel ratio, colour, mode), never on focus
   * moves or other re-renders.
   */
  drawCanvas(canvas: HTMLCanvasElement, plot: EmotionPlot, density = false): void {
    const traces = plot.traces;
    if (!traces) return;
    const dpr = window.devicePixelRatio || 1;
    const color = getComputedStyle(canvas).color;
    const key = [plot.width, plot.height, plot.centers.join(), plot.y.domain().join(), plot.y.range().join(), dpr, color, density].join('|');
    const drawn = this.drawn;
    if (drawn && drawn.canvas === canvas && drawn.key === key && drawn.traces === traces && drawn.curve === plot.curve) return;
    this.drawn = { canvas, key, traces, curve: plot.curve };
    if (density) {
      const { centers, y, width, height } = plot;
      this.density.paint({ canvas, traces, centers, y, width, height, dpr, color });
      return;
    }
    this.density.cancel();
    const context = prepareCanvas(canvas, plot.width, plot.height, dpr);
    if (!context) return;
    drawTraces(context, traces, plot.centers, plot.y, plot.curve, { color });
  }
}
