import { expect } from '@open-wc/testing';
import type { ColumnLayout } from '../../src/layout/types.js';
import { bandOnScreen, columnsInView, lanesToDraw, type LaneBox } from '../../src/layout/view-window.js';

/** Ten 100 px columns after a 160 px row header (only what the window reads). */
const layout = {
  headerWidth: 160,
  columnWidth: 100,
  columns: Array.from({ length: 10 }, (_, index) => ({ index, stepId: `s${index}`, stageId: 'a', x: index * 100, width: 100, center: index * 100 + 50 })),
} as unknown as ColumnLayout;

const lane = (key: string, top: number, height: number, drawn: boolean): LaneBox => ({ key, top, bottom: top + height, drawn });

describe('view-window', () => {
  describe('columnsInView', () => {
    it('takes every column at least partly inside the width left after the row header', () => {
      expect(columnsInView(layout, 0, 460).map((c) => c.index)).to.deep.equal([0, 1, 2]);
      expect(columnsInView(layout, 0, 461).map((c) => c.index)).to.deep.equal([0, 1, 2, 3]);
      expect(columnsInView(layout, 250, 460).map((c) => c.index)).to.deep.equal([2, 3, 4, 5]);
    });

    it('takes at least one column, even in a box narrower than the row header', () => {
      expect(columnsInView(layout, 900, 100).map((c) => c.index)).to.deep.equal([9]);
    });
  });

  describe('bandOnScreen', () => {
    it('is the part of the scroller inside the window', () => {
      expect(bandOnScreen(200, 800, 1000)).to.deep.equal({ from: 200, to: 1000 });
      expect(bandOnScreen(100, 300, 1000)).to.deep.equal({ from: 100, to: 400 });
      expect(bandOnScreen(-300, 800, 1000)).to.deep.equal({ from: 0, to: 500 });
    });

    it('is the first window-full of a scroller below the fold', () => {
      expect(bandOnScreen(1500, 2000, 1000)).to.deep.equal({ from: 1500, to: 2500 });
      expect(bandOnScreen(1500, 400, 1000)).to.deep.equal({ from: 1500, to: 1900 });
    });
  });

  describe('lanesToDraw', () => {
    it('picks the lanes not drawn whose box is in the band, in order', () => {
      const lanes = [lane('a', 0, 200, true), lane('b', 200, 40, false), lane('c', 240, 40, false), lane('d', 900, 40, false)];
      // b moves c down by the shortest drawn height less its own: 240 + 160 = 400, still in view.
      expect(lanesToDraw(lanes, { from: 0, to: 500 })).to.deep.equal(['b', 'c']);
      expect(lanesToDraw(lanes, { from: 0, to: 350 })).to.deep.equal(['b']);
    });

    it('counts a lane not drawn as tall as the shortest drawn lane above it', () => {
      const lanes = [lane('a', 0, 300, true), lane('b', 300, 100, true), lane('c', 400, 40, false), lane('d', 440, 40, false), lane('e', 480, 40, false)];
      // c and d each count 100 px: d starts at 500 once c is drawn, e at 600.
      expect(lanesToDraw(lanes, { from: 0, to: 560 })).to.deep.equal(['c', 'd']);
      expect(lanesToDraw(lanes, { from: 0, to: 620 })).to.deep.equal(['c', 'd', 'e']);
    });

    it('skips lanes above the band and ignores a drawn lane of no height (collapsed or hidden)', () => {
      const lanes = [lane('a', -400, 300, false), lane('b', -100, 0, true), lane('c', -100, 200, false), lane('d', 100, 40, false)];
      expect(lanesToDraw(lanes, { from: 0, to: 150 })).to.deep.equal(['c', 'd']);
    });

    it('picks nothing when every lane in the band is drawn', () => {
      expect(lanesToDraw([lane('a', 0, 300, true), lane('b', 300, 300, false)], { from: 0, to: 300 })).to.deep.equal([]);
    });
  });
});
