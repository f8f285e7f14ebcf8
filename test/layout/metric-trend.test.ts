import { expect } from '@open-wc/testing';
import { decimalPlaces, difference, metricTrend } from '../../src/layout/metric-trend.js';

const csat = { id: 'csat', label: 'CSAT', min: 1, max: 5 };
const responseTime = { id: 'response', label: 'Response time', higherIsBetter: false, unit: 's' };

describe('layout/metric-trend', () => {
  it('counts the decimals a number is written with', () => {
    expect(decimalPlaces(3.25)).to.equal(2);
    expect(decimalPlaces(-0.125)).to.equal(3);
    expect(decimalPlaces(1200)).to.equal(0);
    expect(decimalPlaces(1e-7)).to.equal(7);
    expect(decimalPlaces(1.5e-3)).to.equal(4);
    expect(decimalPlaces(1e21)).to.equal(0);
    expect(decimalPlaces(Number.NaN)).to.equal(0);
  });

  it('subtracts without floating-point noise', () => {
    expect(3.9 - 3.6).to.not.equal(0.3);
    expect(difference(3.9, 3.6)).to.equal(0.3);
    expect(difference(0.3, 0.1)).to.equal(0.2);
    expect(difference(4.5, 4.25)).to.equal(0.25);
    expect(difference(12345.5, 9000)).to.equal(3345.5);
    expect(Object.is(difference(-0.1, -0.1), 0)).to.equal(true);
  });

  it('judges a rise as better when higher is better, and checks the target', () => {
    expect(metricTrend({ metric: 'csat', value: 3.9, target: 4.5, previous: 3.6 }, csat)).to.deep.equal({
      value: 3.9,
      higherIsBetter: true,
      previous: 3.6,
      delta: 0.3,
      direction: 'up',
      judgement: 'better',
      target: 4.5,
      targetMet: false,
    });
  });

  it('judges a rise as worse when lower is better; a target is met from below', () => {
    expect(metricTrend({ metric: 'response', value: 12345.5, target: 20000, previous: 9000 }, responseTime)).to.deep.equal({
      value: 12345.5,
      higherIsBetter: false,
      previous: 9000,
      delta: 3345.5,
      direction: 'up',
      judgement: 'worse',
      target: 20000,
      targetMet: true,
    });
    const fall = metricTrend({ metric: 'response', value: 8, previous: 10, target: 5 }, responseTime);
    expect([fall.delta, fall.direction, fall.judgement, fall.targetMet]).to.deep.equal([-2, 'down', 'better', false]);
  });

  it('calls an unchanged value the same and meets a target exactly on it', () => {
    expect(metricTrend({ metric: 'x', value: 42, previous: 42, target: 42 })).to.deep.equal({
      value: 42,
      higherIsBetter: true,
      previous: 42,
      delta: 0,
      direction: 'flat',
      judgement: 'same',
      target: 42,
      targetMet: true,
    });
    expect(metricTrend({ metric: 'x', value: 5, target: 5 }, responseTime).targetMet).to.equal(true);
  });

  it('defaults to higher is better and leaves out what is not given', () => {
    expect(metricTrend({ metric: 'unknown', value: 7 })).to.deep.equal({ value: 7, higherIsBetter: true });
    expect(
      metricTrend({ metric: 'csat', value: 2, previous: Number.NaN, target: Number.POSITIVE_INFINITY }, csat),
    ).to.deep.equal({ value: 2, higherIsBetter: true });
    const drop = metricTrend({ metric: 'csat', value: 3.1, previous: 3.6 }, { ...csat, higherIsBetter: true });
    expect([drop.delta, drop.direction, drop.judgement]).to.deep.equal([-0.5, 'down', 'worse']);
  });
});
