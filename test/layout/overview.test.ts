import { expect } from '@open-wc/testing';
import { computeColumns } from '../../src/layout/columns.js';
import { columnsOverflow, overviewLabels, overviewModel, overviewWindow, stageAt, type OverviewStage } from '../../src/layout/overview.js';
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

  describe('names over the strip', () => {
    // 60 stages of equal share on a 1320 px strip: 22 px segments; names of 8 or 9 characters.
    const stages: OverviewStage[] = Array.from({ length: 60 }, (_, i) => ({
      index: i, stageId: `s${i}`, title: `Stage ${i + 1}`, stepCount: 1, start: i / 60, size: 1 / 60,
    }));
    const measure = (text: string) => text.length * 6;
    const overlapping = (labels: ReturnType<typeof overviewLabels>) =>
      labels.some((a, i) => labels.slice(i + 1).some((b) => a.left < b.left + b.width && b.left < a.left + a.width));

    it('names every k-th stage that fits, never overlapping, the one in view always', () => {
      const labels = overviewLabels(stages, 1320, 0, measure);
      // "Stage 1" is 7 × 6 + 8 = 50 px: the next name may start at 58, in the third segment (44–66) → stage 3.
      expect(labels.slice(0, 3).map(({ stage, left, width, current }) => ({ stage, left, width, current }))).to.deep.equal([
        { stage: 0, left: 0, width: 50, current: true },
        { stage: 3, left: 66, width: 50, current: false },
        { stage: 6, left: 132, width: 50, current: false },
      ]);
      expect(labels.length).to.be.greaterThan(15);
      expect(overlapping(labels)).to.equal(false);
      for (const label of labels) expect(label.left + label.width).to.be.at.most(1320);
    });

    it('puts the stage in view first, and the others around it', () => {
      for (const current of [1, 29, 58, 59]) {
        const labels = overviewLabels(stages, 1320, current, measure);
        expect(labels.filter((label) => label.current).map((label) => label.stage), `current ${current}`).to.deep.equal([current]);
        expect(overlapping(labels), `current ${current}`).to.equal(false);
        for (const label of labels) expect(label.left >= 0 && label.left + label.width <= 1320, `current ${current}`).to.equal(true);
      }
      // The last stage's name (56 px) starts at 1298: moved back to end at the strip's end.
      const last = overviewLabels(stages, 1320, 59, measure).find((label) => label.current)!;
      expect([last.left, last.width]).to.deep.equal([1264, 56]);
    });

    it('cuts a name longer than 160 px, and names nothing on an unmeasured strip', () => {
      const long = [{ ...stages[0]!, title: 'x'.repeat(40), size: 1 }];
      expect(overviewLabels(long, 1320, 0, measure)[0]!.width).to.equal(160);
      expect(overviewLabels(stages, 0, 0, measure)).to.deep.equal([]);
    });
  });
});
