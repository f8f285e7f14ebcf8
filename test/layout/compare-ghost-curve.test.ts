import { expect } from '@open-wc/testing';
import { computeColumns } from '../../src/layout/columns.js';
import { ghostCenters, pointsThroughGhosts, emotionY, alignedSeries, columnCenters } from '../../src/layout/curve.js';
import { buildEmotionPlot } from '../../src/layout/curve-model.js';
import { ghostColumns } from '../../src/layout/ghost-columns.js';
import { normalizeJourney } from '../../src/model/normalize.js';
import type { JourneyDocument } from '../../src/model/types.js';

/** Stage `a` with the given steps and their emotions; `x` a stage of its own after it when given. */
function doc(steps: Array<[string, number | undefined]>, extra: JourneyDocument['stages'] = []): JourneyDocument {
  return {
    schemaVersion: 1,
    title: 'T',
    stages: [{ id: 'a', title: 'A', steps: steps.map(([id, emotion]) => ({ id, title: `Step ${id}`, ...(emotion === undefined ? {} : { emotion }) })) }, ...extra],
  };
}

// The compared (old) document: 1 (+1), 2 (−2), 3 (+2); the map's: 1 (0), 3 (+1). Step 2 is a ghost.
// Header 100 px, 1000 px wide: columns (900 − 48) / 2 = 426 wide; 1 at 0 (centre 213), the ghost of 2
// at 426 (48 wide, centre 450), 3 at 474 (centre 687); 900 px of content.
// Plot 140 px high, 20 px padding, scale −2…2: y = 70 − 25v.
const before = normalizeJourney(doc([['1', 1], ['2', -2], ['3', 2]]));
const after = normalizeJourney(doc([['1', 0], ['3', 1]]));
const layout = computeColumns(after, 1000, { headerWidth: 100, minColumnWidth: 100, ghosts: ghostColumns(before, after) });
const padding = { top: 20, bottom: 20 };

