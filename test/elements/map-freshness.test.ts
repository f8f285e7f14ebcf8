import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import type { JourneyReviewDueEvent } from '../../src/events.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { laptopJourney, settle } from './map-fixture.js';

const reviewed = (): JourneyDocument =>
  Object.assign(laptopJourney(), { asOf: '2026-10-01', reviewedAt: '2026-04-01', reviewEvery: 'P6M', version: '2026.2', owner: 'CX team' });

/** A map of `journey` at the instant `now`, with every `journey-review-due` it dispatches collected. */
async function mapAt(journey: JourneyDocument, now: string, locale = 'en') {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1000px"></div>`);
  const map = document.createElement('journey-map') as JourneyMap;
  const events: JourneyReviewDueEvent[] = [];
  wrapper.addEventListener('journey-review-due', (event) => events.push(event));
  map.setAttribute('locale', locale);
  map.now = new Date(now);
  map.journey = journey;
  wrapper.append(map);
  await settle(map);
  return { map, events };
}

const part = (map: JourneyMap, name: string) => map.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);

describe('<journey-map> freshness', () => {
  it('shows the data date, version and owner, and the next review while it is not due', async () => {
    const { map, events } = await mapAt(reviewed(), '2026-09-30T23:59:59Z');
    expect(part(map, 'freshness')!.textContent!.trim()).to.equal('Data as of October 1, 2026 · Version 2026.2 · Maintained by CX team');
    expect(part(map, 'next-review')!.textContent!.trim()).to.equal('Next review October 1, 2026');
    expect(part(map, 'review-due')).to.equal(null);
    expect(events).to.have.length(0);
  });

  it('is accessible with the next review shown', async () => {
    const { map } = await mapAt(reviewed(), '2026-09-30T23:59:59Z');
    await expect(map).to.be.accessible();
  });

  it('from the due day on: a "Review due since" status in words and one journey-review-due event', async () => {
    const { map, events } = await mapAt(reviewed(), '2026-10-01T00:00:00Z');
    const status = part(map, 'review-due')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent!.replace(/\s+/g, ' ').trim()).to.equal('⚠ Review due since October 1, 2026');
    expect(events).to.have.length(1);
    expect(events[0]!.detail).to.deep.equal({ reviewedAt: '2026-04-01', reviewEvery: 'P6M', dueSince: '2026-10-01' });
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    map.strings = { 'time.asOf': 'As of {date}' };
    await settle(map);
    expect(events, 'not again for the same document').to.have.length(1);
    await expect(map).to.be.accessible();
  });

  it('moving the clock past the date makes the map due', async () => {
    const { map, events } = await mapAt(reviewed(), '2026-06-01');
    expect(part(map, 'review-due')).to.equal(null);
    map.now = Date.parse('2027-01-01');
    await settle(map);
    expect(part(map, 'review-due')).not.to.equal(null);
    expect(events).to.have.length(1);
  });

  it('in Russian and Romanian', async () => {
    const ru = await mapAt(reviewed(), '2026-12-01', 'ru');
    expect(part(ru.map, 'freshness')!.textContent!.trim()).to.equal('Данные на 1 октября 2026 г. · Версия 2026.2 · Ведёт: CX team');
    expect(part(ru.map, 'review-due')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('⚠ Нужен пересмотр с 1 октября 2026 г.');
    const ro = await mapAt(reviewed(), '2026-12-01', 'ro');
    expect(part(ro.map, 'review-due')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('⚠ Revizuire necesară din 1 octombrie 2026');
  });

  it('a map without these fields shows no freshness line and sends no event', async () => {
    const { map, events } = await mapAt(laptopJourney(), '2030-01-01');
    expect(map.shadowRoot!.querySelector('.freshness')).to.equal(null);
    expect(events).to.have.length(0);
  });
});
