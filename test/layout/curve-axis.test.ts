import { expect } from '@open-wc/testing';
import { MIN_STEP_LABEL_WIDTH, stepLabelLayout } from '../../src/layout/curve-axis.js';

describe('layout/curve-axis', () => {
  it('gives each name its own column when the columns are wide enough', () => {
    expect(stepLabelLayout(3, MIN_STEP_LABEL_WIDTH)).to.deep.equal({
      tiers: 1,
      tracks: 6,
      labels: [
        { start: 1, span: 2, row: 1, point: 0.5 },
        { start: 3, span: 2, row: 1, point: 0.5 },
        { start: 5, span: 2, row: 1, point: 0.5 },
      ],
    });
  });

  it('staggers names two columns wide on two tiers in narrow columns, centred on their points', () => {
    // 5 steps, 10 half tracks (grid lines 1…11). Step i's point is on line 2i + 2.
    expect(stepLabelLayout(5, MIN_STEP_LABEL_WIDTH - 1)).to.deep.equal({
      tiers: 2,
      tracks: 10,
      labels: [
        { start: 1, span: 3, row: 1, point: 1 / 3 }, // clipped at the start: lines 1–4, point on line 2
        { start: 2, span: 4, row: 2, point: 0.5 }, // lines 2–6, point on line 4
        { start: 4, span: 4, row: 1, point: 0.5 },
        { start: 6, span: 4, row: 2, point: 0.5 },
        { start: 8, span: 3, row: 1, point: 2 / 3 }, // clipped at the end: lines 8–11, point on line 10
      ],
    });
  });

  it('never overlaps two names on the same tier', () => {
    const { labels } = stepLabelLayout(24, 51);
    for (let i = 2; i < labels.length; i++) {
      const before = labels[i - 2];
      expect(labels[i].row).to.equal(before.row);
      expect(labels[i].start, `step ${i}`).to.be.at.least(before.start + before.span);
    }
  });

  it('keeps one tier for a single step, and nothing for none', () => {
    expect(stepLabelLayout(1, 48).labels).to.deep.equal([{ start: 1, span: 2, row: 1, point: 0.5 }]);
    expect(stepLabelLayout(0, 48)).to.deep.equal({ tiers: 1, tracks: 0, labels: [] });
  });
});