describe('the compared curve through ghost columns', () => {
  it('the layout has the ghost where the test expects it', () => {
    expect(layout.ghosts?.map((ghost) => [ghost.id, ghost.x, ghost.center])).to.deep.equal([['2', 426, 450]]);
    expect(ghostCenters(layout)).to.deep.equal([{ id: '2', before: 1, x: 450 }]);
    expect(ghostCenters(layout, true)).to.deep.equal([{ id: '2', before: 1, x: 450 }]);
  });

  it('the dashed (compared) line passes through the removed step’s value at the ghost’s centre', () => {
    const plot = buildEmotionPlot(after, layout, { height: 140, padding, curve: 'linear', compare: before });
    const current = plot.series.find((series) => series.kind === 'current')!;
    const compared = plot.series.find((series) => series.kind === 'compare')!;
    expect(current.path).to.equal('M213,70L687,45');
    // 1: 70 − 25 = 45; the ghost of 2: 70 + 50 = 120; 3: 70 − 50 = 20.
    expect(compared.path).to.equal('M213,45L450,120L687,20');
    // Its markers and keyboard points stay one per column of the map.
    expect(compared.points.map((point) => [point.index, point.x, point.value])).to.deep.equal([[0, 213, 1], [1, 687, 2]]);
  });

  it('the compared line gets its hollow marker at the ghost: the removed step’s value, shape and id', () => {
    const plot = buildEmotionPlot(after, layout, { height: 140, padding, curve: 'linear', compare: before });
    const compared = plot.series.find((series) => series.kind === 'compare')!;
    expect(compared.ghostPoints).to.deep.equal([
      { index: -1, x: 450, y: 120, value: -2, sentiment: 'negative', momentOfTruth: false, marker: 'M0,6L5.196,-3L-5.196,-3Z', ghostId: '2' },
    ]);
    // A removed step without an emotion has no marker (the line has a gap there).
    const old = normalizeJourney(doc([['1', 1], ['2', undefined], ['3', 2]]));
    expect(buildEmotionPlot(after, layout, { height: 140, padding, curve: 'linear', compare: old }).series[1]!.ghostPoints).to.deep.equal([]);
  });

  it('the shaded difference stops before a ghost column and starts again after it', () => {
    const plot = buildEmotionPlot(after, layout, { height: 140, padding, curve: 'linear', compare: before });
    // Step 1: compared 45, map 70; step 3: compared 20, map 45; nothing joins them across the ghost.
    expect(plot.differences.map((difference) => difference.path)).to.deep.equal(['M213,45L213,70ZM687,20L687,45Z']);
    // Three columns, the ghost between the first two: (900 − 48) / 3 = 284 wide; centres 142, 474, 758.
    const old = normalizeJourney(doc([['1', 1], ['2', -2], ['3', 2], ['4', 0]]));
    const now = normalizeJourney(doc([['1', 0], ['3', 1], ['4', -1]]));
    const wide = computeColumns(now, 1000, { headerWidth: 100, minColumnWidth: 100, ghosts: ghostColumns(old, now) });
    const three = buildEmotionPlot(now, wide, { height: 140, padding, curve: 'linear', compare: old });
    expect(three.differences[0]!.path).to.equal('M142,45L142,70ZM474,20L758,70L758,95L474,45Z');
  });

  it('mirrors the ghost’s point in right-to-left', () => {
    const plot = buildEmotionPlot(after, layout, { height: 140, padding, curve: 'linear', compare: before, rtl: true });
    expect(plot.series.find((series) => series.kind === 'compare')!.path).to.equal('M687,45L450,120L213,20');
  });

  it('a removed step without an emotion is a gap in the compared line, as in the compared document', () => {
    const old = normalizeJourney(doc([['1', 1], ['2', undefined], ['3', 2]]));
    const plot = buildEmotionPlot(after, layout, { height: 140, padding, curve: 'linear', compare: old });
    expect(plot.series.find((series) => series.kind === 'compare')!.path).to.equal('M213,45ZM687,20Z');
  });

  it('a step only this map has is passed over, not a gap: the compared line goes from the step before it to the step after', () => {
    // Old: 1 (+1), 3 (+2); new: 1, 2 (new), 3. Three columns 300 wide: centres 150, 450, 750 (x from the content's start).
    const old = normalizeJourney(doc([['1', 1], ['3', 2]]));
    const now = normalizeJourney(doc([['1', 0], ['2', -1], ['3', 1]]));
    const plain = computeColumns(now, 1000, { headerWidth: 100, minColumnWidth: 100 });
    const compared = buildEmotionPlot(now, plain, { height: 140, padding, curve: 'linear', compare: old }).series.find((series) => series.kind === 'compare')!;
    expect(compared.path).to.equal('M150,45L750,20');
    // Markers stay where the compared journey has values.
    expect(compared.points.filter((point) => point.value !== undefined).map((point) => point.index)).to.deep.equal([0, 2]);
    // With a ghost too (the review's case): old 1, 2 (removed), 3; new 1, 2b (new), 3 — the line runs
    // 1 → the ghost of 2 → 3 without a break at 2b.
    const older = normalizeJourney(doc([['1', 1], ['2', -2], ['3', 2]]));
    const newer = normalizeJourney(doc([['1', 0], ['2b', 0], ['3', 1]]));
    const withGhost = computeColumns(newer, 1000, { headerWidth: 100, minColumnWidth: 100, ghosts: ghostColumns(older, newer) });
    const dashed = buildEmotionPlot(newer, withGhost, { height: 140, padding, curve: 'linear', compare: older }).series.find((series) => series.kind === 'compare')!;
    expect(dashed.path.split(/[ML]/).filter(Boolean).length, 'one unbroken line through three points').to.equal(3);
    expect(dashed.path).to.match(/^M[\d.]+,45L[\d.]+,120L[\d.]+,20$/);
  });

  it('ghosts at the start and the end get their points in document order', () => {
    const old = normalizeJourney(doc([['0', -1], ['1', 1], ['3', 2], ['4', 0]]));
    const ghostLayout = computeColumns(after, 1000, { headerWidth: 100, minColumnWidth: 100, ghosts: ghostColumns(old, after) });
    // (900 − 2 × 48) / 2 = 402: ghost 0 at 0 (centre 24), 1 at 48 (centre 249), 3 at 450 (651), ghost 4 at 852 (876).
    const y = emotionY(after.scale, 140, padding);
    const [series] = alignedSeries(after, old, columnCenters(ghostLayout), y);
    const through = pointsThroughGhosts(series, old, ghostCenters(ghostLayout), y);
    expect(through.map((point) => [point.index, point.x, point.y])).to.deep.equal([[-1, 24, 95], [0, 249, 45], [1, 651, 20], [-1, 876, 70]]);
  });

  it('a ghost standing for a removed stage whose steps moved has no point: the line goes on to where they are now', () => {
    const old = normalizeJourney(doc([['1', 1], ['3', 2]], [{ id: 'x', title: 'X', steps: [{ id: '9', title: 'Moved', emotion: -2 }] }]));
    const now = normalizeJourney(doc([['1', 0], ['3', 1], ['9', 0]]));
    const ghostLayout = computeColumns(now, 1000, { headerWidth: 100, minColumnWidth: 100, ghosts: ghostColumns(old, now) });
    expect(ghostLayout.ghosts?.map((ghost) => [ghost.id, ghost.standsForStage])).to.deep.equal([['x', true]]);
    expect(ghostCenters(ghostLayout)).to.deep.equal([]);
  });
});
