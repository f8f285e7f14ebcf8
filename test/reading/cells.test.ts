/**
 * Issue "Reading at a glance": pain points weighted by severity with words and a category legend,
 * opportunities as cards with chips, the document's language on its texts, a persona card that opens
 * its own profile.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { laptopJourney, mapLanes, mountMap, settle, withStep } from '../elements/map-fixture.js';
import { dirOf } from '../../src/elements/shared/data-lang.js';

const lane = (map: JourneyMap, key: string) => mapLanes(map).find((row) => row.laneKey === key)!;
const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

function painJourney(): JourneyDocument {
  return withStep(laptopJourney(), 'ask', (step) => ({
    ...step,
    painPoints: [
      { text: 'Long wait on the line', category: 'process', severity: 2 },
      { text: 'Price is unclear', category: 'financial', severity: 5 },
      { text: 'Nobody calls back', category: 'Hand-off SLA', severity: 3 },
      { text: 'Forms ask twice', category: 'hand-off sla' },
    ],
    opportunities: [
      { text: 'Show prices on the page', owner: 'Sales', impact: 'high', effort: 'low', status: 'in-progress' },
      { text: 'Call-back queue' },
    ],
  }));
}

describe('reading at a glance: cells', () => {
  it('weights pain points by severity and says the severity in words', async () => {
    const map = await mountMap(painJourney(), 1200, { lanes: 'painPoints' });
    const cell = lane(map, 'painPoints').gridCells()[2];
    const chips = Array.from(cell.querySelectorAll<HTMLElement>('.pain'));
    const weight = (chip: HTMLElement) => parseFloat(getComputedStyle(chip).borderInlineStartWidth);
    // Severity 5 is the most prominent card of the column, severity 2 the quietest.
    expect(weight(chips[1])).to.be.above(weight(chips[2]));
    expect(weight(chips[2])).to.be.above(weight(chips[0]));
    expect(getComputedStyle(chips[1].querySelector('.pain__text')!).fontWeight).to.equal('600');
    const words = chips[1].querySelector<HTMLElement>('.severity__words')!;
    expect(text(words)).to.equal('Severity 5 of 5');
    // Visible, not only for screen readers.
    expect(words.getBoundingClientRect().width).to.be.above(20);
    await expect(map).to.be.accessible();
  });

  it('keeps a team’s own category as written and lists the categories in a legend', async () => {
    const map = await mountMap(painJourney(), 1200, { lanes: 'painPoints' });
    const cell = lane(map, 'painPoints').gridCells()[2];
    expect(Array.from(cell.querySelectorAll('.chip__category'), text)).to.deep.equal(['Process', 'Financial', 'Hand-off SLA', 'hand-off sla']);
    const header = lane(map, 'painPoints').gridCells()[0];
    const legend = header.querySelector('.pain-legend')!;
    expect(legend.getAttribute('aria-hidden')).to.equal('true');
    expect(Array.from(legend.querySelectorAll('li'), text)).to.deep.equal(['Financial', 'Process', 'Hand-off SLA']);
    const swatch = (index: number) => getComputedStyle(legend.querySelectorAll('li')[index], '::before').borderInlineStartColor;
    const chipColour = (index: number) => getComputedStyle(cell.querySelectorAll('.pain')[index]).borderInlineStartColor;
    expect(swatch(0)).to.equal(chipColour(1));
    expect(swatch(1)).to.equal(chipColour(0));
  });

  it('shows opportunities as cards with impact, effort and status chips; "Owner" never breaks', async () => {
    const map = await mountMap(painJourney(), 1200, { lanes: 'opportunities' });
    const cell = lane(map, 'opportunities').gridCells()[2];
    const [first, second] = Array.from(cell.querySelectorAll<HTMLElement>('.opportunity'));
    expect(getComputedStyle(first).borderTopStyle).to.equal('solid');
    expect(Array.from(first.querySelectorAll('.opportunity__chip'), text)).to.deep.equal([
      'Impact high',
      'Effort low',
      'Status in progress',
    ]);
    expect([text(first.querySelector('.fact dt')), text(first.querySelector('.fact dd'))]).to.deep.equal(['Owner', 'Sales']);
    expect(getComputedStyle(first.querySelector('dt')!).whiteSpace).to.equal('nowrap');
    expect(second.querySelector('.opportunity__chips')).to.equal(null);
    await expect(map).to.be.accessible();
  });

  it('keeps "Ответственный:" whole in a narrow Russian column', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ru" style="inline-size: 900px"></div>`);
    const map = document.createElement('journey-map');
    map.setAttribute('lanes', 'opportunities');
    map.style.setProperty('--journey-column-min-width', '120px');
    map.journey = painJourney();
    wrapper.append(map);
    await settle(map);
    const dt = lane(map, 'opportunities').gridCells()[2].querySelector('dt')!;
    expect(text(dt)).to.equal('Ответственный');
    const range = document.createRange();
    range.selectNodeContents(dt);
    // One line box: the word is not broken.
    expect(range.getClientRects().length).to.equal(1);
  });

  it('cuts a very long step title at four lines, with the whole title in its tooltip and its text', async () => {
    const long = 'Собирает документы: справка о доходах с места работы, выписка из кадастра, оценка недвижимости независимым оценщиком и страховой полис';
    const journey: JourneyDocument = { ...withStep(laptopJourney(), 'ask', (step) => ({ ...step, title: long })), locale: 'ru' };
    const map = await mountMap(journey, 1024, { lanes: 'actions' });
    const root = map.shadowRoot!;
    const titles = Array.from(root.querySelectorAll<HTMLElement>('.step__title'));
    const title = titles.find((element) => element.textContent === long)!;
    const lineHeight = parseFloat(getComputedStyle(title).lineHeight) || parseFloat(getComputedStyle(title).fontSize) * 1.2;
    // The title is cut at four lines (it needs many more at this width), not the whole header row ten lines tall.
    expect(title.scrollHeight).to.be.above(title.clientHeight);
    expect(title.getBoundingClientRect().height).to.be.at.most(lineHeight * 4 + 1);
    expect(title.getAttribute('title')).to.equal(long);
    // A short title has no tooltip repeating it.
    expect(titles.filter((element) => element !== title).every((element) => !element.hasAttribute('title'))).to.equal(true);
  });

  it('marks the document’s texts with its locale and hyphenates them; UI words keep the UI language', async () => {
    const journey: JourneyDocument = { ...painJourney(), locale: 'ru', title: 'Оформление карты' };
    const map = await mountMap(journey, 1200, { lanes: 'actions,opportunities' });
    const root = map.shadowRoot!;
    expect(root.querySelector('[part="title"] span')!.getAttribute('lang')).to.equal('ru');
    expect(root.querySelector('.stage__title')!.getAttribute('lang')).to.equal('ru');
    expect(root.querySelector('.step__title')!.getAttribute('lang')).to.equal('ru');
    const actions = lane(map, 'actions').gridCells()[1].querySelector('.lane-cell')!;
    expect(actions.getAttribute('lang')).to.equal('ru');
    expect(getComputedStyle(actions).hyphens).to.equal('auto');
    expect(getComputedStyle(root.querySelector('.step__title')!).hyphens).to.equal('auto');
    const owner = lane(map, 'opportunities').gridCells()[2].querySelector('dt')!;
    expect(owner.getAttribute('lang')).to.equal('en');
    expect(getComputedStyle(owner).hyphens).to.equal('manual');
    // Without a document locale, the texts take the page's language.
    const plain = await mountMap(laptopJourney(), 1200, { lanes: 'actions' });
    expect(lane(plain, 'actions').gridCells()[1].querySelector('.lane-cell')!.hasAttribute('lang')).to.equal(false);
  });

  it('gives the document’s texts the direction of its language: a Romanian sentence on a right-to-left page ends on the right', async () => {
    expect(['en', 'ru', 'ro', 'ro-RO'].map(dirOf)).to.deep.equal(['ltr', 'ltr', 'ltr', 'ltr']);
    expect(['ar', 'he', 'fa', 'ur', 'he-IL'].map(dirOf)).to.deep.equal(['rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
    expect(dirOf(undefined)).to.equal(undefined);
    document.documentElement.dir = 'rtl';
    try {
      const journey = withStep({ ...laptopJourney(), locale: 'ro', description: 'Clientul plătește cu cardul.' }, 'search', (step) => ({ ...step, actions: ['Compară modelele.'] }));
      const map = await mountMap(journey, 1200, { lanes: 'actions' });
      const root = map.shadowRoot!;
      const cell = lane(map, 'actions').gridCells()[1].querySelector('.lane-cell')!;
      for (const element of [cell, root.querySelector('.step__title')!, root.querySelector('.stage__title')!, root.querySelector('[part="description"]')!]) {
        expect(element.getAttribute('dir'), element.className).to.equal('ltr');
        expect(getComputedStyle(element).direction, element.className).to.equal('ltr');
      }
      // The sentence-final period is drawn to the right of the sentence's first letter, not before it (".zile").
      const text = [...root.querySelector('[part="description"]')!.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())!;
      const at = (offset: number) => {
        const range = document.createRange();
        range.setStart(text, offset);
        range.setEnd(text, offset + 1);
        return range.getBoundingClientRect();
      };
      const content = text.textContent!;
      expect(at(content.lastIndexOf('.')).left).to.be.greaterThan(at(content.indexOf('C')).left);
      // A Hebrew document on a left-to-right page reads right to left.
      document.documentElement.dir = 'ltr';
      const hebrew = await mountMap({ ...laptopJourney(), locale: 'he' }, 1200, { lanes: 'actions' });
      expect(hebrew.shadowRoot!.querySelector('.step__title')!.getAttribute('dir')).to.equal('rtl');
    } finally {
      document.documentElement.dir = 'ltr';
    }
  });

  it('opens a persona’s profile from the card itself, with no second "Profile of" line', async () => {
    const map = await mountMap(laptopJourney());
    const item = map.shadowRoot!.querySelector<HTMLElement>('.persona')!;
    const card = item.querySelector('persona-card')!.getBoundingClientRect();
    const button = item.querySelector<HTMLButtonElement>('[part="persona-button"]')!;
    const box = button.getBoundingClientRect();
    // The button covers the card; its words are for screen readers only.
    expect(box.width).to.be.at.least(card.width - 1);
    expect(box.height).to.be.at.least(card.height - 1);
    expect(button.querySelector('.visually-hidden')!.getBoundingClientRect().width).to.be.at.most(1);
    expect(item.getBoundingClientRect().height).to.be.at.most(card.height + 1);
    const hit = map.shadowRoot!.elementFromPoint(card.left + card.width / 2, card.top + card.height / 2);
    expect(hit).to.equal(button);
    button.click();
    await settle(map);
    expect(map.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
    await expect(map).to.be.accessible();
  });
});
