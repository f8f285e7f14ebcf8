import { expect } from '@open-wc/testing';
import { scaleLinear } from 'd3-scale';
import { linearScale } from '../../src/layout/linear-scale.js';

describe('layout/linearScale', () => {
  const cases: Array<{ domain: [number, number]; range: [number, number] }> = [
    { domain: [-2, 2], range: [186, 24] },
    { domain: [1, 5], range: [0, 240] },
    { domain: [0, 10], range: [44.5, 3.25] },
    { domain: [3, -3], range: [0, 100] },
    { domain: [-1.5, 7.25], range: [300, -20] },
  ];

  it("maps values exactly as d3's scaleLinear, reversed domains included", () => {
    const values = [-7, -2, -1.5, -0.25, 0, 0.1, 1 / 3, 1, 2, 2.5, 5, 7.25, 11];
    for (const { domain, range } of cases) {
      const ours = linearScale(domain, range);
      const d3 = scaleLinear().domain(domain).range(range);
      expect(values.map(ours), `${domain} → ${range}`).to.deep.equal(values.map(d3));
    }
  });

  it("gives d3's ticks, domain and range", () => {
    for (const { domain, range } of cases) {
      const ours = linearScale(domain, range);
      const d3 = scaleLinear().domain(domain).range(range);
      for (const count of [2, 3, 5, 10]) expect(ours.ticks(count)).to.deep.equal(d3.ticks(count));
      expect(ours.domain()).to.deep.equal(d3.domain());
      expect(ours.range()).to.deep.equal(d3.range());
    }
    expect(linearScale([-2, 2], [200, 0]).ticks(5)).to.deep.equal([-2, -1, 0, 1, 2]);
  });

  it('puts every value in the middle of the range when the domain is a single point', () => {
    const scale = linearScale([1, 1], [0, 80]);
    expect([scale(0), scale(1), scale(9)]).to.deep.equal([40, 40, 40]);
    expect(scale(5)).to.equal(scaleLinear().domain([1, 1]).range([0, 80])(5));
  });
});
