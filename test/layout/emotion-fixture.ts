import type { Individual, NormalizedJourney, NormalizedStage, NormalizedStep, Persona } from '../../src/model/types.js';

export interface FixtureStep {
  id: string;
  title?: string;
  stage?: string;
  emotion?: Record<string, number>;
  momentOfTruth?: boolean;
}

/**
 * A normalized journey built by hand (only what the curve layout reads), so layout tests pin exact
 * numbers without depending on the normalizer.
 */
export function curveJourney(
  stepsIn: FixtureStep[],
  options: { personas?: Persona[]; individuals?: Individual[]; labels?: Record<string, string>; min?: number; max?: number } = {},
): NormalizedJourney {
  const stages: NormalizedStage[] = [];
  const steps: NormalizedStep[] = stepsIn.map((step, index) => {
    const stageId = step.stage ?? 'stage';
    let stage = stages.find((s) => s.id === stageId);
    if (!stage) {
      stage = { id: stageId, title: `Stage ${stageId}`, index: stages.length, firstStep: index, stepCount: 0 };
      stages.push(stage);
    }
    stage.stepCount += 1;
    return {
      id: step.id,
      title: step.title ?? `Step ${step.id}`,
      index,
      stageId,
      stageIndex: stage.index,
      indexInStage: stage.stepCount - 1,
      isStage: false,
      emotionByPersona: step.emotion ?? {},
      momentOfTruth: step.momentOfTruth,
      nextIndices: index < stepsIn.length - 1 ? [index + 1] : [],
    };
  });
  const personas = options.personas ?? [];
  return {
    source: { schemaVersion: 1, title: 'Fixture', stages: [] },
    title: 'Fixture',
    state: 'current',
    scale: { min: options.min ?? -2, max: options.max ?? 2, labels: options.labels ?? {} },
    personas,
    seriesIds: personas.length > 0 ? personas.map((p) => p.id) : ['*'],
    channels: new Map(),
    metrics: new Map(),
    stages,
    steps,
    stepIndexById: new Map(steps.map((s) => [s.id, s.index])),
    lanes: [],
    edges: [],
    individuals: options.individuals ?? [],
  };
}
