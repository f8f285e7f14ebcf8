import { stepQuantilesSteps, traceMatrixSteps, type StepQuantiles, type TraceMatrix } from '../../layout/quantiles.js';
import { drain } from '../../model/safe-copy.js';
import type { NormalizedJourney } from '../../model/types.js';
import { runInSlices, SLICED_CUSTOMERS, yieldToPage, type SliceOptions } from '../../model/validate-sliced.js';

/** A journey's customers as the curve draws them: their matrix and per-step quartiles (none without customers). */
export interface CustomerData {
  journey: NormalizedJourney;
  persona: string | undefined;
  matrix?: TraceMatrix;
  quantiles?: StepQuantiles;
}

/** Customers between two looks at the clock while the matrix and the quartiles are built in slices. */
const EVERY = 2_000;

/**
 * The matrix, then the quartiles, of `journey`'s customers (those of `persona` with it), as steps
 * that pause every `every` customers (0: never), so both can be computed in one go or in slices
 * with the same results.
 */
export function* customerDataSteps(
  journey: NormalizedJourney,
  persona: string | undefined,
  every: number,
): Generator<void, CustomerData> {
  if (journey.individuals.length === 0) return { journey, persona };
  const matrix = yield* traceMatrixSteps(journey.individuals, journey.stepIndexById, journey.steps.length, persona, every);
  const quantiles = matrix.customers > 0 ? yield* stepQuantilesSteps(matrix, every) : undefined;
  return { journey, persona, matrix, quantiles };
}

/**
 * The customers' matrix and quartiles of the journey a curve draws, kept while the journey and
 * persona stay. Up to `SLICED_CUSTOMERS` customers they are computed when asked for; above it (the
 * matrix and quartiles of 100 000 customers took ~0.3 s in one task) in slices of about 30 ms,
 * yielding to the page, after which `onReady` is called (the element updates and draws them). A
 * different journey or persona abandons the slices running.
 */
export class CustomerTraces {
  private current?: CustomerData;
  private running?: { journey: NormalizedJourney; persona: string | undefined; cancelled: boolean; done: Promise<void> };
  /** What the slices threw (unreachable: they read only validated data), thrown again to the element, which shows it. */
  private failed?: { journey: NormalizedJourney; persona: string | undefined; error: unknown };

  constructor(
    private readonly onReady: () => void,
    private readonly slices: SliceOptions & { threshold?: number } = {},
  ) {}

  /** Resolves once the slices running (if any) have finished and `onReady` was called. */
  get settled(): Promise<void> {
    return this.running?.done ?? Promise.resolve();
  }

  /** The data of `journey` for `persona`; undefined while it is being computed in slices. */
  get(journey: NormalizedJourney, persona: string | undefined): CustomerData | undefined {
    const current = this.current;
    if (current && current.journey === journey && current.persona === persona) return current;
    const running = this.running;
    if (running && running.journey === journey && running.persona === persona) return undefined;
    const failed = this.failed;
    if (failed && failed.journey === journey && failed.persona === persona) throw failed.error;
    if (journey.individuals.length <= (this.slices.threshold ?? SLICED_CUSTOMERS)) return this.now(journey, persona);
    this.cancel();
    // The first slice now: what fits in it is drawn in this update, without a loading status.
    const steps = customerDataSteps(journey, persona, this.slices.every ?? EVERY);
    const budget = this.slices.budget ?? 30;
    const start = performance.now();
    for (;;) {
      const next = steps.next();
      if (next.done) return (this.current = next.value);
      if (performance.now() - start >= budget) break;
    }
    const job = { journey, persona, cancelled: false, done: Promise.resolve() };
    const slices = { ...this.slices, cancelled: () => job.cancelled };
    job.done = (slices.yieldToPage ?? yieldToPage)()
      .then(() => (job.cancelled ? undefined : runInSlices(steps, slices)))
      .then(
        (data) => {
          if (job.cancelled || !data) return;
          this.current = data;
          this.running = undefined;
          this.onReady();
        },
        (error: unknown) => {
          if (job.cancelled) return;
          this.failed = { journey, persona, error };
          this.running = undefined;
          this.onReady();
        },
      );
    this.running = job;
    return undefined;
  }

  /** The data of `journey` for `persona`, computed now in one go if it is not ready (abandoning any slices running). */
  now(journey: NormalizedJourney, persona: string | undefined): CustomerData {
    const current = this.current;
    if (current && current.journey === journey && current.persona === persona) return current;
    this.cancel();
    return (this.current = drain(customerDataSteps(journey, persona, 0)));
  }

  /** Abandons the slices running (a new document, or the element left the page). */
  cancel(): void {
    if (this.running) this.running.cancelled = true;
    this.running = undefined;
  }
}
