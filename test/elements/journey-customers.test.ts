import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/journey-customers/journey-customers.js';
import '../../src/elements/journey-map/journey-map.js';
import type { JourneyCustomers } from '../../src/elements/journey-customers/journey-customers.component.js';
import type { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import type { JourneyDocument } from '../../src/model/types.js';

const doc: JourneyDocument = {
  schemaVersion: 1,
  title: 'Trial',
  asOf: '2026-10-01',
  stages: [
    {
      id: 'trial',
      title: 'Trial',
      steps: [
        { id: 'signup', title: 'Signs up', actions: ['Fills the form'] },
        { id: 'setup', title: 'Sets up', actions: ['Adds users'] },
      ],
    },
  ],
  individuals: [
    // score: mean(-2, 1) = -0.5 → 38; last event Sep 10 on signup → stalled 21 days
    { id: 'c-17', label: 'ACME Ltd', segment: 'SMB', events: [{ step: 'setup', at: '2026-09-01', emotion: -2 }, { step: 'signup', at: '2026-09-10', emotion: 1 }] },
    { id: 'c-2', label: 'Zeta GmbH', segment: 'Enterprise', events: [{ step: 'setup', at: '2026-09-29', emotion: 2 }] },
    { id: 'c-3', label: 'Ärztehaus', events: [{ step: 'signup', at: '2026-09-25' }] },
    { id: 'c-4', label: 'Beta', segment: 'SMB', events: [{ step: 'gone', at: '2026-08-01', emotion: 0 }] },
  ],
};

async function table(extra = html``) {
  const element = await fixture<JourneyCustomers>(html`<journey-customers locale="en" .journey=${doc}>${extra}</journey-customers>`);
  await element.updateComplete;
  return element;
}

const root = (element: Element) => element.shadowRoot!;
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const bodyRows = (element: JourneyCustomers) => Array.from(root(element).querySelectorAll<HTMLTableRowElement>('tbody tr.row'));
const labels = (element: JourneyCustomers) => bodyRows(element).map((row) => text(row.querySelector('th')));
const cells = (element: JourneyCustomers) => bodyRows(element).map((row) => Array.from(row.children).map((cell) => text(cell)));
const sortButton = (element: JourneyCustomers, column: string) => root(element).querySelector<HTMLButtonElement>(`.sort[data-column="${column}"]`)!;

async function select(element: JourneyCustomers, filter: string, value: string) {
  const control = root(element).querySelector<HTMLSelectElement>(`select[data-filter="${filter}"]`)!;
  control.value = value;
  control.dispatchEvent(new Event('change'));
  await element.updateComplete;
}

describe('<journey-customers>', () => {
  it('lists every customer with segment, current step, last event, score and one status (stalled for N days, finished, active)', async () => {
    const element = await table();
    expect(cells(element)).to.deep.equal([
      ['ACME Ltd', 'SMB', 'Signs up', 'Sep 10, 2026', '38', 'Stalled for 21 days'],
      ['Ärztehaus', '', 'Signs up', 'Sep 25, 2026', '—', 'Active'],
      ['Beta', 'SMB', 'gone', 'Aug 1, 2026', '50', 'Stalled for 61 days'],
      // Sets up is the last step: Zeta has finished (the flow's word too), never stalled.
      ['Zeta GmbH', 'Enterprise', 'Sets up', 'Sep 29, 2026', '100', 'Finished'],
    ]);
    const pick = bodyRows(element)[0].querySelector('button')!;
    expect(pick.getAttribute('aria-label')).to.equal('ACME Ltd, now at Signs up, score 38, stalled for 21 days');
    expect(bodyRows(element)[3].querySelector('button')!.getAttribute('aria-label')).to.equal('Zeta GmbH, now at Sets up, score 100, finished');
    expect(text(root(element).querySelector('[part="count"]'))).to.equal('4 of 4 customers');
  });

  it('tells customers with the same label apart by their id, on screen and in words', async () => {
    const twins = { ...doc, individuals: [...doc.individuals!, { id: 'c-99', label: 'ACME Ltd', events: [{ step: 'setup', at: '2026-09-30' }] }] };
    const element = await fixture<JourneyCustomers>(html`<journey-customers locale="en" .journey=${twins}></journey-customers>`);
    await element.updateComplete;
    const ids = bodyRows(element).map((row) => text(row.querySelector('.id')));
    expect(ids).to.deep.equal(['c-17', 'c-99', '', '', '']);
    expect(bodyRows(element)[1].querySelector('.pick')!.getAttribute('aria-label')).to.equal('ACME Ltd (c-99), now at Sets up, score —, finished');
    expect(bodyRows(element)[2].querySelector('.pick')!.getAttribute('aria-label')).to.equal('Ärztehaus, now at Signs up, score —');
    await expect(element).to.be.accessible();
  });

  it('is a real table with row counts and indices, and sort buttons with aria-sort', async function () {
    this.timeout(60_000);
    const element = await table();
    const tableElement = root(element).querySelector('table')!;
    expect(tableElement.getAttribute('aria-rowcount')).to.equal('5');
    expect(bodyRows(element).map((row) => row.getAttribute('aria-rowindex'))).to.deep.equal(['2', '3', '4', '5']);
    const headers = Array.from(root(element).querySelectorAll('thead th'));
    expect(headers.map((th) => th.getAttribute('aria-sort'))).to.deep.equal(['ascending', 'none', 'none', 'none', 'none', 'none']);
    await expect(element).to.be.accessible();
  });

  it('sorts by each column, toggling the direction, missing values last', async () => {
    const element = await table();
    sortButton(element, 'score').click();
    await element.updateComplete;
    expect(labels(element)).to.deep.equal(['ACME Ltd', 'Beta', 'Zeta GmbH', 'Ärztehaus']);
    expect(root(element).querySelector('th[aria-sort="ascending"]')?.querySelector('.sort')?.getAttribute('data-column')).to.equal('score');
    sortButton(element, 'score').click();
    await element.updateComplete;
    expect(labels(element)).to.deep.equal(['Zeta GmbH', 'Beta', 'ACME Ltd', 'Ärztehaus']);
    sortButton(element, 'stalled').click();
    sortButton(element, 'stalled').click();
    await element.updateComplete;
    // Status descending: the longest stalled first, then active, then finished.
    expect(labels(element)).to.deep.equal(['Beta', 'ACME Ltd', 'Ärztehaus', 'Zeta GmbH']);
    sortButton(element, 'stalled').click();
    await element.updateComplete;
    expect(labels(element)).to.deep.equal(['Zeta GmbH', 'Ärztehaus', 'ACME Ltd', 'Beta']);
    sortButton(element, 'last').click();
    await element.updateComplete;
    expect(labels(element)).to.deep.equal(['Beta', 'ACME Ltd', 'Ärztehaus', 'Zeta GmbH']);
    sortButton(element, 'step').click();
    await element.updateComplete;
    expect(labels(element)).to.deep.equal(['ACME Ltd', 'Ärztehaus', 'Zeta GmbH', 'Beta']);
    sortButton(element, 'segment').click();
    await element.updateComplete;
    expect(labels(element)).to.deep.equal(['Zeta GmbH', 'ACME Ltd', 'Beta', 'Ärztehaus']);
  });

  it('filters by step, by stalled and by name, accents ignored', async () => {
    const element = await table();
    await select(element, 'step', '0');
    expect(labels(element)).to.deep.equal(['ACME Ltd', 'Ärztehaus']);
    await select(element, 'stalled', 'stalled');
    expect(labels(element)).to.deep.equal(['ACME Ltd']);
    expect(text(root(element).querySelector('[part="count"]'))).to.equal('1 of 4 customers');
    await select(element, 'step', 'off-map');
    expect(labels(element)).to.deep.equal(['Beta']);
    await select(element, 'step', '');
    await select(element, 'stalled', '');
    const search = root(element).querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'arzte';
    search.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(labels(element)).to.deep.equal(['Ärztehaus']);
    search.value = 'nobody';
    search.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(labels(element)).to.deep.equal([]);
    expect(text(root(element).querySelector('.empty'))).to.equal('No customer matches these filters.');
  });

  it('filters to the finished customers (at a final step), announcing the count; not stalled keeps them', async () => {
    const element = await table();
    const status = root(element).querySelector<HTMLSelectElement>('select[data-filter="stalled"]')!;
    expect(Array.from(status.options).map((option) => [option.value, text(option)])).to.deep.equal([
      ['', 'All'],
      ['stalled', 'Stalled'],
      ['moving', 'Not stalled'],
      ['finished', 'Finished'],
    ]);
    await select(element, 'stalled', 'finished');
    // Zeta's last event is on Sets up, the last step: the only finished customer.
    expect(cells(element)).to.deep.equal([['Zeta GmbH', 'Enterprise', 'Sets up', 'Sep 29, 2026', '100', 'Finished']]);
    const count = root(element).querySelector('[part="count"]')!;
    expect(count.getAttribute('role')).to.equal('status');
    expect(text(count)).to.equal('1 of 4 customers');
    expect(status.value).to.equal('finished');
    await select(element, 'stalled', 'moving');
    expect(labels(element)).to.deep.equal(['Ärztehaus', 'Zeta GmbH']);
    element.locale = 'ro';
    await element.updateComplete;
    expect(text(status.options[3])).to.equal('Drum încheiat');
    await expect(element).to.be.accessible();
  });

  it('has one tab stop; arrows, Home and End move it; Enter chooses the customer', async () => {
    const element = await table();
    const picks = () => Array.from(root(element).querySelectorAll<HTMLButtonElement>('.pick'));
    expect(picks().map((b) => b.tabIndex)).to.deep.equal([0, -1, -1, -1]);
    picks()[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(root(element).activeElement?.textContent).to.equal('Ärztehaus');
    await sendKeys({ press: 'End' });
    await waitUntil(() => root(element).activeElement?.textContent === 'Zeta GmbH');
    expect(picks().map((b) => b.tabIndex)).to.deep.equal([-1, -1, -1, 0]);
    await sendKeys({ press: 'Home' });
    await waitUntil(() => root(element).activeElement?.textContent === 'ACME Ltd');
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const event = await oneEvent(element, 'journey-customer-select');
    expect(event.detail).to.deep.equal({ customerId: 'c-17' });
    expect(event.bubbles && event.composed).to.equal(true);
    await element.updateComplete;
    expect(element.customer).to.equal('c-17');
    expect(bodyRows(element)[0].getAttribute('aria-current')).to.equal('true');
  });

  it('chooses a customer on click', async () => {
    const element = await table();
    setTimeout(() => bodyRows(element)[3].querySelector<HTMLElement>('td')!.click());
    const event = await oneEvent(element, 'journey-customer-select');
    expect(event.detail.customerId).to.equal('c-2');
  });

  it('is as tall as its rows when they are few: no empty box under four customers', async () => {
    const element = await table();
    const scroller = root(element).querySelector<HTMLElement>('.scroller')!;
    const tableBox = root(element).querySelector('table')!.getBoundingClientRect();
    // Four 40 px rows and the header row, in a 1 px border: nothing empty below the last row.
    expect(scroller.getBoundingClientRect().bottom - tableBox.bottom).to.be.within(0, 3);
    expect(scroller.getBoundingClientRect().height).to.be.lessThan(24 * 16);
  });

  it('renders only the rows in view of 10 000 customers, with their true row indices', async () => {
    const individuals = Array.from({ length: 10_000 }, (_, i) => ({
      id: `c${i}`,
      label: `Customer ${String(i).padStart(5, '0')}`,
      events: [{ step: i % 2 ? 'signup' : 'setup', at: '2026-09-01', emotion: (i % 5) - 2 }],
    }));
    const element = await fixture<JourneyCustomers>(html`<journey-customers locale="en" .journey=${{ ...doc, individuals }}></journey-customers>`);
    await element.updateComplete;
    await element.updateComplete;
    expect(root(element).querySelector('table')!.getAttribute('aria-rowcount')).to.equal('10001');
    expect(bodyRows(element).length).to.be.within(5, 40);
    const scroller = root(element).querySelector<HTMLElement>('.scroller')!;
    // Many rows fill the cap: 36rem, or three quarters of the window when that is less.
    expect(scroller.getBoundingClientRect().height).to.be.closeTo(Math.min(36 * 16, 0.75 * innerHeight), 1);
    scroller.scrollTop = 40 * 5000;
    scroller.dispatchEvent(new Event('scroll'));
    await waitUntil(() => bodyRows(element).some((row) => row.getAttribute('aria-rowindex') === '5002'));
    expect(bodyRows(element).length).to.be.within(5, 40);
    expect(text(root(element).querySelector('tr[aria-rowindex="5002"] th'))).to.equal('Customer 05000');
  });

  it('links to a map by `for`: lists its journey, opens the chosen customer on it, follows its selected step', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <journey-map id="m1" locale="en" .journey=${doc}></journey-map>
      <journey-customers for="m1"></journey-customers>
    </div>`);
    const map = wrapper.querySelector<JourneyMap>('journey-map')!;
    const element = wrapper.querySelector<JourneyCustomers>('journey-customers')!;
    await map.updateComplete;
    await waitUntil(() => bodyRows(element).length === 4, 'the table lists the map journey');
    bodyRows(element)[0].querySelector<HTMLElement>('.pick')!.click();
    expect((map as unknown as { customer?: string }).customer).to.equal('c-17');
    map.selected = 'setup';
    await map.updateComplete;
    await waitUntil(() => labels(element).length === 1);
    expect(labels(element)).to.deep.equal(['Zeta GmbH']);
  });

  it('says so when `for` names no map on the page, in its language, and links once that map appears', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><journey-customers for="m-later" locale="ru"></journey-customers></div>`);
    const element = wrapper.querySelector<JourneyCustomers>('journey-customers')!;
    const note = () => root(element).querySelector('[part="link-warning"]');
    await waitUntil(() => note() !== null, 'a note instead of an empty box');
    expect(text(note())).to.equal('На странице нет карты пути с идентификатором «m-later», поэтому показать клиентов нельзя.');
    expect(note()!.getAttribute('role')).to.equal('status');
    await expect(element).to.be.accessible();
    // The host adds the map afterwards (a framework rendering the table first): linked without any call.
    const map = document.createElement('journey-map') as JourneyMap;
    map.id = 'm-later';
    map.journey = doc;
    wrapper.append(map);
    await waitUntil(() => bodyRows(element).length === 4, 'the table lists the map that appeared');
    expect(note()).to.equal(null);
  });

  it('speaks Russian and Romanian, and exports the rows as CSV', async () => {
    const element = await table();
    element.locale = 'ru';
    await element.updateComplete;
    expect(Array.from(root(element).querySelectorAll('thead th')).map((th) => text(th))).to.deep.equal([
      'Клиент',
      'Сегмент',
      'Сейчас на шаге',
      'Последнее событие',
      'Оценка',
      'Состояние',
    ]);
    expect(bodyRows(element)[0].querySelector('.pick')!.getAttribute('aria-label')).to.equal(
      'ACME Ltd, сейчас на шаге «Signs up», оценка 38, без движения 21 день',
    );
    element.locale = 'ro';
    await element.updateComplete;
    expect(cells(element)[0][5]).to.equal('Blocat de 21 de zile');
    element.locale = 'en';
    await element.updateComplete;
    expect(element.exportCSV({ bom: false })).to.equal(
      'Customer,Segment,Now at,Last event,Score,Status\r\n' +
        'ACME Ltd,SMB,Signs up,2026-09-10,38,Stalled for 21 days\r\n' +
        'Ärztehaus,,Signs up,2026-09-25,,Active\r\n' +
        'Beta,SMB,gone,2026-08-01,50,Stalled for 61 days\r\n' +
        'Zeta GmbH,Enterprise,Sets up,2026-09-29,100,Finished\r\n',
    );
    // The status column says what the screen says, in the table's language.
    element.locale = 'ru';
    await element.updateComplete;
    // Forms without grammatical gender: a customer is a person of either sex or a company.
    expect(element.exportCSV({ bom: false }).split('\r\n').slice(2, 5)).to.deep.equal([
      'Ärztehaus,,Signs up,2026-09-25,,В движении',
      'Beta,SMB,gone,2026-08-01,50,Без движения 61 день',
      'Zeta GmbH,Enterprise,Sets up,2026-09-29,100,Путь завершён',
    ]);
  });

  it('shows an error panel for a broken document and never logs customer data', async () => {
    const logged: unknown[] = [];
    const original = { log: console.log, warn: console.warn, error: console.error, info: console.info };
    for (const key of Object.keys(original) as Array<keyof typeof original>) console[key] = (...args: unknown[]) => logged.push(args);
    try {
      const element = await fixture<JourneyCustomers>(html`<journey-customers .journey=${{ title: 'x' }}></journey-customers>`);
      expect(root(element).querySelector('[role="alert"]')).to.not.equal(null);
      await table();
    } finally {
      Object.assign(console, original);
    }
    expect(JSON.stringify(logged)).to.not.contain('ACME');
  });
  it('narrow (375 px, rows windowed with spacers): label, step and status share the width, the status readable', async () => {
    const many: JourneyDocument = {
      ...doc,
      individuals: Array.from({ length: 80 }, (_, i) => ({ id: `n-${i}`, label: `Customer ${i}`, events: [{ step: 'signup', at: '2026-08-01' }] })),
    };
    const element = await fixture<JourneyCustomers>(
      html`<journey-customers locale="ru" style="inline-size: 375px; block-size: 400px; display: block" .journey=${many}></journey-customers>`,
    );
    await element.updateComplete;
    await waitUntil(() => root(element).querySelector('tr.spacer'), 'the rows below the window are one spacer row');
    const width = (selector: string) => root(element).querySelector(selector)!.getBoundingClientRect();
    const table = width('table');
    const status = width('tbody tr.row .col--stalled');
    const statusHead = width('thead .col--stalled');
    const stepHead = width('thead .col--step');
    // 36 % + 30 % + 34 %: the status column is about a third of the table, in the body as in the head.
    expect(status.width).to.be.closeTo(table.width * 0.34, 4);
    expect(statusHead.width).to.be.closeTo(status.width, 1);
    expect(stepHead.right).to.be.at.most(statusHead.left + 0.5);
    expect(root(element).querySelector('thead .col--segment')!.getBoundingClientRect().width).to.equal(0);
  });

  it('narrow, in Russian: each column name reads whole or ends in … inside its header, the whole name its tooltip', async () => {
    for (const dir of ['ltr', 'rtl']) {
      document.documentElement.dir = dir;
      try {
        const element = await fixture<JourneyCustomers>(
          html`<journey-customers locale="ru" style="inline-size: 375px; display: block" .journey=${doc}></journey-customers>`,
        );
        await element.updateComplete;
        const heads = Array.from(root(element).querySelectorAll<HTMLElement>('thead th')).filter((th) => th.getBoundingClientRect().width > 0);
        expect(heads.map((th) => text(th)), dir).to.deep.equal(['Клиент', 'Сейчас на шаге', 'Состояние']);
        let cut = 0;
        for (const th of heads) {
          const box = th.getBoundingClientRect();
          const name = th.querySelector<HTMLElement>('.sort > span')!;
          const icon = th.querySelector('.sort-icon')!.getBoundingClientRect();
          const drawn = name.getBoundingClientRect();
          // The name and the sort icon are drawn inside the header cell, never under the next one.
          expect(drawn.left, `${text(th)} (${dir})`).to.be.at.least(box.left - 0.5);
          expect(drawn.right, `${text(th)} (${dir})`).to.be.at.most(box.right + 0.5);
          expect(icon.left, `${text(th)}'s icon (${dir})`).to.be.at.least(box.left - 0.5);
          expect(icon.right, `${text(th)}'s icon (${dir})`).to.be.at.most(box.right + 0.5);
          if (name.scrollWidth > name.clientWidth) {
            cut++;
            expect(getComputedStyle(name).textOverflow, `${text(th)} is cut with …`).to.equal('ellipsis');
            expect(th.querySelector('.sort')!.getAttribute('title')).to.equal(`Сортировать: ${text(th)}`);
          }
        }
        // "Сейчас на шаге" does not fit a third of 375 px: the cut path is the one checked.
        expect(cut, dir).to.be.at.least(1);
      } finally {
        document.documentElement.dir = 'ltr';
      }
    }
  });

  it('a very long step title never makes the step filter wider than the table (no sideways scroll on a phone)', async () => {
    const longTitle = 'Получает одобрение кредитного комитета после повторной проверки всех документов и страхового полиса заемщика';
    const long: JourneyDocument = {
      ...doc,
      stages: [
        {
          id: 'trial',
          title: 'Trial',
          steps: [
            { id: 'signup', title: longTitle },
            { id: 'setup', title: 'Sets up' },
          ],
        },
      ],
    };
    const element = await fixture<JourneyCustomers>(
      html`<journey-customers locale="ru" style="inline-size: 375px; display: block" .journey=${long}></journey-customers>`,
    );
    await element.updateComplete;
    const host = element.getBoundingClientRect();
    for (const select of Array.from(root(element).querySelectorAll('select'))) {
      expect(select.getBoundingClientRect().right).to.be.at.most(host.right + 0.5);
    }
    expect(Array.from(root(element).querySelectorAll('option')).some((option) => option.textContent?.includes(longTitle))).to.equal(true);
  });

  it('on a right-to-left page every value sits at the start (right) of its column, under its header', async () => {
    document.documentElement.dir = 'rtl';
    try {
      const element = await fixture<JourneyCustomers>(
        html`<journey-customers locale="en" style="inline-size: 1200px; display: block" .journey=${doc}></journey-customers>`,
      );
      await element.updateComplete;
      const row = bodyRows(element).find((tr) => text(tr).includes('ACME'))!;
      for (const column of ['segment', 'step', 'last', 'score', 'stalled']) {
        const cell = row.querySelector<HTMLElement>(`.col--${column}`)!;
        const run = cell.firstElementChild as HTMLElement;
        const range = document.createRange();
        range.selectNodeContents(run);
        const drawn = range.getBoundingClientRect();
        const box = cell.getBoundingClientRect();
        const padding = parseFloat(getComputedStyle(cell).paddingInlineStart);
        // The text ends at the cell's right edge (its start in this direction), not at its left.
        expect(drawn.right, `${column}: "${text(cell)}"`).to.be.closeTo(box.right - padding, 1.5);
      }
    } finally {
      document.documentElement.dir = 'ltr';
    }
  });

  it('cuts a long label at its own end on a right-to-left page ("Copperfield Prop…", not "…Property Group")', async () => {
    const long: JourneyDocument = {
      ...doc,
      individuals: [{ id: 'long', label: 'Copperfield Property Group International Holdings', events: [{ step: 'signup', at: '2026-08-01' }] }],
    };
    document.documentElement.dir = 'rtl';
    try {
      const element = await fixture<JourneyCustomers>(
        html`<journey-customers locale="ro" style="inline-size: 375px; display: block" .journey=${long}></journey-customers>`,
      );
      await element.updateComplete;
      const label = root(element).querySelector('tbody .pick bdi') as HTMLElement;
      expect(getComputedStyle(label).direction, 'the label is a left-to-right run').to.equal('ltr');
      expect(label.scrollWidth, 'the label is cut').to.be.greaterThan(label.clientWidth);
      // The first letter is drawn inside the label's box: the text is cut at its end, in its own direction.
      const text = document.createTreeWalker(label, NodeFilter.SHOW_TEXT).nextNode()!;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 1);
      const first = range.getBoundingClientRect();
      const box = label.getBoundingClientRect();
      expect(first.left).to.be.at.least(box.left - 0.5);
      expect(first.right).to.be.at.most(box.right + 0.5);
    } finally {
      document.documentElement.dir = 'ltr';
    }
  });
});
