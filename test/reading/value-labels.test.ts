/**
 * Issue "Reading at a glance", item 4: value labels of close values never overlap each other, the
 * markers or the moment-of-truth rings (merged as "−1 / −1.5" or pushed apart), on screen as in the export.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { PlotPoint, PlotSeries } from '../../src/layout/curve-model.js';
import type { Sentiment } from '../../src/layout/curve.js';
import { highlightObstacles, labelText, placeValueLabels, tickObstacles, type Box, type ValueLabel } from '../../src/layout/value-labels.js';
import type { ScaleTick } from '../../src/layout/curve.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { customersSample } from '../../src/samples/index.js';
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
    const f = (value: number) => (value > 0 ? `+${value}` : String(value));
    expect(placeValueLabels(series, 11, 198, { format: f })).to.deep.equal([
      // −1 and −1.5 ten pixels apart: one label under the lower marker, saying both, in series order.
      { step: 0, x: 50, y: 132, series: [0, 2], parts: [{ text: '-1', series: [0] }, { text: '-1.5', series: [2] }], moment: false },
      // Far apart: each its own label, above the good one, below the bad one.
      { step: 1, x: 150, y: 37, series: [0], parts: [{ text: '+1', series: [0] }], moment: false },
      { step: 1, x: 150, y: 142, series: [2], parts: [{ text: '-1.5', series: [2] }], moment: false },
      // A moment of truth: four pixels further out than the ring.
      { step: 2, x: 250, y: 43, series: [0], parts: [{ text: '+1', series: [0] }], moment: true },
      // Labels that want 62 and 67 keep 13 apart.
      { step: 3, x: 350, y: 62, series: [0], parts: [{ text: '-1', series: [0] }], moment: false },
      { step: 3, x: 350, y: 75, series: [2], parts: [{ text: '+0.5', series: [2] }], moment: false },
      // Near the top: the merged label stays inside the plot.
      { step: 4, x: 450, y: 11, series: [0, 2], parts: [{ text: '+1', series: [0] }, { text: '+1.5', series: [2] }], moment: false },
    ]);
  });

  it('says one number when merged values are equal, still naming every series', () => {
    const series = [line(1, [[100, -1, 'negative']]), line(2, [[104, -1, 'negative']]), line(3, [[90, -1.5, 'negative']])];
    const [label] = placeValueLabels(series, 11, 198);
    expect(label!.series).to.deep.equal([0, 1, 2]);
    expect(label!.parts).to.deep.equal([{ text: '-1.5', series: [2] }, { text: '-1', series: [0, 1] }].sort((a, b) => a.series[0]! - b.series[0]!));
    const [equal] = placeValueLabels([line(1, [[100, -1, 'negative']]), line(2, [[104, -1, 'negative']])], 11, 198);
    expect(equal!.parts).to.deep.equal([{ text: '-1', series: [0, 1] }]);
    expect(labelText(equal!)).to.equal('-1');
  });

  /** The box a label takes (value-labels.ts: 9 px ascent, 3 px descent, 2 px margin), at 6 px a character. */
  const box = (label: ValueLabel) => {
    const half = (labelText(label).length * 6) / 2 + 2;
    return { left: label.x - half, right: label.x + half, top: label.y - 9, bottom: label.y + 3 };
  };
  const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

  it('keeps a label clear of the compared journey\'s marker (the future state\'s dashed line)', () => {
    // +1 at y 100 wants its label at 87 (13 above); the compared journey's marker sits right there.
    const series = [line(1, [[100, 1, 'positive']]), line(1, [[86, 1.5, 'positive']], 'compare')];
    const measure = (text: string) => text.length * 6;
    const [label] = placeValueLabels(series, 11, 198, { measure });
    const marker = { left: 50 - 7, right: 50 + 7, top: 86 - 7, bottom: 86 + 7 };
    expect(label!.hidden ?? false).to.equal(false);
    expect(overlap(box(label!), marker)).to.equal(false);
    // Without the compared line the label stays where it wanted to be.
    expect(placeValueLabels([series[0]!], 11, 198, { measure })[0]!.y).to.equal(87);
  });

  it('moves a merged label clear of the one in the narrow column beside it', () => {
    // Columns 40 px apart; both columns want a merged "-1 / -1.5" label at the same height.
    const narrow = (color: number, y: number, value: number): PlotSeries => {
      const series = line(color, [[y, value, 'negative'], [y, value, 'negative'], [y, value, 'negative']]);
      series.points.forEach((point, i) => ((point as { x: number }).x = 20 + i * 40));
      return series;
    };
    const series = [narrow(1, 100, -1), narrow(2, 108, -1.5)];
    const measure = (text: string) => text.length * 6;
    const labels = placeValueLabels(series, 11, 198, { measure });
    expect(labels.map((label) => labelText(label))).to.deep.equal(['-1 / -1.5', '-1 / -1.5', '-1 / -1.5']);
    // Without the sideways pass all three sat at 130; the middle one moves down just clear of its neighbours.
    expect(labels.map((label) => label.y)).to.deep.equal([130, 142, 130]);
    for (const [i, label] of labels.entries()) {
      for (const other of labels.slice(i + 1)) expect(overlap(box(label), box(other)), `${i} and another`).to.equal(false);
      for (const point of series.flatMap((s) => s.points)) {
        expect(overlap(box(label), { left: point.x - 7, right: point.x + 7, top: point.y - 7, bottom: point.y + 7 }), `${i} over a marker`).to.equal(false);
      }
    }
  });

  it('never draws a label over another: with six personas in narrow columns, one with no clear place is hidden, its values in the tooltip', () => {
    // Six series, 24 columns 40 px apart, values as the SixPersonas story: the top of the plot crowds.
    const series = [0, 1, 2, 3, 4, 5].map((p) => {
      const spots: Spot[] = Array.from({ length: 24 }, (_, t) => {
        const value = Math.round(Math.sin(t + p) * 4) / 2;
        return [100 - value * 40, value, value > 0 ? 'positive' : value < 0 ? 'negative' : 'neutral'];
      });
      const s = line(p + 1, spots);
      s.points.forEach((point, i) => ((point as { x: number }).x = 20 + i * 40));
      return s;
    });
    const measure = (text: string) => text.length * 6;
    const labels = placeValueLabels(series, 11, 198, { measure });
    const drawn = labels.filter((label) => !label.hidden);
    expect(labels.some((label) => label.hidden), 'this crowd cannot all be placed').to.equal(true);
    expect(drawn.length, 'most labels are still drawn').to.be.greaterThan(labels.length / 2);
    for (const [i, label] of drawn.entries()) {
      for (const other of drawn.slice(i + 1)) expect(overlap(box(label), box(other)), `${labelText(label)} at step ${label.step} and ${labelText(other)} at step ${other.step}`).to.equal(false);
    }
  });

  it('keeps labels off the scale words over the plot’s start edge (left, or right under RTL)', () => {
    const ticks: ScaleTick[] = [{ value: 0.5, y: 60, label: 'Удовлетворённость' }, { value: 0, y: 100, label: 'Нейтрально' }];
    const measure = (text: string) => text.length * 6;
    const series = [line(1, [[64, 0.5, 'positive']]), line(2, [[80, 0, 'neutral']])];
    for (const rtl of [false, true]) {
      if (rtl) for (const s of series) (s.points[0] as { x: number }).x = 550;
      const obstacles = tickObstacles(ticks, (tick) => tick.label!, 600, { rtl, inset: 4, measure, height: 14 });
      expect(obstacles[0]).to.deep.equal(rtl ? { left: 494, right: 596, top: 53, bottom: 67 } : { left: 4, right: 106, top: 53, bottom: 67 });
      const [label] = placeValueLabels(series, 11, 198, { measure, obstacles });
      // It wanted 51 (13 above the higher marker), on the word at 53–67: it moves up just clear of it.
      expect(labelText(label!)).to.equal('0.5 / 0');
      expect(overlap(box(label!), obstacles[0]!), `rtl ${rtl}`).to.equal(false);
      expect(label!.y).to.equal(50);
    }
  });

  it('keeps labels off an open customer\'s point and the channel mark above it', () => {
    // +1 at y 100 wants its label at 87; the customer's point at 96 and their channel mark (66–84) are near.
    const series = [line(1, [[100, 1, 'positive']])];
    const trace = { id: 'c', path: '', points: [{ index: 0, x: 50, y: 96, value: 1.2, channel: 'phone' }] };
    const obstacles = highlightObstacles(trace, true);
    expect(obstacles).to.deep.equal([
      { left: 44, right: 56, top: 90, bottom: 102 },
      { left: 41, right: 59, top: 66, bottom: 84 },
    ]);
    // The export draws no channel marks: only the point.
    expect(highlightObstacles(trace, false)).to.deep.equal([obstacles[0]]);
    const measure = (text: string) => text.length * 6;
    expect(placeValueLabels(series, 11, 198, { measure })[0]!.y, 'without the customer').to.equal(87);
    const [label] = placeValueLabels(series, 11, 198, { measure, obstacles });
    expect(label!.hidden ?? false).to.equal(false);
    for (const obstacle of obstacles) expect(overlap(box(label!), obstacle)).to.equal(false);
  });

  it('draws no value label under an open customer\'s point or channel icon on screen (the customers sample)', async () => {
    const journey = customersSample();
    const customer = journey.individuals![0]!.id;
    const map = await mountMap({ ...journey, lanes: [{ kind: 'emotion' }] }, 1440, { customer });
    const root = mapLanes(map)[0]!.shadowRoot!;
    const labels = Array.from(root.querySelectorAll<SVGTextElement>('.series--current .value-label'));
    const marks = Array.from(root.querySelectorAll<Element>('.highlight__point circle, .channel-mark__back'));
    const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    expect(labels.length, 'value labels').to.be.greaterThan(3);
    expect(root.querySelectorAll('.channel-mark').length, 'channel marks').to.be.greaterThan(3);
    for (const label of labels) {
      for (const mark of marks) {
        const where = `${label.textContent} at step ${label.parentElement!.dataset['step']} over ${mark.closest('[data-channel]')?.getAttribute('data-channel') ?? 'the customer\'s point'}`;
        expect(overlap(label.getBoundingClientRect(), mark.getBoundingClientRect()), where).to.equal(false);
      }
    }
  });

  function closeJourney(): JourneyDocument {
    const journey = laptopJourney();
    journey.stages[0]!.steps![0]!.emotion = { ana: -1, bo: -1.5 };
    journey.stages[0]!.steps![1]!.emotion = { ana: -0.5, bo: -1 };
    journey.stages[1]!.steps![0]!.emotion = { ana: 2, bo: 2 };
    return { ...journey, lanes: [{ kind: 'emotion' }] };
  }

  it('draws no label over another label, a marker or a moment-of-truth ring on screen', async () => {
    const map = await mountMap(closeJourney(), 1200, { lanes: 'emotion' });
    const root = mapLanes(map)[0]!.shadowRoot!;
    const labels = Array.from(root.querySelectorAll<SVGTextElement>('.series--current .value-label'));
    const obstacles = Array.from(root.querySelectorAll<Element>('.series--current .marker, .series--current .moment-ring, .lane-body .tick'));
        const shown = (label: Element) => label.textContent!.replace(/\s+/g, ' ');
    const title = (label: Element) => label.parentElement!.querySelector(':scope > title')?.textContent;
    const box = (element: Element) => element.getBoundingClientRect();
    const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    expect(labels.length).to.be.greaterThan(3);
    for (const [i, label] of labels.entries()) {
      for (const other of labels.slice(i + 1)) expect(overlap(box(label), box(other)), `${label.textContent} / ${other.textContent}`).to.equal(false);
      for (const obstacle of obstacles) expect(overlap(box(label), box(obstacle)), `${shown(label)} over ${obstacle.textContent || 'a marker'}`).to.equal(false);
    }
    const merged = labels.find((label) => label.querySelector('.value-label__part'))!;
    expect(shown(merged)).to.equal('-1 / -1.5');
    expect(title(merged)).to.equal('Ana Pop: -1; Bo Lind: -1.5');
    // Equal values: one number, both personas named in the tooltip.
    const equal = labels.find((label) => title(label) === 'Ana Pop: +2; Bo Lind: +2')!;
    expect(shown(equal)).to.equal('+2');
    const parts = Array.from(merged.querySelectorAll('.value-label__part'), (part) => getComputedStyle(part).fill);
    const lines = Array.from(root.querySelectorAll('.plot-svg .series--current > .line'), (path) => getComputedStyle(path).stroke);
    expect(parts).to.deep.equal(lines);
    // The export places the same labels.
    const svg = new DOMParser().parseFromString(map.exportSVG(), 'image/svg+xml');
    const exported = Array.from(svg.querySelectorAll('.value-label'), (label) => label.textContent!.replace(/\s+/g, ' '));
    expect(exported).to.include('-1 / -1.5');
    expect(exported.length).to.equal(labels.length);
  });

  it('keeps the export\'s value labels above the "n = …" row (a -2 at the bottom was drawn over "n = 7")', async () => {
    const journey: JourneyDocument = {
      ...laptopJourney(),
      // Every step (a stage without steps is one) at the bottom of the scale.
      stages: laptopJourney().stages.map((stage) =>
        stage.steps
          ? { ...stage, steps: stage.steps.map((step) => ({ ...step, emotion: { ana: -2, bo: -1.5 } })) }
          : { ...stage, emotion: { ana: -2, bo: -1.5 } },
      ),
      individuals: Array.from({ length: 12 }, (_, i) => ({
        id: `c-${i}`,
        events: ['search', 'ask', 'order', 'wait'].map((step, day) => ({ step, at: `2026-09-0${day + 1}`, emotion: i % 2 ? -2 : -1 })),
      })),
    };
    const map = await mountMap(journey, 1200, { lanes: 'emotion', locale: 'en' });
    const svg = new DOMParser().parseFromString(map.exportSVG(), 'image/svg+xml').documentElement as unknown as SVGSVGElement;
    document.body.append(svg);
    try {
      const plot = svg.querySelector('.emotion-plot')!;
      const boxes = (selector: string) => Array.from(plot.querySelectorAll<SVGTextElement>(selector), (text) => text.getBBox());
      const labels = boxes('.value-label');
      const counts = boxes('.n-label');
      expect(labels.length).to.be.above(0);
      expect(counts.length).to.be.above(0);
      for (const label of labels) {
        for (const count of counts) {
          const apart = label.x + label.width <= count.x || count.x + count.width <= label.x || label.y + label.height <= count.y || count.y + count.height <= label.y;
          expect(apart, `a value label at ${Math.round(label.x)},${Math.round(label.y)},${Math.round(label.width)}x${Math.round(label.height)} over an "n =" label at ${Math.round(count.x)},${Math.round(count.y)},${Math.round(count.width)}x${Math.round(count.height)}`).to.equal(true);
        }
      }
    } finally {
      svg.remove();
    }
  });
});
