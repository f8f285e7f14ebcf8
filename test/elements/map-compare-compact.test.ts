/**
 * compareTo as a new user meets it: step headers that stay short however many pain points a step
 * resolved (the emotion lane stays on the first screen), and removed steps whose pain points read as
 * gone with the step, each on its own.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { phoneSystemFutureJourney, phoneSystemJourney } from '../../src/samples/index.js';
import { laptopJourney, mapLanes, mountCompared, settle, withStep } from './map-fixture.js';

const LONG = [
  'The price list on the website does not match the quote the sales team sends afterwards',
  'Nobody tells the customer which model is in stock until the order is placed',
  'Delivery dates are given as a week, never as a day',
  'The invoice address cannot be changed after the order',
  'Support hours end at five in the afternoon',
];

/** Before: "ask" has five long pain points and "wait" two; after: "ask" has none and "wait" is gone. */
function before(): JourneyDocument {
  const doc = withStep(laptopJourney(), 'ask', (step) => ({ ...step, painPoints: LONG.map((text) => ({ text })) }));
  return withStep(doc, 'wait', (step) => ({ ...step, painPoints: [{ text: 'Nobody answers the phone' }, { text: 'The order number is lost' }] }));
}

function after(): JourneyDocument {
  const doc = withStep(laptopJourney(), 'ask', (step) => ({ ...step, painPoints: [] }));
  return { ...doc, stages: doc.stages.map((stage) => ({ ...stage, steps: stage.steps?.filter((step) => step.id !== 'wait') })) };
}

const compared = (journey: JourneyDocument, compareTo: unknown, locale = 'en') => mountCompared(journey, compareTo, locale);

const root = (map: JourneyMap) => map.shadowRoot!;
const header = (map: JourneyMap, id: string) => root(map).querySelector<HTMLElement>(`.step[data-step-id="${id}"]`)!;
const words = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();
const height = (element: Element) => element.getBoundingClientRect().height;

describe('<journey-map> compareTo: compact step headers', () => {
  it('says "Resolved: 5" in one line instead of five struck-through paragraphs', async () => {
    const plain = await compared(after(), undefined);
    const map = await compared(after(), before());
    const resolved = header(map, 'ask').querySelector<HTMLElement>('.change--resolved')!;
    expect(words(resolved.querySelector('.tag'))).to.equal('Resolved: 5');
    // The step row grows by the one line, not by ~290 px of text: at most two lines of note text more.
    const line = 1.4 * parseFloat(getComputedStyle(resolved).fontSize);
    expect(height(root(map).querySelector('.step-row')!) - height(root(plain).querySelector('.step-row')!)).to.be.at.most(3 * line);
  });

  it('keeps the texts struck through in the header: read by screen readers, in the tooltip, shown on focus', async () => {
    const map = await compared(after(), before());
    const ask = header(map, 'ask');
    const resolved = ask.querySelector<HTMLElement>('.change--resolved')!;
    const list = resolved.querySelector<HTMLElement>('.resolved-list')!;
    expect(Array.from(list.querySelectorAll('s')).map(words)).to.deep.equal(LONG);
    // In the accessibility tree (clipped, not display: none), so the column header reads them.
    expect(getComputedStyle(list).display).not.to.equal('none');
    expect(height(list)).to.be.at.most(1);
    expect(resolved.title).to.equal(['Resolved:', ...LONG].join('\n'));
    ask.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(height(list)).to.be.above(3 * 14);
    expect(list.getBoundingClientRect().width).to.be.above(100);
  });

  it('shows them in full in the selected column', async () => {
    const map = await compared(after(), before());
    map.selected = 'ask';
    await settle(map);
    expect(height(header(map, 'ask').querySelector('.resolved-list')!)).to.be.above(3 * 14);
  });

  it('in Russian and Romanian', async () => {
    const ru = await compared(after(), before(), 'ru');
    expect(words(header(ru, 'ask').querySelector('.change--resolved .tag'))).to.equal('Решено: 5');
    const ro = await compared(after(), before(), 'ro');
    expect(words(header(ro, 'ask').querySelector('.change--resolved .tag'))).to.equal('Rezolvate: 5');
  });

  it('is accessible', async () => {
    await expect(await compared(after(), before())).to.be.accessible();
  });
});

