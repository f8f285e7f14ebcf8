import type { Level, NormalizedJourney, OpportunityStatus } from '../model/types.js';
import { OPPORTUNITY_STATUSES } from '../model/check-insights.js';

/** One opportunity placed on the impact × effort matrix. */
export interface MatrixCard {
  /** A stable key: the step id and the opportunity's index in it. */
  key: string;
  stepId: string;
  stageId: string;
  stepTitle: string;
  text: string;
  owner?: string;
  status?: OpportunityStatus;
  impact?: Level;
  effort?: Level;
}

/** Rows from high impact down, columns from low effort up: the quick wins sit top left (top right in RTL). */
export const IMPACT_ROWS: readonly Level[] = ['high', 'medium', 'low'];
export const EFFORT_COLUMNS: readonly Level[] = ['low', 'medium', 'high'];

export interface OpportunityMatrix {
  /** `cells[row][column]`: rows by IMPACT_ROWS, columns by EFFORT_COLUMNS; cards in document order. */
  cells: MatrixCard[][][];
  /** Opportunities missing an impact or an effort: they cannot be placed, so they are listed apart. */
  unrated: MatrixCard[];
}

const LEVELS = new Set<string>(['low', 'medium', 'high']);
const STATUSES = new Set<string>(OPPORTUNITY_STATUSES);
const level = (value: unknown): Level | undefined => (typeof value === 'string' && LEVELS.has(value) ? (value as Level) : undefined);
const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Places every opportunity of the journey (with text) on the 3 × 3 matrix. */
export function opportunityMatrix(journey: NormalizedJourney): OpportunityMatrix {
  const cells = IMPACT_ROWS.map(() => EFFORT_COLUMNS.map((): MatrixCard[] => []));
  const unrated: MatrixCard[] = [];
  for (const step of journey.steps) {
    const ideas = Array.isArray(step.opportunities) ? step.opportunities : [];
    ideas.forEach((idea, index) => {
      if (!idea || typeof idea !== 'object' || !nonEmpty(idea.text)) return;
      const card: MatrixCard = { key: `${step.id}/${index}`, stepId: step.id, stageId: step.stageId, stepTitle: step.title, text: idea.text };
      if (nonEmpty(idea.owner)) card.owner = idea.owner;
      if (typeof idea.status === 'string' && STATUSES.has(idea.status)) card.status = idea.status;
      const impact = level(idea.impact);
      const effort = level(idea.effort);
      if (impact) card.impact = impact;
      if (effort) card.effort = effort;
      if (impact && effort) cells[IMPACT_ROWS.indexOf(impact)][EFFORT_COLUMNS.indexOf(effort)].push(card);
      else unrated.push(card);
    });
  }
  return { cells, unrated };
}
