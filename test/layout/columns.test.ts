import { expect } from '@open-wc/testing';
import { ColumnsMemo, computeColumns, sameColumnGeometry } from '../../src/layout/columns.js';
import type { NormalizedJourney, NormalizedStage, NormalizedStep } from '../../src/model/types.js';

/** A normalized journey with the given number of steps per stage (only what layout reads). */
function journeyWith(stepsPerStage: number[]): NormalizedJourney {
  const stages: NormalizedStage[] = [];
  const steps: NormalizedStep[] = [];
  stepsPerStage.forEach((count, stageIndex) => {
    stages.push({ id: `s${stageIndex}`, title: `Stage ${stageIndex}`, index: stageIndex, firstStep: steps.length, stepCount: count });
    for (let i = 0; i < count; i += 1) {
      steps.push({
        id: `s${stageIndex}-${i}`,
        title: `Step ${i}`,
        index: steps.length,
        stageId: `s${stageIndex}`,
        stageIndex,
        indexInStage: i,
        isStage: false,
        emotionByPersona: {},
        nextIndices: [],
      });
    }
  });
  return {
    source: { schemaVersion: 1, title: 't', stages: [] },
    title: 't',
    state: 'current',
    scale: { min: -2, max: 2, labels: {} },
    personas: [],
    seriesIds: ['*'],
    channels: new Map(),
    metrics: new Map(),
    stages,
    steps,
    stepIndexById: new Map(steps.map((s) => [s.id, s.index])),
    lanes: [],
    edges: [],
    individuals: [],
  };
}

describe('layout/computeColumns', () => {
  it('fills the available width with whole-pixel columns flush at the start', () => {
    const layout = computeColumns(journeyWith([2, 3]), 1200, { headerWidth: 160 });
    expect(layout.availableWidth).to.equal(1040);
    expect(layout.headerWidth).to.equal(160);
    expect(layout.columnWidth).to.equal(208);
    expect(layout.contentWidth).to.equal(1040);
    expect(layout.columns.map((c) => c.x)).to.deep.equal([0, 208, 416, 624, 832]);
    expect(layout.columns.map((c) => c.width)).to.deep.equal([208, 208, 208, 208, 208]);
    expect(layout.columns.map((c) => c.center)).to.deep.equal([104, 312, 520, 728, 936]);
    expect(layout.columns[3]).to.deep.equal({ index: 3, stepId: 's1-1', stageId: 's1', x: 624, width: 208, center: 728 });
  });

  it('rounds down and leaves the leftover pixels after the last column', () => {
    const layout = computeColumns(journeyWith([3]), 1000, { headerWidth: 100 });
    expect(layout.availableWidth).to.equal(900);
    expect(layout.columnWidth).to.equal(300);
    const odd = computeColumns(journeyWith([3]), 1001.7, { headerWidth: 100 });
    expect(odd.availableWidth).to.equal(901);
    expect(odd.columnWidth).to.equal(300);
    expect(odd.contentWidth).to.equal(900);
    expect(odd.columns.map((c) => c.x)).to.deep.equal([0, 300, 600]);
    expect(odd.columns.map((c) => c.center)).to.deep.equal([150, 450, 750]);
  });

  it('never goes below the minimum column width, so narrow hosts scroll', () => {
    const layout = computeColumns(journeyWith([4, 3]), 600, { headerWidth: 160 });
    expect(layout.availableWidth).to.equal(440);
    expect(layout.columnWidth).to.equal(176);
    expect(layout.contentWidth).to.equal(1232);
    expect(layout.columns.map((c) => c.x)).to.deep.equal([0, 176, 352, 528, 704, 880, 1056]);
    const custom = computeColumns(journeyWith([4]), 600, { headerWidth: 0, minColumnWidth: 200 });
    expect(custom.columnWidth).to.equal(200);
    expect(custom.contentWidth).to.equal(800);
  });

  it('uses a 160px header and a 176px minimum by default', () => {
    const layout = computeColumns(journeyWith([1]), 300);
    expect(layout.headerWidth).to.equal(160);
    expect(layout.availableWidth).to.equal(140);
    expect(layout.columnWidth).to.equal(176);
  });

  it('boxes each stage around its steps', () => {
    const layout = computeColumns(journeyWith([2, 1, 3]), 1360, { headerWidth: 160 });
    expect(layout.columnWidth).to.equal(200);
    expect(layout.stages).to.deep.equal([
      { stageId: 's0', index: 0, x: 0, width: 400, firstStep: 0, stepCount: 2 },
      { stageId: 's1', index: 1, x: 400, width: 200, firstStep: 2, stepCount: 1 },
      { stageId: 's2', index: 2, x: 600, width: 600, firstStep: 3, stepCount: 3 },
    ]);
  });

  it('survives a zero, negative or non-finite width and an empty journey', () => {
    expect(computeColumns(journeyWith([2]), 0).availableWidth).to.equal(0);
    expect(computeColumns(journeyWith([2]), -50).columnWidth).to.equal(176);
    expect(computeColumns(journeyWith([2]), Number.NaN).contentWidth).to.equal(352);
    const empty = computeColumns(journeyWith([]), 800, { headerWidth: 100 });
    expect(empty).to.deep.equal({ availableWidth: 700, headerWidth: 100, columnWidth: 176, contentWidth: 0, columns: [], stages: [] });
  });

  it('hands out the same layout object until the journey, the whole-pixel width or the options change', () => {
    const memo = new ColumnsMemo();
    const journey = journeyWith([2, 2]);
    const first = memo.get(journey, 900.2, { headerWidth: 100 });
    expect(memo.get(journey, 900.9, { headerWidth: 100 })).to.equal(first);
    const wider = memo.get(journey, 901, { headerWidth: 100 });
    expect(wider).not.to.equal(first);
    expect(wider.availableWidth).to.equal(801);
    const narrower = memo.get(journey, 901, { headerWidth: 120 });
    expect(narrower.availableWidth).to.equal(781);
    expect(memo.get(journeyWith([2, 2]), 901, { headerWidth: 120 })).not.to.equal(narrower);
  });
});

