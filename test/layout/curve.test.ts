import { expect } from '@open-wc/testing';
import { curveLinear, curveMonotoneX, curveStep } from 'd3-shape';
import { computeColumns } from '../../src/layout/columns.js';
import {
  alignedSeries,
  bandPath,
  columnCenters,
  curveFactory,
  differencePath,
  emotionSeries,
  emotionY,
  emotionZones,
  markerPath,
  neutralValue,
  scaleTicks,
  sentimentOf,
  seriesPath,
} from '../../src/layout/curve.js';
import { buildEmotionPlot } from '../../src/layout/curve-model.js';
import { traceMatrix } from '../../src/layout/quantiles.js';
import { curveJourney } from './emotion-fixture.js';

const personas = [
  { id: 'ops', name: 'Dana' },
  { id: 'cfo', name: 'Marcus' },
];

// Four columns of 100px: centres 50, 150, 250, 350. Plot 140px high with 20px padding: y = 70 - 25v.
const journey = curveJourney(
  [
    { id: 'a', emotion: { ops: -2, cfo: 0 } },
    { id: 'b', emotion: { ops: -1, cfo: 1 }, momentOfTruth: true },
    { id: 'c', emotion: { cfo: 1.5 } },
    { id: 'd', emotion: { ops: 2, cfo: -0.5 } },
  ],
  { personas, labels: { '-2': 'Angry', '0': 'Neutral', '2': 'Delighted' } },
);
const layout = computeColumns(journey, 400, { headerWidth: 0, minColumnWidth: 10 });
const padding = { top: 20, bottom: 20 };
const y = emotionY(journey.scale, 140, padding);
const centers = columnCenters(layout);

describe('layout/curve', () => {
  it('maps curve names to d3 curves, with monotone-x for anything unknown', () => {
    expect(curveFactory('monotone-x')).to.equal(curveMonotoneX);
    expect(curveFactory('linear')).to.equal(curveLinear);
    expect(curveFactory('step')).to.equal(curveStep);
    expect(curveFactory('bogus')).to.equal(curveMonotoneX);
    expect(curveFactory('toString')).to.equal(curveMonotoneX);
    expect(curveFactory(null)).to.equal(curveMonotoneX);
  });

  it('puts the top of the scale at the top of the plot, inside the padding', () => {
    expect(emotionY(journey.scale, 240).range()).to.deep.equal([210, 24]);
    expect(y.domain()).to.deep.equal([-2, 2]);
    expect(y.range()).to.deep.equal([120, 20]);
    expect([y(-2), y(0), y(1.5), y(2)]).to.deep.equal([120, 70, 32.5, 20]);
  });

  it('places the points on the column centres, mirrored for right-to-left', () => {
    expect(centers).to.deep.equal([50, 150, 250, 350]);
    expect(columnCenters(layout, true)).to.deep.equal([350, 250, 150, 50]);
  });

  it('builds one series per persona and keeps missing values missing, never zero', () => {
    const series = emotionSeries(journey, centers, y);
    expect(series.map((s) => [s.id, s.name])).to.deep.equal([
      ['ops', 'Dana'],
      ['cfo', 'Marcus'],
    ]);
    expect(series[0].points[2].value).to.equal(undefined);
    expect(series[0].points[2].y).to.be.NaN;
    expect(series[0].points.map((p) => p.y)).to.deep.equal([120, 95, NaN, 20]);
    expect(emotionSeries(journey, centers, y, 'cfo').map((s) => s.id)).to.deep.equal(['cfo']);
    expect(emotionSeries(journey, centers, y, 'nobody').map((s) => s.id)).to.deep.equal(['ops', 'cfo']);
  });

  it('writes exact path strings for each curve, with a gap at the missing value', () => {
    const [ops, cfo] = emotionSeries(journey, centers, y);
    expect(seriesPath(ops.points, curveLinear)).to.equal('M50,120L150,95M350,20Z');
    expect(seriesPath(cfo.points, curveLinear)).to.equal('M50,70L150,45L250,32.5L350,82.5');
    expect(seriesPath(cfo.points, curveMonotoneX)).to.equal(
      'M50,70C83.333,60.625,116.667,51.25,150,45C183.333,38.75,216.667,32.5,250,32.5C283.333,32.5,316.667,57.5,350,82.5',
    );
    expect(seriesPath(ops.points, curveStep)).to.equal('M50,120L100,120L100,95L150,95M350,20Z');
  });

  it('draws the same line into a canvas context when given one', () => {
    const [, cfo] = emotionSeries(journey, centers, y);
    const calls: string[] = [];
    const recorder = {
      moveTo: (x: number, yy: number) => calls.push(`M${x},${yy}`),
      lineTo: (x: number, yy: number) => calls.push(`L${x},${yy}`),
      closePath: () => calls.push('Z'),
    } as unknown as CanvasRenderingContext2D;
    expect(seriesPath(cfo.points, curveLinear, recorder)).to.equal(undefined);
    expect(calls.join('')).to.equal('M50,70L150,45L250,32.5L350,82.5');
  });

  it('shades the difference between two series only where both have values', () => {
    const [ops, cfo] = emotionSeries(journey, centers, y);
    expect(differencePath(ops.points, cfo.points, curveLinear)).to.equal('M50,70L150,45L150,95L50,120ZM350,82.5L350,20Z');
    // A break before column 1 (a ghost column there): the first area closes at column 0.
    expect(differencePath(ops.points, cfo.points, curveLinear, [1])).to.equal('M50,70L50,120ZM150,45L150,95ZM350,82.5L350,20Z');
  });

  it('aligns a compared journey by step id: unknown steps dropped, absent steps left as gaps', () => {
    const future = curveJourney([
      { id: 'b', emotion: { '*': 2 } },
      { id: 'new', emotion: { '*': 1 } },
      { id: 'a', emotion: { '*': 1 } },
    ]);
    const [ops] = alignedSeries(journey, future, centers, y, 'ops');
    expect(ops.id).to.equal('ops');
    expect(ops.points.map((p) => p.value)).to.deep.equal([1, 2, undefined, undefined]);
    expect(seriesPath(ops.points, curveLinear)).to.equal('M50,45L150,20');
  });

  it('draws a band between two value arrays with gaps where either is missing', () => {
    const low = Float64Array.from([-1, -1, NaN, 0]);
    const high = Float64Array.from([1, 0, 1, 2]);
    expect(bandPath(centers, low, high, y, curveLinear)).to.equal('M50,45L150,70L150,95L50,95ZM350,20L350,70Z');
  });

  it('tints positive and negative zones around the neutral line', () => {
    expect(emotionZones(journey.scale, y)).to.deep.equal({
      neutralY: 70,
      positive: { y: 20, height: 50 },
      negative: { y: 70, height: 50 },
    });
    expect(neutralValue({ min: 1, max: 5, labels: {} })).to.equal(3);
    expect(neutralValue({ min: -2, max: 2, labels: {} })).to.equal(0);
  });

  it('takes ticks from the scale labels, or plain numbers when there are none', () => {
    expect(scaleTicks(journey.scale, y)).to.deep.equal([
      { value: -2, y: 120, label: 'Angry' },
      { value: 0, y: 70, label: 'Neutral' },
      { value: 2, y: 20, label: 'Delighted' },
    ]);
    const plain = { min: -2, max: 2, labels: { high: 'x', '7': 'off the scale' } };
    expect(scaleTicks(plain, y).map((t) => [t.value, t.y])).to.deep.equal([
      [-2, 120],
      [-1, 95],
      [0, 70],
      [1, 45],
      [2, 20],
    ]);
  });

  it('encodes sentiment in the marker shape', () => {
    expect(sentimentOf(0.5, journey.scale)).to.equal('positive');
    expect(sentimentOf(0, journey.scale)).to.equal('neutral');
    expect(sentimentOf(-0.5, journey.scale)).to.equal('negative');
    expect(markerPath('positive', 6)).to.equal('M0,-6L5.196,3L-5.196,3Z');
    expect(markerPath('negative', 6)).to.equal('M0,6L5.196,-3L-5.196,-3Z');
    expect(markerPath('neutral', 6)).to.equal('M-4.8,0A4.8,4.8,0,1,1,4.8,0A4.8,4.8,0,1,1,-4.8,0Z');
  });
});

