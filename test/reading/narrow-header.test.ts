/**
 * Issue "Reading at a glance", narrow screens: at 375 px the map's header is the title and the goal on
 * one line, the rest (freshness, description, personas) behind a "Details" button, so the first screen
 * shows the map and not only its header.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { bankCardJourneyRu, phoneSystemJourney } from '../../src/samples/index.js';
import { mountMap, settle } from '../elements/map-fixture.js';

const shown = (element: Element | null) => Boolean(element) && getComputedStyle(element!).display !== 'none';

describe('reading at a glance: the header of a narrow map', () => {
  it('shows the title and the goal on one line at 375 px, the rest behind "Подробнее"', async function () {
    this.timeout(60_000);
    const map = await mountMap(bankCardJourneyRu, 375, { lanes: 'actions', locale: 'ru' });
    const root = map.shadowRoot!;
    const header = root.querySelector<HTMLElement>('[part="header"]')!;
    const toggle = root.querySelector<HTMLButtonElement>('.details-toggle')!;
    const goal = root.querySelector<HTMLElement>('[part="goal"]')!;
    expect(shown(toggle)).to.equal(true);
    // A part, so a page can restyle it (docs/theming.md).
    expect(root.querySelector('[part="details-toggle"]')).to.equal(toggle);
    expect(toggle.textContent!.trim()).to.equal('Подробнее');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(root.getElementById(toggle.getAttribute('aria-controls')!)).to.equal(root.querySelector('.header-details'));
    for (const part of ['description', 'personas']) expect(shown(root.querySelector(`[part="${part}"]`)), part).to.equal(false);
    // The goal is one line (its whole text still in the DOM for screen readers).
    const line = parseFloat(getComputedStyle(goal).lineHeight) || 24;
    expect(goal.getBoundingClientRect().height).to.be.below(line * 1.5);
    expect(goal.textContent).to.contain('75% к концу года');
    // Title, badge and button and the goal: well under half of an 812 px screen (was about 540 px).
    expect(header.getBoundingClientRect().height).to.be.below(220);
    await expect(map).to.be.accessible();

    toggle.click();
    await settle(map);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    for (const part of ['description', 'personas']) expect(shown(root.querySelector(`[part="${part}"]`)), part).to.equal(true);
    expect(goal.getBoundingClientRect().height).to.be.above(line * 1.5);
    // A re-render (here: another column selected) keeps the reader's choice.
    map.selected = bankCardJourneyRu.stages[0].steps![1].id;
    await settle(map);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(shown(root.querySelector('[part="personas"]'))).to.equal(true);
    toggle.click();
    await settle(map);
    expect(shown(root.querySelector('[part="personas"]'))).to.equal(false);
  });

  it('keeps the reader\'s choice as the map\'s state, also when the header is drawn anew', async function () {
    this.timeout(60_000);
    const map = await mountMap(bankCardJourneyRu, 375, { lanes: 'actions', locale: 'ru' });
    map.shadowRoot!.querySelector<HTMLButtonElement>('[part="details-toggle"]')!.click();
    await settle(map);
    // An invalid document replaces the whole map with its problems; a valid one draws a new header.
    map.journey = { schemaVersion: 1 } as never;
    await settle(map);
    expect(map.shadowRoot!.querySelector('[part="header"]')).to.equal(null);
    map.journey = bankCardJourneyRu;
    await settle(map);
    const root = map.shadowRoot!;
    expect(root.querySelector('[part="details-toggle"]')!.getAttribute('aria-expanded')).to.equal('true');
    expect(root.querySelector('[part="header"]')!.hasAttribute('data-open')).to.equal(true);
    expect(shown(root.querySelector('[part="personas"]'))).to.equal(true);
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`cuts the goal at its end, in the goal's own direction (${dir} page, Romanian UI, English goal)`, async function () {
      this.timeout(60_000);
      document.documentElement.dir = dir;
      try {
        const map = await mountMap(phoneSystemJourney, 375, { lanes: 'actions', locale: 'ro' });
        const goal = map.shadowRoot!.querySelector<HTMLElement>('[part="goal"]')!;
        const box = goal.getBoundingClientRect();
        const label = goal.querySelector('strong')!.getBoundingClientRect();
        const text = goal.querySelector('bdi')!;
        const node = [...text.childNodes].find((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim())!;
        expect(node.textContent).to.match(/^Find where/);
        const words = document.createRange();
        words.setStart(node, 0);
        words.setEnd(node, 'Find where'.length);
        const start = words.getBoundingClientRect();
        expect(goal.querySelector('strong')!.textContent).to.equal('Obiectiv:');
        // "Obiectiv:" and the goal's first words are on screen, on one line; the end is cut.
        for (const [name, rect] of [['label', label], ['first words', start]] as const) {
          expect(rect.left, name).to.be.at.least(box.left - 1);
          expect(rect.right, name).to.be.at.most(box.right + 1);
          expect(rect.top, name).to.be.below(box.top + 4);
        }
        expect(text.scrollWidth).to.be.above(text.clientWidth);
        if (dir === 'rtl') expect(label.left).to.be.above(start.right);
        else expect(label.right).to.be.below(start.left);
      } finally {
        document.documentElement.dir = 'ltr';
      }
    });
  }

  it('shows everything and no button on a wide map', async () => {
    const map = await mountMap(bankCardJourneyRu, 1200, { lanes: 'actions', locale: 'ru' });
    const root = map.shadowRoot!;
    expect(shown(root.querySelector('.details-toggle'))).to.equal(false);
    for (const part of ['goal', 'description', 'personas']) expect(shown(root.querySelector(`[part="${part}"]`)), part).to.equal(true);
  });
});