describe('layout/sameColumnGeometry', () => {
  it('is true for layouts that differ only in available width, columns already at their minimum', () => {
    const journey = journeyWith([3, 5]);
    const wide = computeColumns(journey, 1000, { headerWidth: 100, minColumnWidth: 176 });
    const narrower = computeColumns(journey, 985, { headerWidth: 100, minColumnWidth: 176 });
    expect(narrower.availableWidth).to.equal(885);
    expect(wide.availableWidth).to.equal(900);
    expect(sameColumnGeometry(wide, narrower)).to.equal(true);
  });

  it('is false as soon as a column moves, the header changes or the steps differ', () => {
    const journey = journeyWith([2, 2]);
    const base = computeColumns(journey, 500, { headerWidth: 100, minColumnWidth: 50 });
    expect(sameColumnGeometry(base, computeColumns(journey, 499, { headerWidth: 100, minColumnWidth: 50 }))).to.equal(false);
    expect(sameColumnGeometry(base, computeColumns(journey, 500, { headerWidth: 80, minColumnWidth: 50 }))).to.equal(false);
    expect(sameColumnGeometry(base, computeColumns(journeyWith([1, 3]), 500, { headerWidth: 100, minColumnWidth: 50 }))).to.equal(false);
    expect(sameColumnGeometry(base, computeColumns(journeyWith([2, 2, 1]), 600, { headerWidth: 100, minColumnWidth: 50 }))).to.equal(false);
  });

  it('treats a missing layout as different from any layout, and the same object as the same', () => {
    const base = computeColumns(journeyWith([2]), 500);
    expect(sameColumnGeometry(base, base)).to.equal(true);
    expect(sameColumnGeometry(undefined, undefined)).to.equal(true);
    expect(sameColumnGeometry(base, undefined)).to.equal(false);
    expect(sameColumnGeometry(undefined, base)).to.equal(false);
  });
});
