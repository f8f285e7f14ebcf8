import { expect } from '@open-wc/testing';
import { computeColumns } from '../../src/layout/columns.js';
import { columnCount, columnIndex, ghostColumns, ghostsBefore, GHOST_COLUMN_WIDTH } from '../../src/layout/ghost-columns.js';
import { normalizeJourney } from '../../src/model/normalize.js';
import type { JourneyDocument } from '../../src/model/types.js';

type JourneyStage = JourneyDocument['stages'][number];

/** A document from `stage:step,step` strings; `stage:` alone is a stage without steps. */
function doc(...stages: string[]): JourneyDocument {
  return {
    schemaVersion: 1,
    title: 'T',
    stages: stages.map((spec): JourneyStage => {
      const [id, steps] = spec.split(':');
      return steps ? { id, title: id.toUpperCase(), steps: steps.split(',').map((step) => ({ id: step, title: `Step ${step}` })) } : { id, title: id.toUpperCase() };
    }),
  };
}

const place = (before: JourneyDocument, after: JourneyDocument) =>
  ghostColumns(normalizeJourney(before), normalizeJourney(after)).map((ghost) => `${ghost.id}@${ghost.before}${ghost.stageRemoved ? '!' : ''}${ghost.standsForStage ? '*' : ''}`);

describe('ghostColumns', () => {
  it('puts a removed step after the nearest step before it that is still in its stage', () => {
    // a: 1 2 3 → a: 1 3 (steps 0, 1): 2 goes between 1 and 3.
    expect(place(doc('a:1,2,3', 'b:4'), doc('a:1,3', 'b:4'))).to.deep.equal(['2@1']);
  });

  it('puts a removed first step at the start of its stage, and keeps removed neighbours in their order', () => {
    expect(place(doc('a:1', 'b:2,3,4,5'), doc('a:1', 'b:4,5'))).to.deep.equal(['2@1', '3@1']);
  });

  it('a removed last step goes after the stage’s last step, before the next stage', () => {
    const ghosts = ghostColumns(normalizeJourney(doc('a:1,2', 'b:3')), normalizeJourney(doc('a:1', 'b:3')));
    expect(ghosts).to.deep.equal([{ id: '2', title: 'Step 2', stageId: 'a', stageTitle: 'A', before: 1, stageRemoved: false }]);
  });

  it('skips a neighbour that moved to another stage', () => {
    // 2 moved to b; 3 was after 2 in a: it goes after 1, the nearest one still in a.
    expect(place(doc('a:1,2,3', 'b:4'), doc('a:1', 'b:2,4'))).to.deep.equal(['3@1']);
  });

  it('a removed stage goes after the stage before it, with its removed steps', () => {
    expect(place(doc('a:1', 'x:7,8', 'b:2'), doc('a:1', 'b:2'))).to.deep.equal(['7@1!', '8@1!']);
    expect(place(doc('x:7', 'a:1'), doc('a:1'))).to.deep.equal(['7@0!']);
    expect(place(doc('a:1', 'x:7'), doc('a:1'))).to.deep.equal(['7@1!']);
  });

  it('a removed stage whose steps all moved is one ghost that stands for the stage', () => {
    expect(place(doc('a:1', 'x:7', 'b:2'), doc('a:1,7', 'b:2'))).to.deep.equal(['x@2!*']);
  });

  it('a removed stage without steps is its own column', () => {
    expect(place(doc('a:1', 'x:', 'b:2'), doc('a:1', 'b:2'))).to.deep.equal(['x@1!']);
  });

  it('nothing removed, nothing to draw (new and renamed steps are not ghosts)', () => {
    expect(place(doc('a:1,2'), doc('a:2,1,3'))).to.deep.equal([]);
  });

  it('ghosts at one boundary: the previous stage’s end, a removed stage, then the next stage’s start', () => {
    expect(place(doc('a:1,2', 'x:7', 'b:3,4'), doc('a:1', 'b:4'))).to.deep.equal(['2@1', '7@1!', '3@1']);
  });
});

describe('computeColumns with ghosts', () => {
  const before = normalizeJourney(doc('a:1,2,3', 'x:7', 'b:4'));
  const after = normalizeJourney(doc('a:1,3', 'b:4'));
  const ghosts = ghostColumns(before, after);
  // Header 100, 3 columns of at least 100 px; 1000 px wide: (900 − 2 × 48) / 3 = 268.
  const layout = computeColumns(after, 1000, { headerWidth: 100, minColumnWidth: 100, ghosts });

  it('makes room for each ghost in its place: 1 | ghost 2 | 3 | ghost 7 | 4', () => {
    expect(layout.columnWidth).to.equal(268);
    expect(layout.columns.map((column) => [column.stepId, column.x, column.width, column.center, column.colIndex])).to.deep.equal([
      ['1', 0, 268, 134, 2],
      ['3', 316, 268, 450, 4],
      ['4', 632, 268, 766, 6],
    ]);
    expect(layout.ghosts!.map((ghost) => [ghost.id, ghost.x, ghost.width, ghost.center, ghost.colIndex])).to.deep.equal([
      ['2', 268, GHOST_COLUMN_WIDTH, 292, 3],
      ['7', 584, GHOST_COLUMN_WIDTH, 608, 5],
    ]);
    expect(layout.contentWidth).to.equal(3 * 268 + 2 * 48);
  });

  it('a stage spans its own ghosts; a removed stage gets a ghost header over its ghosts', () => {
    expect(layout.stages.map((stage) => [stage.stageId, stage.x, stage.width, stage.colIndex, stage.colSpan])).to.deep.equal([
      ['a', 0, 584, 2, 3],
      ['b', 632, 268, 6, 1],
    ]);
    expect(layout.ghostStages).to.deep.equal([{ stageId: 'x', title: 'X', x: 584, width: 48, colIndex: 5, colSpan: 1 }]);
  });

  it('answers which ghosts come before a column, the ARIA column of a step and the column count', () => {
    expect(ghostsBefore(layout, 1).map((ghost) => ghost.id)).to.deep.equal(['2']);
    expect(ghostsBefore(layout, 2).map((ghost) => ghost.id)).to.deep.equal(['7']);
    expect(ghostsBefore(layout, 0)).to.deep.equal([]);
    expect(ghostsBefore(layout, 3)).to.deep.equal([]);
    expect(columnIndex(layout, 2)).to.equal(6);
    expect(columnCount(layout, 3)).to.equal(6);
  });

  it('ghosts after the last step are drawn after it', () => {
    const end = computeColumns(normalizeJourney(doc('a:1')), 0, { headerWidth: 100, minColumnWidth: 100, ghosts: ghostColumns(normalizeJourney(doc('a:1,2')), normalizeJourney(doc('a:1'))) });
    expect(ghostsBefore(end, 1).map((ghost) => [ghost.id, ghost.x])).to.deep.equal([['2', 100]]);
  });

  it('without ghosts the layout is as before: no ARIA fields added', () => {
    const plain = computeColumns(after, 1000, { headerWidth: 100, minColumnWidth: 100 });
    expect(plain.columns[1]).to.deep.equal({ index: 1, stepId: '3', stageId: 'a', x: 300, width: 300, center: 450 });
    expect(plain.ghosts).to.equal(undefined);
    expect(columnIndex(plain, 1)).to.equal(3);
    expect(columnCount(plain, 3)).to.equal(4);
  });
});
