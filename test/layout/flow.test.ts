import { expect } from '@open-wc/testing';
import { computeColumns } from '../../src/layout/columns.js';
import { layoutFlow, MAX_ARC_LEVELS } from '../../src/layout/flow.js';
import { normalizeJourney } from '../../src/model/normalize.js';
import { countedTable, flowGrid, flowJourney } from './flow-fixture.js';
import type { TransitionTable } from '../../src/model/transitions.js';
import type { ColumnBox } from '../../src/layout/types.js';

const journey = flowJourney;
const grid = flowGrid;
const counted = countedTable;

describe('layout/flow', () => {
  it('places nodes on their columns, on one baseline under the loop arcs', () => {
    const flow = layoutFlow(journey, counted, grid.columns, grid.stages);
    // baseline = margin 20 + 1 loop level × 18 + half the widest link 12 + half a node 18.
    expect(flow.baseline).to.equal(68);
    // exits end at baseline + 18 + 1 skip level × 18 + 40; then the 20 px margin.
    expect(flow.height).to.equal(164);
    expect(flow.width).to.equal(800);
    expect(flow.measure).to.equal('count');
    expect(flow.nodes.map(({ x, y, width, height }) => [x, y, width, height])).to.deep.equal([
      [100, 68, 160, 36],
      [300, 68, 160, 36],
      [500, 68, 160, 36],
      [700, 68, 160, 36],
    ]);
    expect(flow.bands.map(({ stageId, x, width }) => [stageId, x, width])).to.deep.equal([
      ['one', 0, 400],
      ['two', 400, 400],
    ]);
  });

  it('scales widths linearly from 2 px (0 customers) to 24 px (the largest count)', () => {
    const flow = layoutFlow(journey, counted, grid.columns, grid.stages);
    expect(flow.links.map((link) => [link.row, link.kind, link.width])).to.deep.equal([
      [0, 'forward', 24],
      [1, 'forward', 13],
      [2, 'skip', 6.4],
      [3, 'loop', 4.2],
      [4, 'forward', 10.8],
    ]);
    expect(flow.exits.map(({ row, step, width }) => [row, step, width])).to.deep.equal([[0, 1, 8.6]]);
  });

  it('draws forward links between node edges, loops as arcs above and skips as arcs below', () => {
    const flow = layoutFlow(journey, counted, grid.columns, grid.stages);
    expect(flow.links.map((link) => link.path)).to.deep.equal([
      'M180,68H220',
      'M380,68H420',
      // Skip: from the node's bottom (86) down to its apex 18 px lower; controls at 4/3 of that.
      'M140,86C140,110 460,110 460,86',
      // Loop: from the top (50) up to 32, right to left.
      'M460,50C460,26 140,26 140,50',
      'M580,68H620',
    ]);
    expect(flow.links.map((link) => [link.labelX, link.labelY])).to.deep.equal([
      // Every figure (text baseline y: its box 12 px above it, 4 below, halo included) stays 3 px clear
      // of the arrowhead halfway along its link, whose half base is ⌈width / 2⌉ + 4.
      // Forward: above it, 68 − 16 − 3 − 4 and 68 − 11 − 3 − 4.
      [200, 45],
      [400, 50],
      // Skip: apex 86 + 18 = 104, + 8 + 3 + 12 below it.
      [300, 127],
      // Loop: apex 50 − 18 = 32, − 7 − 3 − 4 above it.
      [300, 18],
      [600, 51],
    ]);
    // The drop-off stops where its arrowhead (9 px half-base, 11 px long) starts; the tip is at 144.
    expect(flow.exits[0].path).to.equal('M340,86V133');
    expect(flow.exits[0].arrow).to.equal('M331,133H349L340,144Z');
  });

  it('moves a figure that would touch a node or an arrowhead: in the narrowest columns, a wide count under the nodes', () => {
    // The narrowest columns, 176 px (as in a map): 136 px nodes at 20–156 and 196–332, a 40 px gap centred at 176.
    const narrow = computeColumns(journey, 680, { headerWidth: 0 });
    const table: TransitionTable = {
      source: 'explicit',
      transitions: [
        { from: 0, to: 1, planned: true, count: 123_456 },
        { from: 1, to: 0, planned: true, count: 1000 },
      ],
      exits: [],
    };
    const flow = layoutFlow(journey, table, narrow.columns, narrow.stages);
    expect(flow.baseline).to.equal(68);
    // The loop's arrowhead (2.18 px: half base 6) is centred on the gap at its apex 32: 26–38.
    expect(flow.links[1].arrow).to.equal('M172,32L180,26V38Z');
    // "123,456" is 7 × 7 = 49 px, wider than the gap: above the arrowhead (45) or under it (99) it
    // would touch the nodes, over the node tops (43) the loop's arrowhead; under the nodes it is clear:
    // 68 + 18 + 3 + 12 = 101. The loop's "1,000" sits above its arrowhead: 32 − 6 − 3 − 4 = 19.
    expect(flow.links.map((link) => [link.labelX, link.labelY])).to.deep.equal([
      [176, 101],
      [176, 19],
    ]);
    // Room for the figure under the nodes: 101 + 4 + 3.
    expect(flow.height).to.equal(108);
  });

  it('puts an arrowhead halfway along each link, pointing the way customers go', () => {
    const flow = layoutFlow(journey, counted, grid.columns, grid.stages);
    // A→B, 24 px: half-base 16, length 18, centred on (200, 68), pointing right.
    expect(flow.links[0].arrow).to.equal('M209,68L191,52V84Z');
    // C→A loop, 4.2 px: half-base 7, length 9, centred on the apex (300, 32), pointing left.
    expect(flow.links[3].arrow).to.equal('M295.5,32L304.5,25V39Z');
  });

  it('marks the heaviest way forward from the first step as the main path', () => {
    const flow = layoutFlow(journey, counted, grid.columns, grid.stages);
    expect(flow.links.filter((link) => link.main).map((link) => link.row)).to.deep.equal([0, 1, 4]);
  });

  it('nests overlapping arcs: the longer one a level higher', () => {
    const loops: TransitionTable = {
      source: 'plain',
      transitions: [
        { from: 3, to: 0, planned: true },
        { from: 2, to: 1, planned: true },
      ],
      exits: [],
    };
    const flow = layoutFlow(journey, loops, grid.columns, grid.stages);
    expect(flow.measure).to.equal('none');
    expect(flow.baseline).to.equal(86);
    // No drop-offs and no skips: no room kept below the nodes but the margin, 86 + 18 + 20.
    expect(flow.height).to.equal(124);
    expect(flow.links.map((link) => [link.width, link.path])).to.deep.equal([
      // Two loop levels: baseline 20 + 2 × 18 + 12 + 18 = 86, node tops at 68.
      // Level 2: apex at 68 − 36 = 32, controls at 68 − 48 = 20.
      [4, 'M660,68C660,20 140,20 140,68'],
      // Level 1: apex at 68 − 18 = 50, controls at 68 − 24 = 44.
      [4, 'M460,68C460,44 340,44 340,68'],
    ]);
  });

  it('mirrors right to left: columns given mirrored, links run leftwards', () => {
    const mirrored: ColumnBox[] = grid.columns.map((column) => ({ ...column, x: 600 - column.x, center: 800 - column.center }));
    const flow = layoutFlow(journey, counted, mirrored, grid.stages);
    expect(flow.nodes.map((node) => node.x)).to.deep.equal([700, 500, 300, 100]);
    expect(flow.links[0].path).to.equal('M620,68H580');
    expect(flow.links[3].path).to.equal('M340,50C340,26 660,26 660,50');
    expect(flow.exits[0].path).to.equal('M460,86V133');
    expect(flow.links[0].arrow).to.equal('M591,68L609,52V84Z');
  });

  it('keeps room under the skip arcs for their labels when there is no drop-off', () => {
    const skips: TransitionTable = { source: 'plain', transitions: [{ from: 0, to: 2, planned: true }], exits: [] };
    const flow = layoutFlow(journey, skips, grid.columns, grid.stages);
    // No loop: baseline 20 + 12 + 18 = 50; skip apex 50 + 18 + 18 = 86; label 86 + (2 + 4) + 3 + 12 = 107; height 107 + 4 + 3.
    expect(flow.baseline).to.equal(50);
    expect(flow.links[0].labelY).to.equal(107);
    expect(flow.height).to.equal(114);
    // An exit at a step the columns lack keeps no room either.
    const stray = layoutFlow(journey, { ...skips, exits: [{ step: 9, label: 'Lost' }] }, grid.columns, grid.stages);
    expect([stray.height, stray.exits.length]).to.deep.equal([114, 0]);
  });

  it('measures shares when some row has a share and no count', () => {
    const shares: TransitionTable = {
      source: 'explicit',
      transitions: [
        { from: 0, to: 1, planned: true, share: 0.5, count: 9 },
        { from: 1, to: 2, planned: true, share: 0.25 },
        { from: 2, to: 3, planned: true },
      ],
      exits: [],
    };
    const flow = layoutFlow(journey, shares, grid.columns, grid.stages);
    expect(flow.measure).to.equal('share');
    // Largest share 0.5 → 24 px, 0.25 → 13 px, no figure → the thinnest 2 px.
    expect(flow.links.map((link) => link.width)).to.deep.equal([24, 13, 2]);
  });

  it('draws a way without a share with what the step\'s written shares leave, so it can be the main path', () => {
    // From A: to B no share, to C 30 %, 15 % leave → A→B is drawn at 55 %, the heaviest way forward.
    const partial: TransitionTable = {
      source: 'explicit',
      transitions: [
        { from: 0, to: 1, planned: true },
        { from: 0, to: 2, planned: true, share: 0.3 },
        { from: 1, to: 2, planned: true },
        { from: 2, to: 3, planned: true, share: 0.5 },
        { from: 2, to: 0, planned: true },
        { from: 2, to: 1, planned: true },
      ],
      exits: [{ step: 0, share: 0.15 }],
    };
    const flow = layoutFlow(journey, partial, grid.columns, grid.stages);
    expect(flow.measure).to.equal('share');
    // Scale 0 → 2 px … 0.55 → 24 px: A→B 0.55 → 24, A→C 0.3 → 14, B→C (its step writes no share) → 2,
    // C→D 0.5 → 22, C→A and C→B split what C's 50 % leaves: 0.25 → 12 each.
    expect(flow.links.map((link) => [link.from, link.to, link.width])).to.deep.equal([
      [0, 1, 24],
      [0, 2, 14],
      [1, 2, 2],
      [2, 3, 22],
      [2, 0, 12],
      [2, 1, 12],
    ]);
    expect(flow.links.filter((link) => link.main).map((link) => [link.from, link.to])).to.deep.equal([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    // Written shares summing past 1 leave nothing: the unwritten way is the thinnest.
    const over = layoutFlow(journey, { ...partial, exits: [{ step: 0, share: 0.8 }] }, grid.columns, grid.stages);
    expect(over.links[0].width).to.equal(2);
  });

  it('lays out 300 steps where every step loops back to the first, without hanging', () => {
    const steps = Array.from({ length: 300 }, (_, i) => ({ id: `s${i}`, title: `S${i}`, next: i > 0 ? ['s0', `s${i + 1}`] : ['s1'] }));
    const big = normalizeJourney({ schemaVersion: 1, title: 't', stages: [{ id: 'all', title: 'All', steps }] });
    const table: TransitionTable = { source: 'plain', transitions: big.edges.map(([from, to]) => ({ from, to, planned: true })), exits: [] };
    const columns = computeColumns(big, 300 * 176, { headerWidth: 0 });
    const flow = layoutFlow(big, table, columns.columns, columns.stages);
    expect(flow.links.length).to.equal(big.edges.length);
    // s1 … s299 each loop back to s0: 299 loops; s299's `s300` is unknown and dropped.
    expect(flow.links.filter((link) => link.kind === 'loop').length).to.equal(299);
    // Nested spans [0, i] would take 299 levels; they stop at MAX_ARC_LEVELS = 6: baseline 20 + 6 × 18 + 12 + 18.
    expect(MAX_ARC_LEVELS).to.equal(6);
    expect(flow.baseline).to.equal(158);
    // No drop-offs: 158 + 18 + 20.
    expect(flow.height).to.equal(196);
    // The level of each loop from its control points (node top 140 − level × 24): s1 → s0 level 1 … s5 → s0 level 5,
    // s6 … s299 → s0 share level 6 (control −4, apex 140 − 108 = 32), each with its own start.
    const loops = flow.links.filter((link) => link.kind === 'loop');
    const levels = loops.map((link) => (140 - Number(/C[\d.]+,(-?[\d.]+)/.exec(link.path)![1])) / 24);
    expect(levels.slice(0, 7)).to.deep.equal([1, 2, 3, 4, 5, 6, 6]);
    expect(levels.every((level, i) => level === Math.min(i + 1, 6))).to.be.true;
    expect(new Set(loops.map((link) => link.path.split('C')[0])).size).to.equal(299);
    expect(flow.links.filter((link) => link.main).length).to.equal(299);
  });
});
