/**
 * Issue "Reading at a glance", direction runs: on a right-to-left page each UI label is a run in the
 * UI language's direction and each text from the document a run in the document's, isolated from
 * each other, so "Goal:" keeps its colon after the word and "80 days" does not read "days 80".
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { JourneyCustomers } from '../../src/elements/journey-customers/journey-customers.component.js';
import type { PersonaCard } from '../../src/elements/persona-card/persona-card.component.js';
import type { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import { uiDir, uiWithData } from '../../src/elements/shared/bidi.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { laptopJourney, mapLanes, mountMap, settle, withStep } from '../elements/map-fixture.js';
import { render } from 'lit';
import { charLeft } from './glyphs.js';

const direction = (element: Element) => getComputedStyle(element).direction;
const isolated = (element: Element) => getComputedStyle(element).unicodeBidi;
const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Runs `body` on a right-to-left page (English UI), then restores the page. */
async function onRtlPage(body: () => Promise<void>): Promise<void> {
  document.documentElement.dir = 'rtl';
  try {
    await body();
  } finally {
    document.documentElement.dir = 'ltr';
  }
}

function customerJourney(locale?: string): JourneyDocument {
  return {
    ...withStep(laptopJourney(), 'search', (step) => ({ ...step, insights: [{ kind: 'quote', source: 'Interview 1', text: 'Wants speed' }, { kind: 'observation', source: 'Visit 2', text: 'Waits' }, { kind: 'data', text: 'Leaves', n: 3400 }] })),
    locale,
    asOf: '2026-10-01',
    owner: 'Служба качества',
    individuals: [
      { id: 'c-1', label: 'ООО Ромашка', segment: 'Малый бизнес', events: [{ step: 'search', at: '2026-07-13', emotion: -1 }] },
      { id: 'c-2', label: 'ACME', events: [{ step: 'search', at: '2026-09-30', emotion: 1 }] },
    ],
  } as JourneyDocument;
}