describe('<journey-map> compareTo: a removed step’s pain points', () => {
  it('are listed each on its own, as removed with the step (not resolved)', async () => {
    const map = await compared(after(), before());
    root(map).querySelector<HTMLDetailsElement>('[part="removed"]')!.open = true;
    const step = root(map).querySelector('[part="removed"] .removed__step')!;
    expect(words(step.querySelector('.removed__pains-label'))).to.equal('Removed with the step:');
    const pains = Array.from(step.querySelectorAll<HTMLElement>('.removed__pain'));
    expect(pains.map(words)).to.deep.equal(['Nobody answers the phone', 'The order number is lost']);
    expect(words(step)).not.to.include('Resolved');
    // Two boxes, side by side or one under the other, that do not touch: never one run of text.
    const [a, b] = pains.map((pain) => pain.getBoundingClientRect());
    expect(b.left >= a.right + 4 || b.top >= a.bottom).to.equal(true);
  });

  it('say so in the CSV too', async () => {
    const map = await compared(after(), before());
    const row = map
      .exportCSV({ bom: false })
      .split('\r\n')
      .find((line) => line.startsWith('Buy,Waits,Changes'));
    expect(row).to.equal('Buy,Waits,Changes,"Removed\nRemoved with the step: Nobody answers the phone\nRemoved with the step: The order number is lost",changes');
  });

  it('in Russian and Romanian', async () => {
    const ru = await compared(after(), before(), 'ru');
    expect(words(root(ru).querySelector('.removed__pains-label'))).to.equal('Убраны вместе с шагом:');
    const ro = await compared(after(), before(), 'ro');
    expect(words(root(ro).querySelector('.removed__pains-label'))).to.equal('Eliminate odată cu pasul:');
  });
});

describe('<journey-map> compareTo: removed steps folded to one line', () => {
  it('keeps the whole emotion lane on the first screen at 1440×900 (the future phone system against the current one)', async () => {
    // In the font Storybook's pages use (the host page's sans-serif), 1400 px wide as in a 1440 px window.
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1400px; font-family: system-ui, sans-serif"></div>`);
    const map = document.createElement('journey-map');
    map.journey = phoneSystemFutureJourney;
    map.compareTo = phoneSystemJourney;
    wrapper.append(map);
    await settle(map);
    const emotion = mapLanes(map).find((lane) => lane.laneKey === 'emotion')!;
    const top = map.getBoundingClientRect().top;
    const at = (selector: string) => Math.round(root(map).querySelector(selector)!.getBoundingClientRect().bottom - top);
    const where = `comparison ends at ${at('.comparison')}, step row at ${at('.step-row')}`;
    // The map sits at the top of the test page, as on a page with only the map.
    expect(emotion.getBoundingClientRect().bottom - top, where).to.be.at.most(900);
  });

  it('says "Removed steps", their count and titles in one line, and opens to the list with stages and pain points', async () => {
    const map = await mountCompared(phoneSystemFutureJourney, phoneSystemJourney, 'en', 1400);
    const removed = root(map).querySelector<HTMLDetailsElement>('[part="removed"]')!;
    const summary = removed.querySelector<HTMLElement>('summary')!;
    expect(removed.open).to.equal(false);
    expect(words(summary)).to.equal('Removed steps 3 Handover to onboarding · Call quality drops · Ask to cancel');
    const line = 1.4 * parseFloat(getComputedStyle(summary).fontSize);
    expect(height(removed)).to.be.below(line + 16);
    // On a phone the titles are cut with "…", still one line.
    map.parentElement!.style.inlineSize = '343px';
    await settle(map);
    expect(height(removed)).to.be.below(line + 16);
    const preview = summary.querySelector<HTMLElement>('.removed__preview')!;
    expect(preview.scrollWidth).to.be.above(preview.clientWidth);
    expect(getComputedStyle(preview).textOverflow).to.equal('ellipsis');
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(removed.open).to.equal(true);
    const list = removed.querySelector<HTMLElement>('.removed__list')!;
    expect(height(list)).to.be.above(3 * line);
    expect(words(list.querySelector('li'))).to.equal(
      'Removed Handover to onboarding (was in Onboarding) Removed with the step: Requirements captured in the demo are lost in the sales-to-onboarding handover',
    );
    await expect(map).to.be.accessible();
  });
});
