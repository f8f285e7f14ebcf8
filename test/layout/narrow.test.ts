import { expect } from '@open-wc/testing';
import { computeColumns } from '../../src/layout/columns.js';
import { NARROW_HEADER_CHROME, NARROW_HEADER_SHARE, NARROW_HEADER_WIDTH, NARROW_MAP_WIDTH, narrowColumnOptions, narrowHeaderWidth } from '../../src/layout/narrow.js';
import type { NormalizedJourney } from '../../src/model/types.js';

/** Just what computeColumns reads: steps with ids and stages with their first step and count. */
function journeyOf(stepCount: number): NormalizedJourney {
  const steps = Array.from({ length: stepCount }, (_, index) => ({ id: `s${index}`, stageId: 'a', index }));
  return { steps, stages: [{ id: 'a', index: 0, firstStep: 0, stepCount }] } as unknown as NormalizedJourney;
}

describe('narrowColumnOptions', () => {
  it('leaves the options alone from 640 px up and before anything is measured', () => {
    const options = { headerWidth: 160, minColumnWidth: 176 };
    expect(narrowColumnOptions(5, 640, options)).to.equal(options);
    expect(narrowColumnOptions(5, 1440, options)).to.equal(options);
    expect(narrowColumnOptions(5, 0, options)).to.equal(options);
    expect(narrowColumnOptions(5, Number.NaN, options)).to.equal(options);
    expect(NARROW_MAP_WIDTH).to.equal(640);
  });

  it('below 640 px: a 96 px name column and one step column as wide as the rest', () => {
    // 375 − 96 = 279: five steps of 176 px do not fit, so one column takes all 279 px.
    expect(narrowColumnOptions(5, 375, {})).to.deep.equal({ headerWidth: NARROW_HEADER_WIDTH, minColumnWidth: 279 });
    expect(narrowColumnOptions(5, 639.6, { headerWidth: 160, minColumnWidth: 176 })).to.deep.equal({ headerWidth: 96, minColumnWidth: 543 });
    const layout = computeColumns(journeyOf(5), 375, narrowColumnOptions(5, 375, {}));
    expect(layout.headerWidth).to.equal(96);
    expect(layout.columnWidth).to.equal(279);
    expect(layout.contentWidth).to.equal(5 * 279);
    expect(layout.columns[1].x).to.equal(279);
  });

  it('keeps a narrower name column the page asked for, and fills the width when every step fits', () => {
    expect(narrowColumnOptions(5, 375, { headerWidth: 80 })).to.deep.equal({ headerWidth: 80, minColumnWidth: 295 });
    // 600 − 96 = 504 ≥ 2 × 176: both steps fit, so the columns share the width as on a wide map.
    expect(narrowColumnOptions(2, 600, { minColumnWidth: 176 })).to.deep.equal({ headerWidth: 96, minColumnWidth: 176 });
    expect(computeColumns(journeyOf(2), 600, narrowColumnOptions(2, 600, {})).columnWidth).to.equal(252);
  });

  it('grows the name column to the longest word of a lane name, at most 28 % of the map (a phone keeps 72 % for the step)', () => {
    expect(NARROW_HEADER_CHROME).to.equal(36);
    expect(NARROW_HEADER_SHARE).to.equal(0.28);
    // A 60 px word fits 96 px (60 + 36); a 60.4 px word needs ceil(60.4) + 36 = 97.
    expect(narrowHeaderWidth(375, 60)).to.equal(96);
    expect(narrowHeaderWidth(375, 60.4)).to.equal(97);
    // An 85.2 px "Возможности" would need 122 (a third of a phone, as before): 28 % of 375 = 105 at most (the word ends in "…").
    expect(narrowHeaderWidth(375, 85.2)).to.equal(105);
    expect(narrowHeaderWidth(375, 200)).to.equal(105);
    // Never narrower than the 96 px a narrow map starts with (28 % of 320 is 89).
    expect(narrowHeaderWidth(320, 200)).to.equal(96);
    // Never wider than the page's own column, nor narrower than one it asked for.
    expect(narrowHeaderWidth(414, 85.2, 110)).to.equal(110);
    expect(narrowHeaderWidth(375, 85.2, 80)).to.equal(80);
    expect(narrowHeaderWidth(375, Number.NaN)).to.equal(96);
    // 375 − 105 = 270 for the one step column.
    expect(narrowColumnOptions(5, 375, { headerWidth: 160, minColumnWidth: 176 }, 85.2)).to.deep.equal({ headerWidth: 105, minColumnWidth: 270 });
    expect(narrowColumnOptions(5, 800, { headerWidth: 160 }, 85.2)).to.deep.equal({ headerWidth: 160 });
  });

  it('never asks for a column under one pixel', () => {
    expect(narrowColumnOptions(3, 90, {})).to.deep.equal({ headerWidth: 96, minColumnWidth: 1 });
  });
});
