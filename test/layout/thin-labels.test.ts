import { expect } from '@open-wc/testing';
import { thinLabels } from '../../src/layout/thin-labels.js';

describe('thinLabels', () => {
  it('draws every label that fits its column', () => {
    expect(thinLabels([24, 72, 120], [30, 30, 30], 6)).to.deep.equal([true, true, true]);
  });

  it('draws every k-th label, evenly, when they are wider than their columns ("1,2 тыс." in 48 px)', () => {
    // 54 px labels 48 px apart: the next one 96 px away keeps 42 px clear.
    const centers = [24, 72, 120, 168, 216, 264, 312];
    expect(thinLabels(centers, centers.map(() => 54), 6)).to.deep.equal([true, false, true, false, true, false, true]);
    // 100 px labels: every third.
    expect(thinLabels(centers, centers.map(() => 100), 6)).to.deep.equal([true, false, false, true, false, false, true]);
  });

  it('measures each label: a short one after a long one may still be drawn', () => {
    expect(thinLabels([24, 72, 120], [60, 20, 20], 6)).to.deep.equal([true, true, true]);
    expect(thinLabels([24, 72, 120], [90, 20, 20], 6)).to.deep.equal([true, false, true]);
  });

  it('works from right to left (centres decreasing) as from left to right', () => {
    expect(thinLabels([312, 264, 216, 168], [54, 54, 54, 54], 6)).to.deep.equal([true, false, true, false]);
  });
});
