import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { mapLanes, mountMap } from './map-fixture.js';

/** A CSAT and a percentage measured four times, the last at asOf. */
function measured(): JourneyDocument {
  return {
    schemaVersion: 1,
    title: 'Support',
    asOf: '2026-10-01',
    metrics: [
      { id: 'csat', label: 'CSAT' },
      { id: 'fcr', label: 'First-contact resolution', unit: '%', min: 0, max: 100 },
    ],
    stages: [
      {
        id: 'help',
        title: 'Help',
        metrics: [
          {
            metric: 'csat',
            value: 3.9,
            target: 4.5,
            history: [
              { at: '2025-04-01', value: 3.2 },
              { at: '2025-10-01', value: 3.4 },
              { at: '2026-04-01', value: 3.6 },
            ],
          },
          { metric: 'fcr', value: 61, history: [{ at: '2026-04-01', value: 64 }] },
        ],
      },
    ],
  };
}

async function metricsCell(locale = 'en') {
  const map = await mountMap(measured(), 900, { locale });
  const lane = mapLanes(map).find((row) => row.laneKey === 'metrics')!;
  return { map, items: Array.from(lane.shadowRoot!.querySelectorAll<HTMLElement>('.metric')) };
}

const said = (item: HTMLElement) => item.querySelector('.visually-hidden')!.textContent!.trim();
const since = (item: HTMLElement) => item.querySelector('.history__since')!.textContent!.trim();

describe('metrics cell: KPI history', () => {
  it('draws the sparkline with the target line and the last point', async () => {
    const { items } = await metricsCell();
    const spark = items[0]!.querySelector('svg.sparkline')!;
    expect(spark.getAttribute('aria-hidden')).to.equal('true');
    expect(spark.querySelector('.sparkline__line')!.getAttribute('d')).to.equal('M3,12.9L33,11.8L63,10.7L93,9.05');
    expect(spark.querySelector('.sparkline__target')!.getAttribute('y1')).to.equal('5.75');
    expect([spark.querySelector('circle')!.getAttribute('cx'), spark.querySelector('circle')!.getAttribute('cy')]).to.deep.equal(['93', '9.05']);
  });

  it('is accessible', async () => {
    const { map } = await metricsCell();
    await expect(map).to.be.accessible();
  });

  it('says the change since the previous measurement with its date, in colour and in words', async () => {
    const { items } = await metricsCell();
    expect(since(items[0]!)).to.equal('+0.3 since Apr 2026 · better');
    expect(items[0]!.querySelector('.history__since')!.classList.contains('history__since--better')).to.equal(true);
    expect(since(items[1]!)).to.equal('-3\u00a0pp since Apr 2026 · worse');
  });

  it('reads every measurement in words', async () => {
    const { items } = await metricsCell();
    expect(said(items[0]!)).to.equal(
      'CSAT: 3.9, target 4.5, not met; Measured 4 times: Apr 2025: 3.2, Oct 2025: 3.4, Apr 2026: 3.6, Oct 2026: 3.9; +0.3 since Apr 2026 · better',
    );
  });

  it('in Russian', async () => {
    const { items } = await metricsCell('ru');
    expect(since(items[0]!)).to.equal('+0,3 с апр. 2026 г. · лучше');
    expect(since(items[1]!)).to.equal('-3\u00a0п.\u00a0п. с апр. 2026 г. · хуже');
  });
});
