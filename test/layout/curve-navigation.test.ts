import { expect } from '@open-wc/testing';
import { isPointKey, movePoint } from '../../src/layout/curve-navigation.js';

const series = (...values: Array<number | undefined>) => ({ points: values.map((value) => ({ value })) });

// Series 0 has values at steps 0, 1, 3; series 1 has none; series 2 at steps 2 and 3.
const chart = [series(1, 2, undefined, 0), series(undefined, undefined, undefined, undefined), series(undefined, undefined, -1, 1)];

describe('layout/curve-navigation', () => {
  it('recognises the point keys only', () => {
    expect(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].every(isPointKey)).to.equal(true);
    expect(isPointKey('Enter')).to.equal(false);
    expect(isPointKey('PageDown')).to.equal(false);
  });

  it('starts on the first point of the first series with values (End: its last)', () => {
    expect(movePoint(chart, undefined, 'ArrowRight')).to.deep.equal({ series: 0, step: 0 });
    expect(movePoint(chart, undefined, 'End')).to.deep.equal({ series: 0, step: 3 });
    expect(movePoint([series(undefined), series(undefined, 2)], undefined, 'ArrowDown')).to.deep.equal({ series: 1, step: 1 });
    expect(movePoint([series(undefined)], undefined, 'Home')).to.equal(undefined);
  });

  it('skips missing values left and right and stops at the ends', () => {
    expect(movePoint(chart, { series: 0, step: 1 }, 'ArrowRight')).to.deep.equal({ series: 0, step: 3 });
    expect(movePoint(chart, { series: 0, step: 3 }, 'ArrowRight')).to.deep.equal({ series: 0, step: 3 });
    expect(movePoint(chart, { series: 0, step: 3 }, 'ArrowLeft')).to.deep.equal({ series: 0, step: 1 });
    expect(movePoint(chart, { series: 0, step: 0 }, 'ArrowLeft')).to.deep.equal({ series: 0, step: 0 });
    expect(movePoint(chart, { series: 0, step: 1 }, 'Home')).to.deep.equal({ series: 0, step: 0 });
    expect(movePoint(chart, { series: 0, step: 0 }, 'End')).to.deep.equal({ series: 0, step: 3 });
  });

  it('mirrors left and right for right-to-left', () => {
    expect(movePoint(chart, { series: 0, step: 1 }, 'ArrowLeft', true)).to.deep.equal({ series: 0, step: 3 });
    expect(movePoint(chart, { series: 0, step: 1 }, 'ArrowRight', true)).to.deep.equal({ series: 0, step: 0 });
  });

  it('moves between series to the nearest step, skipping series without values', () => {
    expect(movePoint(chart, { series: 0, step: 1 }, 'ArrowDown')).to.deep.equal({ series: 2, step: 2 });
    expect(movePoint(chart, { series: 2, step: 2 }, 'ArrowUp')).to.deep.equal({ series: 0, step: 1 });
    expect(movePoint(chart, { series: 2, step: 3 }, 'ArrowDown')).to.deep.equal({ series: 2, step: 3 });
    expect(movePoint(chart, { series: 0, step: 0 }, 'ArrowUp')).to.deep.equal({ series: 0, step: 0 });
  });
});
