/**
 * Issue "Reading at a glance", item 4: value labels of close values never overlap each other, the
 * markers or the moment-of-truth rings (merged as "−1 / −1.5" or pushed apart), on screen as in the export.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { PlotPoint, PlotSeries } from '../../src/layout/curve-model.js';
import type { Sentiment } from '../../src/layout/curve.js';
import { placeValueLabels } from '../../src/layout/value-labels.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { laptopJourney, mapLanes, mountMap } from '../elements/map-fixture.js';

type Spot = [y: number, value: number, sentiment: Sentiment, moment?: boolean] | undefined;

function line(color: number, spots: Spot[], kind: PlotSeries['kind'] = 'current'): PlotSeries {
  const points = spots.map((spot, index): PlotPoint => {
    if (!spot) return { index, x: index * 100 + 50, y: NaN, value: undefined, marker: '', momentOfTruth: false };
    const [y, value, sentiment, moment] = spot;
    return { index, x: index * 100 + 50, y, value, sentiment, marker: 'M0,0', momentOfTruth: moment === true };
  });
  return { key: `${kind}:${color}`, kind, color, path: '', points };
}

describe('reading at a glance: value labels', () => {
  it('merges close markers into one label, clears rings and spreads the rest', () => {
    const series = [
      line(1, [[100, -1, 'negative'], [50, 1, 'positive'], [60, 1, 'positive', true], [40, -1, 'negative'], [30, 1, 'positive']]),
      line(9, [[0, 0, 'neutral'], undefined, undefined, undefined, undefined], 'compare'),
      line(2, [[110, -1.5, 'negative'], [120, -1.5, 'negative'], undefined, [80, 0.5, 'positive'], [12, 1.5, 'positive']]),
    ];
    expect(placeValueLabels(series, 11, 198)).to.deep.equal([
      // −1 and −1.5 ten pixels apart: one label under the lower marker, saying both, in series order.
      { step: 0, x: 50, y: 132, series: [0, 2], moment: false },
      // Far apart: each its own label, above the good one, below the bad one.
      { step: 1, x: 150, y: 37, series: [0], moment: false },
      { step: 1, x: 150, y: 142, series: [2], moment: false },
      // A moment of truth: four pixels further out than the ring.
      { step: 2, x: 250, y: 43, series: [0], moment: true },
      // Labels that want 62 and 67 keep 13 apart.
      { step: 3, x: 350, y: 62, series: [0], moment: false },
      { step: 3, x: 350, y: 75, series: [2], moment: false },
      // Near the top: the merged label stays inside the plot.
      { step: 4, x: 450, y: 11, series: [0, 2], moment: false },
    ]);
  });

  function closeJourney(): JourneyDocument {
    const journey = laptopJourney();
    journey.stages[0]!.steps![0]!.emotion = { ana: -1, bo: -1.5 };
    journey.stages[0]!.steps![1]!.emotion = { ana: -0.5, bo: -1 };
    return { ...journey, lanes: [{ kind: 'emotion' }] };
  }

  it('draws no label over another label, a marker or a moment-of-truth ring on screen', async () => {
    const map = await mountMap(closeJourney(), 1200, { lanes: 'emotion' });
    const root = mapLanes(map)[0]!.shadowRoot!;
    const labels = Array.from(root.querySelectorAll<SVGTextElement>('.series--current .value-label'));
    const obstacles = Array.from(root.querySelectorAll<SVGGraphicsElement>('.series--current .marker, .series--current .moment-ring'));
    const box = (element: Element) => element.getBoundingClientRect();
    const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    expect(labels.length).to.be.greaterThan(3);
    for (const [i, label] of labels.entries()) {
      for (const other of labels.slice(i + 1)) expect(overlap(box(label), box(other)), `${label.textContent} / ${other.textContent}`).to.equal(false);
      for (const obstacle of obstacles) expect(overlap(box(label), box(obstacle)), `${label.textContent} over a marker`).to.equal(false);
    }
    const merged = labels.find((label) => label.querySelector('.value-label__part'))!;
    expect(merged.textContent!.replace(/\s+/g, ' ')).to.equal('-1 / -1.5');
    const parts = Array.from(merged.querySelectorAll('.value-label__part'), (part) => getComputedStyle(part).fill);
    const lines = Array.from(root.querySelectorAll('.plot-svg .series--current > .line'), (path) => getComputedStyle(path).stroke);
    expect(parts).to.deep.equal(lines);
    // The export places the same labels.
    const svg = new DOMParser().parseFromString(map.exportSVG(), 'image/svg+xml');
    const exported = Array.from(svg.querySelectorAll('.value-label'), (label) => label.textContent!.replace(/\s+/g, ' '));
    expect(exported).to.include('-1 / -1.5');
    expect(exported.length).to.equal(labels.length);
  });
});