describe('reading at a glance: direction runs', () => {
  it('gives UI words the UI language’s direction', () => {
    expect(['en', 'ru', 'ro'].map(uiDir)).to.deep.equal(['ltr', 'ltr', 'ltr']);
    expect(uiDir('he')).to.equal('rtl');
    // A UI string with one value of the document's: the value is its own run in its language.
    const host = document.createElement('div');
    render(uiWithData((owner) => `Owner: ${owner}.`, 'שירות', 'en', 'he'), host);
    const run = host.firstElementChild!;
    expect(run.getAttribute('dir')).to.equal('ltr');
    expect(run.textContent).to.equal('Owner: שירות.');
    const value = run.querySelector('bdi')!;
    expect([value.getAttribute('lang'), value.getAttribute('dir'), value.textContent]).to.deep.equal(['he', 'rtl', 'שירות']);
  });

  it('keeps the header’s "Goal:" colon after the word and the freshness facts in order on a right-to-left page', async () => {
    await onRtlPage(async () => {
      const map = await mountMap({ ...customerJourney('ru'), goal: 'Понять, где клиенты уходят' }, 1200, { lanes: 'actions', locale: 'ru' });
      const root = map.shadowRoot!;
      const label = root.querySelector('[part="goal"] strong')!;
      expect([label.getAttribute('dir'), direction(label), isolated(label)]).to.deep.equal(['ltr', 'ltr', 'isolate']);
      // "Цель:" reads left to right: the colon is right of the word's first letter (":Цель" before).
      expect(charLeft(label, ':')).to.be.greaterThan(charLeft(label, 'Ц'));
      const goal = root.querySelector('[part="goal"] bdi')!;
      expect([goal.getAttribute('lang'), goal.getAttribute('dir')]).to.deep.equal(['ru', 'ltr']);
      // The label comes first in the page's direction: right of the value on a right-to-left page.
      expect(label.getBoundingClientRect().left).to.be.greaterThan(goal.getBoundingClientRect().left);
      expect(root.querySelector('[part="badge"]')!.getAttribute('dir')).to.equal('ltr');
      const facts = root.querySelector('[part="freshness"]')!;
      const runs = Array.from(facts.children);
      expect(runs.map((run) => run.getAttribute('dir'))).to.deep.equal(['ltr', 'ltr']);
      expect(text(facts)).to.match(/^Данные на .+ · Ведёт: Служба качества$/);
      expect(runs[1].querySelector('bdi')!.getAttribute('lang')).to.equal('ru');
      // The layout still follows the page: the header is right to left.
      expect(direction(root.querySelector('[part="header"]')!)).to.equal('rtl');
    });
  });

  it('the opened customer’s line keeps each name’s colon after it on a right-to-left page ("Segment: SMB", not "SMB :Segment")', async () => {
    await onRtlPage(async () => {
      const map = await mountMap(customerJourney(), 1200, { lanes: 'actions', locale: 'en', customer: 'c-1' });
      const line = map.shadowRoot!.querySelector('[part="customer-line"]')!;
      const names = Array.from(line.querySelectorAll('dt'));
      expect(names.map((name) => [name.textContent, name.getAttribute('dir'), direction(name)])).to.deep.include(['Segment', 'ltr', 'ltr']);
      const segment = names.find((name) => name.textContent === 'Segment')!;
      // The colon is drawn by CSS after the word: in the name's own left-to-right run it stays at its right end.
      const word = segment.getBoundingClientRect();
      const value = segment.nextElementSibling!;
      expect([value.textContent, value.getAttribute('dir')]).to.deep.equal(['Малый бизнес', 'auto']);
      // The page still runs right to left: the name is right of its value.
      expect(word.left).to.be.greaterThan(value.getBoundingClientRect().left);
    });
  });

  it('isolates step header badges and evidence counts in the UI’s direction ("5 now, 1 stalled", not "now, 1 stalled 5")', async () => {
    await onRtlPage(async () => {
      const map = await mountMap(customerJourney(), 1200, { lanes: 'actions', locale: 'en' });
      const root = map.shadowRoot!;
      const badge = root.querySelector('[part="customers-badge"] [aria-hidden="true"]')!;
      expect([badge.getAttribute('dir'), direction(badge)]).to.deep.equal(['ltr', 'ltr']);
      const count = root.querySelector('[part="evidence-count"] [aria-hidden="true"]')!;
      expect(text(count)).to.equal('2 sources · n = 3,400');
      expect(direction(count)).to.equal('ltr');
      // The number that starts the run is drawn at its left, not after the words.
      expect(charLeft(count, '2')).to.be.lessThan(charLeft(count, 's'));
      const evidence = root.querySelector('[part="evidence"] [dir]')!;
      expect([text(evidence), evidence.getAttribute('dir')]).to.deep.equal(['research', 'ltr']);
      const moment = root.querySelector('[part="moment-of-truth"] [dir]')!;
      expect([text(moment), moment.getAttribute('dir')]).to.deep.equal(['Moment of truth', 'ltr']);
    });
  });

  it('gives the curve’s customer counts and legend the UI’s direction, persona names the document’s', async () => {
    await onRtlPage(async () => {
      const journey = customerJourney('ru');
      const curve = await fixture<HTMLElement & { journey: JourneyDocument; updateComplete: Promise<boolean> }>(
        html`<emotion-curve locale="en" .journey=${journey} style="inline-size: 900px"></emotion-curve>`,
      );
      await settle(curve);
      const root = curve.shadowRoot!;
      const counts = Array.from(root.querySelectorAll('.n-label'));
      expect(counts.length).to.be.above(0);
      for (const label of counts) expect(direction(label)).to.equal('ltr');
      const legend = Array.from(root.querySelectorAll('[part="legend"] li > span'));
      const persona = legend.find((entry) => text(entry) === 'Ana Pop')!.querySelector('bdi')!;
      expect([persona.getAttribute('lang'), persona.getAttribute('dir')]).to.deep.equal(['ru', 'ltr']);
      const band = legend.find((entry) => text(entry).includes('customers'))!;
      expect(band.getAttribute('dir')).to.equal('ltr');
    });
  });

  it('marks a persona card’s texts with text-lang, as isolated runs in the page’s layout', async () => {
    await onRtlPage(async () => {
      const persona = { id: 'a', name: 'Анна', role: 'Бухгалтер, 12 лет', goals: ['Платить быстро.'], attributes: { Возраст: 34 } };
      const card = await fixture<PersonaCard>(html`<persona-card locale="en" text-lang="ru" .persona=${persona}></persona-card>`);
      const root = card.shadowRoot!;
      for (const part of ['[part="name"] bdi', '[part="role"] bdi', 'li bdi', 'dt bdi']) {
        const run = root.querySelector(part)!;
        expect([run.getAttribute('lang'), run.getAttribute('dir'), direction(run)], part).to.deep.equal(['ru', 'ltr', 'ltr']);
      }
      expect(direction(root.querySelector('[part="card"]')!)).to.equal('rtl');
      // The map gives its cards the document's language.
      const map: JourneyMap = await mountMap({ ...laptopJourney(), locale: 'ro' }, 1200, { lanes: 'actions' });
      expect(map.shadowRoot!.querySelector('persona-card')!.getAttribute('text-lang')).to.equal('ro');
      // Without it the texts take the page's language, still isolated ("auto" direction).
      const plain = await fixture<PersonaCard>(html`<persona-card .persona=${persona}></persona-card>`);
      const name = plain.shadowRoot!.querySelector('[part="name"] bdi')!;
      expect([name.hasAttribute('lang'), name.hasAttribute('dir')]).to.deep.equal([false, false]);
    });
  });

  it('keeps the customers table’s "80 days" and "1 of 2 customers" in order, segments in the document’s language', async () => {
    await onRtlPage(async () => {
      const element = await fixture<JourneyCustomers>(html`<journey-customers locale="en" .journey=${customerJourney('ru')}></journey-customers>`);
      await element.updateComplete;
      const root = element.shadowRoot!;
      const count = root.querySelector('[part="count"]')!;
      expect([text(count), direction(count)]).to.deep.equal(['2 of 2 customers', 'ltr']);
      expect(charLeft(count, '2')).to.be.lessThan(charLeft(count, 'c'));
      const row = root.querySelector('tbody tr.row[data-customer-id="c-1"]')!;
      const stalled = row.querySelector('.col--stalled span')!;
      expect([text(stalled), direction(stalled)]).to.deep.equal(['Stalled for 80 days', 'ltr']);
      expect(charLeft(stalled, 'S')).to.be.lessThan(charLeft(stalled, '8'));
      expect(charLeft(stalled, '8')).to.be.lessThan(charLeft(stalled, 'y'));
      const segment = row.querySelector('.col--segment bdi')!;
      expect([segment.getAttribute('lang'), segment.getAttribute('dir')]).to.deep.equal(['ru', 'ltr']);
      expect(row.querySelector('th button bdi')!.getAttribute('lang')).to.equal('ru');
      // The table's layout still follows the page.
      expect(direction(row.querySelector('.col--stalled')!)).to.equal('rtl');
    });
  });

  it('keeps an insight’s date in its order on a right-to-left page ("10 сент. 2026 г.", not "сент. 2026 г. 10")', async () => {
    await onRtlPage(async () => {
      const journey = withStep(laptopJourney(), 'search', (step) => ({ ...step, insights: [{ kind: 'quote', text: 'Быстро', source: 'Интервью', at: '2026-09-10' }] }));
      const map = await mountMap(journey, 1200, { lanes: 'insights', locale: 'ru' });
      const time = mapLanes(map)
        .find((row) => row.laneKey === 'insights')!
        .gridCells()
        .map((cell) => cell.querySelector<HTMLElement>('.insight time'))
        .find(Boolean)!;
      expect([time.getAttribute('dir'), direction(time)]).to.deep.equal(['ltr', 'ltr']);
      const node = document.createTreeWalker(time, NodeFilter.SHOW_TEXT).nextNode()!;
      const box = (index: number) => {
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        return range.getBoundingClientRect();
      };
      // The day, written first, is drawn left of the year's last letter.
      expect(node.textContent!.startsWith('10')).to.equal(true);
      expect(box(0).left).to.be.below(box(node.textContent!.length - 1).left);
    });
  });

  it('keeps UI words inside a Hebrew document’s cells left to right (English UI)', async () => {
    const journey = withStep({ ...laptopJourney(), locale: 'he' }, 'ask', (step) => ({
      ...step,
      opportunities: [{ text: 'תזכורת', owner: 'שירות', impact: 'high' }],
      painPoints: [{ text: 'תור ארוך', severity: 4 }],
    }));
    const map = await mountMap(journey, 1200, { lanes: 'painPoints,opportunities', locale: 'en' });
    const cellOf = (key: string) => mapLanes(map).find((row) => row.laneKey === key)!.gridCells()[2];
    const words = cellOf('painPoints').querySelector('.severity__words')!;
    expect([text(words), direction(words)]).to.deep.equal(['Severity 4 of 5', 'ltr']);
    expect(direction(cellOf('painPoints').querySelector('.lane-cell')!)).to.equal('rtl');
    const owner = cellOf('opportunities').querySelector('dt')!;
    expect(direction(owner)).to.equal('ltr');
    // A chip is one UI phrase: "Impact high", its label left of its value (not "high Impact").
    const chip = cellOf('opportunities').querySelector<HTMLElement>('.opportunity__chip')!;
    expect([text(chip), direction(chip)]).to.deep.equal(['Impact high', 'ltr']);
    const [label, value] = Array.from(chip.querySelectorAll('[dir]'));
    expect(label.getBoundingClientRect().left).to.be.lessThan(value.getBoundingClientRect().left);
  });
});
