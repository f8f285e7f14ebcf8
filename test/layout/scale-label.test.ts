import { expect } from '@open-wc/testing';
import { scaleLabel } from '../../src/layout/scale-label.js';
import { journey } from '../fixtures/normalized.js';

describe('layout/scale-label', () => {
  const scale = journey.scale;

  it('names a value by the nearest labelled point', () => {
    expect(scaleLabel(scale, 2)).to.equal('Delighted');
    expect(scaleLabel(scale, 0)).to.equal('Neutral');
    expect(scaleLabel(scale, 0.6)).to.equal('Pleased');
    expect(scaleLabel(scale, -2)).to.equal('Angry');
  });

  it('agrees with the value’s marker: only labels on the same side of neutral', () => {
    // Annoyed at -1, Neutral at 0, Pleased at 1: -0.5 is negative, so never "Neutral".
    expect(scaleLabel(scale, -0.5)).to.equal('Annoyed');
    expect(scaleLabel(scale, 0.5)).to.equal('Pleased');
    // Nearer to Neutral than to anything on its own side: no word rather than a wrong one.
    expect(scaleLabel(scale, 0.3)).to.equal(undefined);
    expect(scaleLabel(scale, -0.25)).to.equal(undefined);
  });

  it('breaks a tie toward the middle of the scale', () => {
    expect(scaleLabel(scale, -1.5)).to.equal('Annoyed');
    expect(scaleLabel(scale, 1.5)).to.equal('Pleased');
  });

  it('gives no label when the nearest labelled point is more than an eighth of the range away', () => {
    const ends = { min: -2, max: 2, labels: { '-2': 'Angry', '2': 'Delighted' } };
    expect(scaleLabel(ends, 0)).to.equal(undefined);
    expect(scaleLabel(ends, 1.6)).to.equal('Delighted');
    const percent = { min: 0, max: 100, labels: { '0': 'Bad', '100': 'Great' } };
    expect(scaleLabel(percent, 90)).to.equal('Great');
    expect(scaleLabel(percent, 87)).to.equal(undefined);
  });

  it('skips keys that are not numbers, empty labels and non-finite values', () => {
    const odd = { min: -2, max: 2, labels: { '': 'Blank', abc: 'Letters', '0': '  ' } };
    expect(scaleLabel(odd, 0)).to.equal(undefined);
    expect(scaleLabel(scale, Number.NaN)).to.equal(undefined);
  });
});
