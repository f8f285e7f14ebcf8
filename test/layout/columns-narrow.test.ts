import { expect } from '@open-wc/testing';
import { computeColumns, sameColumnGeometry } from '../../src/layout/columns.js';
import type { NormalizedJourney } from '../../src/model/types.js';

/** Only what the layout reads: stages with their step ranges, and the steps. */
function journeyWith(stepsPerStage: number[]): NormalizedJourney {
  let first = 0;
  const stages = stepsPerStage.map((count, index) => {
    const stage = { id: `s${index}`, title: `S${index}`, index, firstStep: first, stepCount: count };
    first += count;
    return stage;
  });
  const steps = stages.flatMap((stage) =>
    Array.from({ length: stage.stepCount }, (_, i) => ({ id: `${stage.id}-${i}`, stageId: stage.id, index: stage.firstStep + i })),
  );
  return { stages, steps } as unknown as NormalizedJourney;
}

describe('computeColumns in a narrow container', () => {
  it('narrows the lane names to 96 px and gives one step most of the rest, leaving 32 px of the next', () => {
    // A 375 px phone: 16 px page margins and the map's 1 px borders leave 341 px.
    const layout = computeColumns(journeyWith([2, 3]), 341, { fitNarrow: true });
    expect(layout.narrow).to.equal(true);
    expect(layout.headerWidth).to.equal(96);
    expect(layout.availableWidth).to.equal(245);
    expect(layout.columnWidth).to.equal(213);
    expect(layout.contentWidth).to.equal(5 * 213);
    expect(layout.columns.map((column) => column.x)).to.deep.equal([0, 213, 426, 639, 852]);
    expect(layout.stages.map((stage) => [stage.x, stage.width])).to.deep.equal([
      [0, 426],
      [426, 639],
    ]);
  });

  it('fills the width with a single step', () => {
    const layout = computeColumns(journeyWith([1]), 500, { fitNarrow: true });
    expect([layout.headerWidth, layout.columnWidth]).to.deep.equal([96, 404]);
  });

  it('keeps a narrower header the host asked for', () => {
    expect(computeColumns(journeyWith([3]), 400, { fitNarrow: true, headerWidth: 80 }).headerWidth).to.equal(80);
  });

  it('switches at 640 px, and only for grids that fit narrow screens', () => {
    const journey = journeyWith([3]);
    expect(computeColumns(journey, 639, { fitNarrow: true }).narrow).to.equal(true);
    const wide = computeColumns(journey, 640, { fitNarrow: true });
    expect([wide.narrow, wide.headerWidth, wide.columnWidth]).to.deep.equal([undefined, 160, 176]);
    // Export (width 0) and the standalone curve keep their sizes.
    expect(computeColumns(journey, 0, { fitNarrow: true }).narrow).to.equal(undefined);
    expect(computeColumns(journey, 375).headerWidth).to.equal(160);
  });

  it('tells a narrow layout from a wide one with the same numbers', () => {
    const journey = journeyWith([1]);
    const narrow = computeColumns(journey, 272, { fitNarrow: true });
    const wide = computeColumns(journey, 272, { headerWidth: 96, minColumnWidth: 176 });
    expect([narrow.columnWidth, wide.columnWidth]).to.deep.equal([176, 176]);
    expect(sameColumnGeometry(narrow, wide)).to.equal(false);
  });
});
