// Flow workloads (issue 16): the transition table of 300 steps, 900 transitions and 10 000
// customers against one plain pass over the same events, and the first render of <journey-flow>
// against a hand-written plain d3 SVG of the same graph (nodes, straight links, arcs, widths).
import { select } from 'd3-selection';
import { normalizeJourney } from '../../dist/model/normalize.js';
import { transitionTable } from '../../dist/model/transitions.js';
import { flowDocument, plainPass, STEPS, withCustomers } from './flow-data.js';
import { freshContainer, workload } from './harness.js';

let counted;
let result;
const countedJourney = () => (counted ??= normalizeJourney(withCustomers()));

workload('flow-table', {
  setup: countedJourney,
  run() {
    result = transitionTable(counted, { asOf: '2026-10-01' });
  },
  check: () => (result?.transitions.length >= 894 && result.source === 'individuals' ? true : 'no counted table'),
});

workload('flow-plain-pass', {
  setup: countedJourney,
  run() {
    result = plainPass(counted);
  },
  check: () => (result?.transitions.length === 894 ? true : 'the pass read nothing'),
});

const written = flowDocument(true);
let container;
let drawn;

workload('flow-first', {
  setup() {
    container = freshContainer(1200);
  },
  run() {
    drawn = document.createElement('journey-flow');
    drawn.journey = written;
    container.append(drawn);
  },
  check: () => {
    const links = drawn.shadowRoot?.querySelectorAll('.link').length ?? 0;
    return links === 894 ? true : `${links} links drawn`;
  },
  teardown() {
    container.remove();
  },
});

/** The same graph drawn by hand with plain d3: 140 px columns, nodes, links as lines and arcs, widths by count. */
function plainD3Flow(parent) {
  const steps = written.stages.flatMap((stage) => stage.steps);
  const index = new Map(steps.map((step, i) => [step.id, i]));
  const links = steps.flatMap((step, from) => step.next.map((item) => ({ from, to: index.get(item.step), count: item.count })));
  const max = Math.max(...links.map((link) => link.count));
  const width = (count) => 2 + (22 * count) / max;
  const x = (i) => i * 140 + 70;
  const baseline = 140;
  const svg = select(parent).append('svg').attr('width', STEPS * 140).attr('height', 300);
  svg
    .append('g')
    .selectAll('path')
    .data(links)
    .join('path')
    .attr('fill', 'none')
    .attr('stroke', (d) => (d.to < d.from ? '#c2410c' : '#6b7280'))
    .attr('stroke-width', (d) => width(d.count))
    .attr('d', (d) => {
      if (d.to === d.from + 1) return `M${x(d.from) + 50},${baseline}H${x(d.to) - 50}`;
      const edge = d.to < d.from ? baseline - 18 : baseline + 18;
      const control = d.to < d.from ? edge - 48 : edge + 48;
      return `M${x(d.from)},${edge}C${x(d.from)},${control} ${x(d.to)},${control} ${x(d.to)},${edge}`;
    });
  const nodes = svg.append('g').selectAll('g').data(steps).join('g');
  nodes.append('rect').attr('x', (_, i) => x(i) - 50).attr('y', baseline - 18).attr('width', 100).attr('height', 36).attr('rx', 6).attr('fill', '#f9fafb').attr('stroke', '#d1d5db');
  nodes.append('text').attr('x', (_, i) => x(i)).attr('y', baseline + 4).attr('text-anchor', 'middle').text((d) => d.title);
  svg.append('g').selectAll('text').data(links).join('text').attr('x', (d) => (x(d.from) + x(d.to)) / 2).attr('y', baseline - 24).text((d) => d.count);
  return svg.node();
}

workload('flow-d3-plain', {
  setup() {
    container = freshContainer(1200);
  },
  run() {
    drawn = plainD3Flow(container);
  },
  check: () => (drawn.querySelectorAll('path').length === 894 ? true : 'links missing'),
  teardown() {
    container.remove();
  },
});
