import { expect } from '@open-wc/testing';
import { layoutFlow } from '../../src/layout/flow.js';
import { flowKey, focusExists, moveFlowFocus, sourceOf, startFocus, type FlowFocus } from '../../src/layout/flow-navigation.js';
import { countedTable, flowGrid, flowJourney } from './flow-fixture.js';
import type { TransitionTable } from '../../src/model/transitions.js';

const journey = flowJourney;
const grid = flowGrid;
// Links 0: A→B (24 px), 1: B→C (13), 2: A→C skip (6.4), 3: C→A loop (4.2), 4: C→D (10.8); exit 0 at B (8.6).
const flow = layoutFlow(journey, countedTable, grid.columns, grid.stages);

const node = (step: number): FlowFocus => ({ kind: 'node', step });
const link = (index: number): FlowFocus => ({ kind: 'link', index });
const exit = (index: number): FlowFocus => ({ kind: 'exit', index });

describe('layout/flow-navigation', () => {
  it('goes forward from a step along its heaviest way on, and back along its heaviest way in', () => {
    expect(moveFlowFocus(flow, node(0), 'forward')).to.deep.equal(link(0));
    expect(moveFlowFocus(flow, node(1), 'forward')).to.deep.equal(link(1));
    // C: the loop back (4.2) is lighter than C→D (10.8).
    expect(moveFlowFocus(flow, node(2), 'forward')).to.deep.equal(link(4));
    // C is reached by B→C (13) and A→C (6.4).
    expect(moveFlowFocus(flow, node(2), 'back')).to.deep.equal(link(1));
    // A is reached only by the loop from C.
    expect(moveFlowFocus(flow, node(0), 'back')).to.deep.equal(link(3));
    // D has no way on.
    expect(moveFlowFocus(flow, node(3), 'forward')).to.deep.equal(node(3));
  });

  it('goes from a link to its target (forward) or its source (back), from an exit back to its step', () => {
    expect(moveFlowFocus(flow, link(3), 'forward')).to.deep.equal(node(0));
    expect(moveFlowFocus(flow, link(3), 'back')).to.deep.equal(node(2));
    expect(moveFlowFocus(flow, exit(0), 'back')).to.deep.equal(node(1));
    expect(moveFlowFocus(flow, exit(0), 'forward')).to.deep.equal(exit(0));
  });

  it('moves up and down among the ways out of one step in drawn order: loops, forward, skips, exit', () => {
    // A: A→B on the baseline, then the skip A→C below it.
    expect(moveFlowFocus(flow, link(0), 'down')).to.deep.equal(link(2));
    expect(moveFlowFocus(flow, link(2), 'down')).to.deep.equal(link(2));
    expect(moveFlowFocus(flow, link(2), 'up')).to.deep.equal(link(0));
    // B: B→C, then its exit.
    expect(moveFlowFocus(flow, link(1), 'down')).to.deep.equal(exit(0));
    expect(moveFlowFocus(flow, exit(0), 'up')).to.deep.equal(link(1));
    // C: the loop above, then C→D.
    expect(moveFlowFocus(flow, link(4), 'up')).to.deep.equal(link(3));
    expect(moveFlowFocus(flow, link(3), 'up')).to.deep.equal(link(3));
  });

  it('maps keys of the standalone flow: arrows (mirrored right to left) start at the start focus, Home/End, Enter/Space select, Escape leaves', () => {
    const start = node(2);
    expect(flowKey(flow, undefined, 'ArrowRight', false, start)).to.deep.equal(start);
    expect(flowKey(flow, node(0), 'ArrowRight', false, start)).to.deep.equal(link(0));
    expect(flowKey(flow, node(0), 'ArrowLeft', true, start)).to.deep.equal(link(0));
    expect(flowKey(flow, node(2), 'ArrowRight', true, start)).to.deep.equal(link(1));
    expect(flowKey(flow, link(0), 'ArrowDown', false, start)).to.deep.equal(link(2));
    expect(flowKey(flow, undefined, 'Home', false, start)).to.deep.equal(node(0));
    expect(flowKey(flow, link(3), 'End', false, start)).to.deep.equal(node(3));
    expect(flowKey(flow, link(3), 'Enter', false, start)).to.equal('select');
    expect(flowKey(flow, exit(0), ' ', false, start)).to.equal('select');
    expect(flowKey(flow, undefined, 'Enter', false, start)).to.equal('ignore');
    expect(flowKey(flow, node(1), 'Escape', false, start)).to.equal(undefined);
    expect(flowKey(flow, undefined, 'Escape', false, start)).to.equal('ignore');
    expect(flowKey(flow, node(1), 'a', false, start)).to.equal('ignore');
  });

  it('starts where most customers entered, knows what still exists, and names the step a way leaves from', () => {
    expect(startFocus([3, 9, 9, 0])).to.deep.equal(node(1));
    expect(startFocus(undefined)).to.deep.equal(node(0));
    expect(focusExists(flow, node(3))).to.equal(true);
    expect(focusExists(flow, node(4))).to.equal(false);
    expect(focusExists(flow, link(4))).to.equal(true);
    expect(focusExists(flow, link(5))).to.equal(false);
    expect(focusExists(flow, exit(1))).to.equal(false);
    expect([sourceOf(flow, node(3)), sourceOf(flow, link(3)), sourceOf(flow, exit(0))]).to.deep.equal([3, 2, 1]);
  });

  it('moves up and down between steps when a step is focused', () => {
    expect(moveFlowFocus(flow, node(0), 'up')).to.deep.equal(node(0));
    expect(moveFlowFocus(flow, node(0), 'down')).to.deep.equal(node(1));
    expect(moveFlowFocus(flow, node(3), 'down')).to.deep.equal(node(3));
  });

  it('prefers the way on to a loop back of the same width, and a link to an exit of the same width', () => {
    const plain: TransitionTable = {
      source: 'plain',
      transitions: [
        { from: 1, to: 0, planned: true },
        { from: 1, to: 2, planned: true },
        { from: 2, to: 3, planned: true },
      ],
      exits: [{ step: 2 }],
    };
    const equal = layoutFlow(journey, plain, grid.columns, grid.stages);
    expect(moveFlowFocus(equal, node(1), 'forward')).to.deep.equal(link(1));
    expect(moveFlowFocus(equal, node(2), 'forward')).to.deep.equal(link(2));
    expect(moveFlowFocus(equal, link(2), 'down')).to.deep.equal(exit(0));
  });
});
