/** `<journey-map customer>`: the customer lane, the header line, the step badges and the highlighted trace. */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { JourneyCustomers } from '../../src/elements/journey-customers/journey-customers.component.js';
import type { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import { normalizeJourney } from '../../src/model/normalize.js';
import { transitionTable } from '../../src/model/transitions.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { deepActiveElement, mountMap, settle } from './map-fixture.js';

const doc: JourneyDocument = {
  schemaVersion: 1,
  title: 'Trial',
  asOf: '2026-10-01',
  scale: { min: -2, max: 2, labels: { '-2': 'Furious', '1': 'Pleased' } },
  personas: [{ id: 'ops', name: 'Operations lead' }],
  stages: [
    {
      id: 'trial',
      title: 'Trial',
      steps: [
        { id: 'signup', title: 'Signs up', actions: ['Fills the form'], emotion: 0 },
        { id: 'setup', title: 'Sets up', actions: ['Adds users'], emotion: 1 },
        { id: 'use', title: 'Uses it', actions: ['Logs in'], emotion: 1 },
      ],
    },
  ],
  individuals: [
    {
      id: 'c-17',
      label: 'ACME Ltd',
      segment: 'SMB',
      persona: 'ops',
      attributes: { ARR: 12000, plan: 'Team' },
      // Listed out of order: the lane and the last event read them by `at`.
      events: [
        { step: 'signup', at: '2026-09-10T14:30:00Z', emotion: 1, channel: 'web', note: 'Found the SSO option' },
        { step: 'setup', at: '2026-09-02', emotion: -2, channel: 'email', note: 'Could not add users' },
        { step: 'signup', at: '2026-09-01', emotion: -2, note: 'First try' },
        { step: 'billing', at: '2026-08-20', emotion: 0, note: 'Asked for an invoice' },
      ],
    },
    { id: 'c-2', label: 'Zeta GmbH', events: [{ step: 'setup', at: '2026-09-29', emotion: 2 }] },
    { id: 'c-3', label: 'Gamma', events: [{ step: 'setup', at: '2026-09-01', emotion: 1 }] },
  ],
};

const root = (element: Element) => element.shadowRoot!;
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function map(attributes: Record<string, string> = { customer: 'c-17' }): Promise<JourneyMap> {
  return mountMap(doc, 1200, { locale: 'en', ...attributes });
}

describe('<journey-map customer>', () => {
  it('adds a customer row right under the step headers with their events by column, in time order', async () => {
    const element = await map();
    const row = root(element).querySelector('.lanes > .customer-row')!;
    expect(row, 'customer row').to.exist;
    expect(row.previousElementSibling, 'first row of the lanes').to.equal(null);
    expect(text(row.querySelector('[role="rowheader"]'))).to.equal('Customer ACME Ltd');
    const cells = Array.from(row.querySelectorAll('[role="gridcell"]'));
    expect(cells.map((cell) => cell.getAttribute('data-step-id'))).to.deep.equal(['signup', 'setup', 'use']);
    const events = (cell: Element) => Array.from(cell.querySelectorAll('.customer-event')).map((item) => text(item));
    // Two events on "Signs up": Sep 1 then Sep 10 (listed the other way round); a date-time shows its time (UTC).
    expect(events(cells[0])).to.deep.equal(['Sep 1, 2026 First try Felt -2 Furious', 'Sep 10, 2026, 2:30 PM web Found the SSO option Felt +1 Pleased']);
    expect(events(cells[1])).to.deep.equal(['Sep 2, 2026 email Could not add users Felt -2 Furious']);
    expect(events(cells[2])).to.deep.equal([]);
    expect(Array.from(cells[0].querySelectorAll('time')).map((time) => time.getAttribute('datetime'))).to.deep.equal(['2026-09-01', '2026-09-10T14:30:00Z']);
    expect(cells[1].querySelectorAll('.customer-event__channel svg').length, 'channel icon').to.equal(1);
  });

  it('a date on a right-to-left page reads in its own order ("10 сент. 2026 г., 14:30", not "сент. 2026 г., 14:30 10")', async () => {
    document.documentElement.dir = 'rtl';
    try {
      const element = await map({ customer: 'c-17', locale: 'ru' });
      const time = root(element).querySelector<HTMLElement>('.customer-row time[datetime="2026-09-10T14:30:00Z"]')!;
      expect(time.getAttribute('dir')).to.equal('ltr');
      const node = document.createTreeWalker(time, NodeFilter.SHOW_TEXT).nextNode()!;
      const at = (index: number) => {
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        return range.getBoundingClientRect();
      };
      const value = node.textContent!;
      // The day, written first, is drawn left of the minutes, written last.
      expect(value.startsWith('10'), value).to.equal(true);
      expect(at(0).left, value).to.be.below(at(value.length - 1).left);
    } finally {
      document.documentElement.dir = 'ltr';
    }
  });

  it('lists events on steps the map does not have, with their step id, instead of dropping them', async () => {
    const element = await map();
    const offMap = root(element).querySelector('.customer-offmap')!;
    expect(text(offMap.querySelector('.customer-offmap__title'))).to.equal('Events on steps not on this map');
    expect(Array.from(offMap.querySelectorAll('.customer-offmap__item')).map((item) => text(item))).to.deep.equal([
      'billing Aug 20, 2026 Asked for an invoice Felt 0',
    ]);
  });

  it('shows the header line: label, segment, persona, attributes, now at, score and stalled days', async () => {
    const element = await map();
    const line = root(element).querySelector('.customer-line')!;
    expect(line.getAttribute('aria-label')).to.equal('Customer: ACME Ltd');
    expect(Array.from(line.querySelectorAll('dl > div')).map((item) => `${text(item.querySelector('dt'))} ${text(item.querySelector('dd'))}`)).to.deep.equal([
      'Customer ACME Ltd',
      'Segment SMB',
      'Persona Operations lead',
      'ARR 12,000',
      'plan Team',
    ]);
    // Last event Sep 10 14:30 on signup; asOf Oct 1 → 20 whole days > 14: stalled.
    // Score: mean(1, −2, −2, 0) = −0.75 → (−0.75 + 2) / 4 × 100 = 31.25 → 31.
    expect(Array.from(line.querySelectorAll('ul > li')).map((item) => text(item))).to.deep.equal([
      'Now at: Signs up',
      'Experience score 31 of 100',
      'Stalled for 20 days',
    ]);
  });

  it('stall-after moves the threshold', async () => {
    const element = await map({ customer: 'c-17', 'stall-after': '30' });
    expect(root(element).querySelector('.customer-line__stalled')).to.equal(null);
    element.stallAfter = 7;
    await settle(element);
    expect(text(root(element).querySelector('.customer-line__stalled'))).to.equal('Stalled for 20 days');
  });

  it('an unknown customer id gives a clear warning and the plain map', async () => {
    const element = await map({ customer: 'nobody' });
    expect(text(root(element).querySelector('.customer-unknown'))).to.equal('There is no customer with the id “nobody”: the map is shown without one.');
    expect(root(element).querySelector('.customer-row')).to.equal(null);
    expect(root(element).querySelector('.customer-line')).to.equal(null);
    expect(root(element).querySelectorAll('.lanes > stage-lane').length).to.be.greaterThan(0);
  });

  it('badges every step header with customers there now and how many are stalled, spoken in words; a step nobody is at has none', async () => {
    const element = await map({});
    const headers = Array.from(root(element).querySelectorAll('.step-row .step'));
    const badgeOf = (header: Element) => header.querySelector('.step__customers');
    // c-17 on signup (stalled 20 days); c-2 on setup (2 days); c-3 on setup (30 days, stalled); nobody on "Uses it".
    expect(headers.map((header) => text(badgeOf(header)?.querySelector('[aria-hidden="true"]') ?? null))).to.deep.equal(['1 now, 1 stalled', '2 now, 1 stalled', '']);
    const badges = headers.map(badgeOf).filter((badge): badge is Element => badge !== null);
    expect(badges.map((badge) => text(badge.querySelector('.visually-hidden')))).to.deep.equal([
      '1 customer here now, 1 of them stalled',
      '2 customers here now, 1 of them stalled',
    ]);
    // The short badge explains itself on hover: the same words as a tooltip.
    expect(badges.map((badge) => badge.getAttribute('title'))).to.deep.equal([
      '1 customer here now, 1 of them stalled',
      '2 customers here now, 1 of them stalled',
    ]);
  });

  it('exports the step badges as the screen shows them, in the map\'s language', async () => {
    const badges = async (locale: string) => {
      const element = await map({ locale });
      const svg = new DOMParser().parseFromString(element.exportSVG(), 'image/svg+xml');
      return Array.from(svg.querySelectorAll('.customers-badge'), (node) => text(node));
    };
    expect(await badges('en')).to.deep.equal(['1 now, 1 stalled', '2 now, 1 stalled']);
    expect((await badges('ro')).length).to.equal(2);
    expect((await badges('ro'))[0]).not.to.equal('1 now, 1 stalled');
  });

  it('says only "now" where nobody is stalled, in each language and its plural forms', async () => {
    const moving: JourneyDocument = { ...doc, individuals: [...doc.individuals!, { id: 'c-9', label: 'Omega', events: [{ step: 'use', at: '2026-09-29', emotion: 1 }] }] };
    const words = async (locale: string) => {
      const element = await mountMap(moving, 1200, { locale });
      const badge = root(element).querySelectorAll('.step-row .step')[2]!.querySelector('.step__customers')!;
      return [text(badge.querySelector('[aria-hidden="true"]')), text(badge.querySelector('.visually-hidden'))];
    };
    expect(await words('en')).to.deep.equal(['1 now', '1 customer here now']);
    expect(await words('ru')).to.deep.equal(['сейчас 1', 'Здесь сейчас 1 клиент']);
    expect(await words('ro')).to.deep.equal(['1 acum', '1 client aici acum']);
  });

  it('calls a customer at the last step finished, as the flow does: no stalled badge, "Finished" in the header line', async () => {
    // c-9 reached "Uses it", the last step (no way on), 61 days before asOf.
    const finishedDoc: JourneyDocument = { ...doc, individuals: [...doc.individuals!, { id: 'c-9', label: 'Omega', events: [{ step: 'use', at: '2026-08-01', emotion: 1 }] }] };
    const element = await mountMap(finishedDoc, 1200, { locale: 'en', customer: 'c-9' });
    const badges = Array.from(root(element).querySelectorAll('.step-row .step__customers'));
    expect(badges.map((badge) => text(badge.querySelector('[aria-hidden="true"]')))).to.deep.equal(['1 now, 1 stalled', '2 now, 1 stalled', '1 now']);
    expect(root(element).querySelector('.customer-line__stalled')).to.equal(null);
    expect(text(root(element).querySelector('.customer-line__finished'))).to.equal('Finished');
    // The flow's counted table reads the same rule: finished at "Uses it", no drop-off there.
    const table = transitionTable(normalizeJourney(finishedDoc), { asOf: finishedDoc.asOf });
    expect(table.finished).to.deep.equal([0, 0, 1]);
    expect(table.exits.map((exit) => [exit.step, exit.count])).to.deep.equal([
      [0, 1],
      [1, 1],
    ]);
  });

  it('is a grid row: arrow keys reach its cells, lanes count after it, a click selects the column', async () => {
    const element = await map();
    const row = root(element).querySelector('.lanes > .customer-row')!;
    expect(row.getAttribute('aria-rowindex')).to.equal('3');
    // The rows of the lanes rowgroup count on from the customer row: 3, 4, 5, …
    const lanes = Array.from(root(element).querySelectorAll('.lanes > [aria-rowindex]'));
    expect(lanes[0]).to.equal(row);
    expect(lanes.map((lane) => lane.getAttribute('aria-rowindex'))).to.deep.equal(lanes.map((_, i) => String(i + 3)));
    const grid = root(element).querySelector('[role="grid"]')!;
    expect(grid.getAttribute('aria-rowcount')).to.equal(String(2 + lanes.length));
    const header = root(element).querySelector<HTMLElement>('.step-row [data-step-id="signup"]')!;
    header.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()).to.equal(row.querySelector('[data-step-id="signup"]'));
    await sendKeys({ press: 'ArrowRight' });
    expect(deepActiveElement()).to.equal(row.querySelector('[data-step-id="setup"]'));
    (row.querySelector('[data-step-id="use"]') as HTMLElement).click();
    await settle(element);
    expect(element.selected).to.equal('use');
  });

  it('draws the customer over the aggregate curve and dims the other traces', async () => {
    const element = await map();
    const curve = root(element).querySelector('emotion-curve')!;
    await (curve as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(root(curve).querySelector('.highlight')?.getAttribute('data-customer')).to.equal('c-17');
    expect(root(curve).querySelector('.traces')?.classList.contains('dimmed')).to.equal(true);
    element.customer = undefined;
    await settle(element);
    // Closed: the lanes count from 3 again.
    expect(root(element).querySelector('.lanes > [aria-rowindex="3"]')).to.equal(curve);
    expect(root(curve).querySelector('.highlight')).to.equal(null);
    expect(root(curve).querySelector('.traces')?.classList.contains('dimmed')).to.equal(false);
  });

  it('a linked table opens the chosen customer on the map', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <journey-customers for="m-linked" locale="en"></journey-customers>
      <journey-map id="m-linked" locale="en" .journey=${doc}></journey-map>
    </div>`);
    const table = wrapper.querySelector<JourneyCustomers>('journey-customers')!;
    const element = wrapper.querySelector<JourneyMap>('journey-map')!;
    await settle(element);
    await table.updateComplete;
    root(table).querySelector<HTMLButtonElement>('tbody tr.row .pick')!.click();
    await settle(element);
    expect(element.customer).to.equal('c-17');
    expect(text(root(element).querySelector('.customer-row [role="rowheader"]'))).to.equal('Customer ACME Ltd');
  });

  it('exports the customer as the screen shows them: header line, their lane by column, off-map events and their trace', async () => {
    const element = await map();
    const svg = new DOMParser().parseFromString(element.exportSVG(), 'image/svg+xml').documentElement;
    // Each line of the picture (a <text>, or each <tspan> of a wrapped one), joined by spaces.
    const lines = (node: Element) => [...node.querySelectorAll('text')].flatMap((t) => (t.querySelector('tspan') ? [...t.querySelectorAll('tspan')] : [t]));
    const words = (node: Element | null | undefined) => (node ? lines(node).map((t) => t.textContent).join(' ').replace(/\s+/g, ' ').trim() : '');
    const signed = (value: number) => new Intl.NumberFormat('en', { signDisplay: 'exceptZero' }).format(value);
    const lineNode = svg.querySelector('text.customer-line')!;
    const line = (lineNode.querySelector('tspan') ? [...lineNode.querySelectorAll('tspan')] : [lineNode]).map((t) => t.textContent).join(' ');
    expect(line).to.include('Customer: ACME Ltd');
    expect(line).to.include('Segment: SMB');
    expect(line).to.include('Persona: Operations lead');
    expect(line).to.include('ARR: 12,000');
    expect(line).to.include('Now at: Signs up');
    expect(line).to.include('Stalled for 20 days');
    const lane = svg.querySelector('g.customer-lane')!;
    expect(lane, 'customer lane').to.exist;
    // Right under the step headers: before every lane of the document.
    expect(lane.nextElementSibling?.getAttribute('class')).to.equal('lane');
    const day = (iso: string, time = false) =>
      new Intl.DateTimeFormat('en', time ? { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' } : { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.parse(iso));
    const cell = (step: string) => [...lane.querySelectorAll(`g.item[data-step="${step}"]`)].map((item) => words(item));
    expect(cell('signup')).to.deep.equal([`${day('2026-09-01')} First try Felt ${signed(-2)} Furious`, `${day('2026-09-10T14:30:00Z', true)} web Found the SSO option Felt ${signed(1)} Pleased`]);
    expect(cell('setup')).to.deep.equal([`${day('2026-09-02')} email Could not add users Felt ${signed(-2)} Furious`]);
    expect(cell('use')).to.deep.equal([]);
    expect(words(svg.querySelector('.customer-offmap'))).to.equal(`Events on steps not on this map billing · ${day('2026-08-20')} · Asked for an invoice · Felt 0`);
    // Their trace over the curve: a line and a point at each step they have a feeling on.
    const trace = svg.querySelector('.emotion-plot .highlight[data-customer="c-17"]')!;
    expect(trace.querySelector('path.highlight-line')?.getAttribute('d')).to.match(/^M/);
    expect(trace.querySelectorAll('circle.highlight-point')).to.have.length(2);
    expect([...svg.querySelectorAll('text.legend')].map((t) => t.textContent)).to.include('Customer ACME Ltd');
  });

  it('exports the customer in the map\'s language', async () => {
    const element = await map({ customer: 'c-17', locale: 'ru' });
    const svg = new DOMParser().parseFromString(element.exportSVG(), 'image/svg+xml').documentElement;
    expect(svg.querySelector('.customer-line')?.textContent).to.include('Клиент: ACME Ltd');
    expect(svg.querySelector('g.customer-lane')?.textContent).to.include(`Эмоция: ${new Intl.NumberFormat('ru', { signDisplay: 'exceptZero' }).format(-2)} Furious`);
  });

  it('exports no customer lane without a customer', async () => {
    const element = await map({});
    const svg = new DOMParser().parseFromString(element.exportSVG(), 'image/svg+xml').documentElement;
    expect(svg.querySelector('g.customer-lane')).to.equal(null);
    expect(svg.querySelector('.highlight')).to.equal(null);
  });

  it('is accessible with a customer open', async () => {
    const element = await map();
    await expect(element).to.be.accessible();
  });
});
