import { expect } from '@open-wc/testing';
import { metricHistory, metricRange } from '../../src/layout/metric-history.js';
import type { MetricValue } from '../../src/model/types.js';

const csat = (history: MetricValue['history'], extra: Partial<MetricValue> = {}): MetricValue => ({
  metric: 'csat',
  value: 3.9,
  target: 4.5,
  history,
  ...extra,
});

const fourMeasurements = [
  { at: '2025-04-01', value: 3.2 },
  { at: '2025-10-01', value: 3.4 },
  { at: '2026-04-01', value: 3.6 },
];

describe('layout/metric-history', () => {
  it('draws history then the current value on the CSAT scale 1–5, the target as a height', () => {
    // x: 4 points over [3, 93]; y: 1–5 over [25, 3], so y = 25 − 5.5 · (v − 1).
    const history = metricHistory(csat(fourMeasurements), { id: 'csat', label: 'CSAT' }, '2026-10-01')!;
    expect(history.path).to.equal('M3,12.9L33,11.8L63,10.7L93,9.05');
    expect(history.targetY).to.equal(5.75);
    expect(history.points.map((p) => [p.at, p.value])).to.deep.equal([
      ['2025-04-01', 3.2],
      ['2025-10-01', 3.4],
      ['2026-04-01', 3.6],
      ['2026-10-01', 3.9],
    ]);
    expect([history.previous!.at, history.delta]).to.deep.equal(['2026-04-01', 0.3]);
  });

  it('a last entry dated at asOf is the current value written twice', () => {
    const history = metricHistory(csat([...fourMeasurements, { at: '2026-10-01', value: 3.9 }]), undefined, '2026-10-01')!;
    expect(history.points).to.have.length(4);
    expect(history.previous!.at).to.equal('2026-04-01');
  });

  it('without asOf the current value is an undated last point; sorts by date, skips unreadable ones', () => {
    const history = metricHistory(
      csat([{ at: '2026-04-01', value: 3.6 }, { at: 'spring', value: 1 }, { at: '2025-10-01', value: 3.4 }], { target: undefined }),
      undefined,
    )!;
    expect(history.points.map((p) => [p.at, p.value])).to.deep.equal([
      ['2025-10-01', 3.4],
      ['2026-04-01', 3.6],
      [undefined, 3.9],
    ]);
    expect(history.targetY).to.equal(undefined);
    expect(history.path).to.equal('M3,11.8L48,10.7L93,9.05');
  });

  it('nothing to draw without a dated earlier measurement', () => {
    expect(metricHistory(csat([]), undefined)).to.equal(undefined);
    expect(metricHistory(csat(undefined), undefined)).to.equal(undefined);
    expect(metricHistory(csat([{ at: '2026-10-01', value: 3.9 }]), undefined, '2026-10-01')).to.equal(undefined);
  });

  it('scales: declared min/max, else CSAT 1–5, NPS −100–100, CES 1–7, else the data; values outside widen it', () => {
    expect(metricRange('nps', undefined, [12, 30])).to.deep.equal([-100, 100]);
    expect(metricRange('CES', undefined, [4.8])).to.deep.equal([1, 7]);
    expect(metricRange('csat', { id: 'csat', label: 'CSAT', min: 0, max: 10 }, [4])).to.deep.equal([0, 10]);
    expect(metricRange('conversion', { id: 'conversion', label: 'C', min: 0 }, [20, 38])).to.deep.equal([0, 38]);
    expect(metricRange('tickets', undefined, [7.8, 3.2])).to.deep.equal([3.2, 7.8]);
    expect(metricRange('tickets', undefined, [5, 5])).to.deep.equal([4, 6]);
    expect(metricRange('csat', undefined, [6])).to.deep.equal([1, 6]);
  });
});