describe('layout/buildEmotionPlot', () => {
  const individuals = [
    { id: 'c1', events: [{ step: 'a', emotion: -1, channel: 'phone' }, { step: 'b', emotion: 1, channel: 'chat' }] },
    { id: 'c2', events: [{ step: 'a', emotion: 1 }, { step: 'd', emotion: 2 }] },
  ];
  const withCustomers = curveJourney(
    journey.steps.map((s) => ({ id: s.id, emotion: s.emotionByPersona, momentOfTruth: s.momentOfTruth })),
    { personas, individuals },
  );

  it('composes series, markers, differences, the median and the highlighted customer', () => {
    const compare = curveJourney([{ id: 'a', emotion: { ops: 0, cfo: 1 } }, { id: 'd', emotion: { ops: 2, cfo: 2 } }], { personas });
    const traces = traceMatrix(individuals, withCustomers.stepIndexById, 4);
    const plot = buildEmotionPlot(withCustomers, layout, { height: 140, padding, curve: 'linear', compare, traces, highlight: 'c1' });
    expect(plot.width).to.equal(400);
    expect(plot.series.map((s) => `${s.key}/${s.color}`)).to.deep.equal([
      'current:ops/1',
      'current:cfo/2',
      'compare:ops/1',
      'compare:cfo/2',
      'median:/0',
    ]);
    const ops = plot.series[0];
    expect(ops.path).to.equal('M50,120L150,95M350,20Z');
    expect(ops.points.map((p) => p.sentiment)).to.deep.equal(['negative', 'negative', undefined, 'positive']);
    expect(ops.points.map((p) => p.momentOfTruth)).to.deep.equal([false, true, false, false]);
    expect(ops.points[1].marker).to.equal(markerPath('negative', 9));
    expect(ops.points[2].marker).to.equal('');
    // The compared journey has only a and d: its line goes from a to d, as it went, over b and c.
    expect(plot.series[2].path).to.equal('M50,70L350,20');
    expect(plot.differences[0]).to.deep.equal({ key: 'ops', color: 1, path: 'M50,70L50,120ZM350,20L350,20Z' });
    expect(plot.series[4].path).to.equal('M50,70L150,45M350,20Z');
    expect(plot.band).to.equal('M50,57.5L150,45L150,45L50,82.5ZM350,20L350,20Z');
    expect(plot.customers).to.equal(2);
    expect(plot.highlight?.path).to.equal('M50,95L150,45');
    expect(plot.highlight?.points.map((p) => p.channel)).to.deep.equal(['phone', 'chat', undefined, undefined]);
  });

  it('has no median or highlight without individuals, and ignores an unknown customer', () => {
    const plot = buildEmotionPlot(journey, layout, { height: 140, padding, highlight: 'nobody', persona: 'cfo' });
    expect(plot.series.map((s) => s.key)).to.deep.equal(['current:cfo']);
    expect(plot.series[0].color).to.equal(2);
    expect(plot.band).to.equal('');
    expect(plot.highlight).to.equal(undefined);
  });
});
