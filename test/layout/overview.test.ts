import { expect } from '@open-wc/testing';
import { computeColumns } from '../../src/layout/columns.js';
import { columnsOverflow, overviewModel, overviewWindow, stageAt } from '../../src/layout/overview.js';
import { normalizeJourney as normalize } from '../../src/model/normalize.js';
import type { JourneyDocument } from '../../src/model/types.js';

/** Two stages: three steps and one; emotions 2, −2, (none), 0 on a −2…2 scale. */
const doc: JourneyDocument = {
  schemaVersion: 1,
  title: 'T',
  stages: [
    { id: 'a', title: 'Alpha', steps: [{ id: 'a1', title: 'A1', emotion: 2 }, { id: 'a2', title: 'A2', emotion: -2 }, { id: 'a3', title: 'A3' }] },
    { id: 'b', title: 'Beta', steps: [{ id: 'b1', title: 'B1', emotion: 0 }] },
  ],
};

describe('overview geometry', () => {
  const journey = normalize(doc);
  // 4 columns of 100 px after a 100 px name column: 500 px wide content in a 300 px map.
  const layout = computeColumns(journey, 300, { headerWidth: 100, minColumnWidth: 100 });

  it('knows when the columns overflow', () => {
    expect(columnsOverflow(layout)).to.equal(true);
    expect(columnsOverflow(computeColumns(journey, 600, { headerWidth: 100, minColumnWidth: 100 }))).to.equal(false);
  });

  it('gives each stage a share as large as its steps, and the emotion line across the column centres', () => {
    const model = overviewModel(journey, layout);
    expect(model.stages.map(({ stageId, title, start, size, stepCount }) => ({ stageId, title, start, size, stepCount }))).to.deep.equal([
      { stageId: 'a', title: 'Alpha', start: 0, size: 0.75, stepCount: 3 },
      { stageId: 'b', title: 'Beta', start: 0.75, size: 0.25, stepCount: 1 },
    ]);
    // Centres 50, 150, (250: no value), 350 of 400 → x 125, 375, 875 of 1000; y: 2 → 2, −2 → 22, 0 → 12.
    expect(model.spark).to.equal('M125,2L375,22M875,12Z');
    expect(model.neutral).to.equal(12);
  });

  it('follows one persona when asked, else the mean of the personas', () => {
    const two = normalize({
      ...doc,
      personas: [
        { id: 'p', name: 'P' },
        { id: 'q', name: 'Q' },
      ],
      stages: [{ id: 'a', title: 'Alpha', steps: [{ id: 's', title: 'S', emotion: { p: 2, q: 0 } }] }],
    });
    const one = computeColumns(two, 300, { headerWidth: 100, minColumnWidth: 100 });
    expect(overviewModel(two, one).spark).to.equal('M500,7Z');
    expect(overviewModel(two, one, 'q').spark).to.equal('M500,12Z');
  });

  it('puts the window over the columns in view and names the stage it starts in', () => {
    const model = overviewModel(journey, layout);
    // 300 px scroller, 100 px of names: 200 of 400 px of columns in view.
    expect(overviewWindow(layout, 0, 300)).to.deep.equal({ start: 0, size: 0.5 });
    expect(overviewWindow(layout, 100, 300)).to.deep.equal({ start: 0.25, size: 0.5 });
    expect(overviewWindow(layout, 1000, 300)).to.deep.equal({ start: 0.5, size: 0.5 });
    expect(stageAt(model.stages, { start: 0.5, size: 0.5 })).to.equal(0);
    expect(stageAt(model.stages, { start: 0.75, size: 0.25 })).to.equal(1);
  });
});
