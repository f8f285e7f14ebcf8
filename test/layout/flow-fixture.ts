/** A four-step journey in two stages and a counted table over it, shared by the flow layout tests. */
import { computeColumns } from '../../src/layout/columns.js';
import { normalizeJourney } from '../../src/model/normalize.js';
import type { TransitionTable } from '../../src/model/transitions.js';

export const flowJourney = normalizeJourney({
  schemaVersion: 1,
  title: 't',
  stages: [
    { id: 'one', title: 'One', steps: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }] },
    { id: 'two', title: 'Two', steps: [{ id: 'c', title: 'C' }, { id: 'd', title: 'D' }] },
  ],
});

/** 800 px, no header: four 200 px columns centred at 100, 300, 500, 700. */
export const flowGrid = computeColumns(flowJourney, 800, { headerWidth: 0 });

/** A→B 100, B→C 50, A→C 20 (a skip), C→A 10 (a loop), C→D 40; 30 leave at B. */
export const countedTable: TransitionTable = {
  source: 'explicit',
  transitions: [
    { from: 0, to: 1, planned: true, count: 100 },
    { from: 1, to: 2, planned: true, count: 50 },
    { from: 0, to: 2, planned: true, count: 20 },
    { from: 2, to: 0, planned: true, count: 10 },
    { from: 2, to: 3, planned: true, count: 40 },
  ],
  exits: [{ step: 1, count: 30 }],
};
