/**
 * Documents of the map-over-time stories (docs/over-time.md): KPI history, a map due for review, and a
 * Russian future state to compare with its current one.
 */
import type { JourneyDocument, MetricValue, Stage, Step } from '../src/model/types.js';
import { bankCardJourneyRu, phoneSystemJourney } from '../src/samples/index.js';

/** A copy of `doc` with the steps changed by `change` (stages and other steps copied as they are). */
function mapSteps(doc: JourneyDocument, change: (step: Step, stage: Stage) => Step | undefined): JourneyDocument {
  return {
    ...doc,
    stages: doc.stages.map((stage) =>
      stage.steps ? { ...stage, steps: stage.steps.map((step) => change(step, stage)).filter((step): step is Step => step !== undefined) } : stage,
    ),
  };
}

/** Earlier measurements for every metric value: three half-yearly readings leading to today's. */
export function withHistory(doc: JourneyDocument): JourneyDocument {
  const dates = ['2025-04-01', '2025-10-01', '2026-04-01'];
  const measured = mapSteps(doc, (step) => ({
    ...step,
    metrics: step.metrics?.map((reading): MetricValue => {
      const start = reading.previous ?? reading.value;
      const change = reading.value - start;
      const values = [start - change, start - change / 2, start].map((value) => Number(value.toFixed(2)));
      return { ...reading, history: dates.map((at, index) => ({ at, value: values[index]! })) };
    }),
  }));
  return { ...measured, asOf: '2026-10-01', version: '2026.2', owner: 'CX team', lanes: [{ kind: 'metrics' }, { kind: 'emotion' }, { kind: 'painPoints' }] };
}

/** The phone-system map last reviewed in April, reviewed every six months: due on 1 October 2026. */
export const reviewedJourney: JourneyDocument = { ...phoneSystemJourney, asOf: '2026-06-30', reviewedAt: '2026-04-01', reviewEvery: 'P6M', version: '2026.1', owner: 'CX team' };

/**
 * A Russian "to be": reading review sites is no longer needed (step removed), a video call with a
 * manager is new, and comparing tariffs loses its first pain point (resolved).
 */
export function bankCardFutureRu(): JourneyDocument {
  const future = mapSteps(bankCardJourneyRu, (step) => {
    if (step.id === 'reviews') return undefined;
    if (step.id === 'compare') {
      return { ...step, painPoints: step.painPoints?.slice(1) };
    }
    return step;
  });
  const [first, second, ...rest] = future.stages;
  const interest: Stage = {
    ...second!,
    steps: [...(second!.steps ?? []), { id: 'video-call', title: 'Видеозвонок с менеджером', actions: ['Задаёт вопросы о тарифе по видеосвязи'], emotion: 1 }],
  };
  return { ...future, title: `${bankCardJourneyRu.title} (целевое состояние)`, state: 'future', stages: [first!, interest, ...rest] };
}

/**
 * A map in poor health (docs/insights.md): no opportunity for any pain point, every step an
 * assumption with no research behind it, and a review long overdue.
 */
export function poorHealth(doc: JourneyDocument): JourneyDocument {
  const guessed = mapSteps(doc, (step) => ({ ...step, opportunities: undefined, insights: undefined, evidence: 'assumption' }));
  return { ...guessed, reviewedAt: '2025-01-15', reviewEvery: 'P6M' };
}
