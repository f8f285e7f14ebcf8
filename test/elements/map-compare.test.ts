import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { deepActiveElement, laptopJourney, mapLanes, settle } from './map-fixture.js';

/** The laptop journey as it should be: "wait" removed, "track" new, "ask" renamed and happier, a pain point resolved. */
function future(): JourneyDocument {
  const doc = laptopJourney();
  doc.title = 'Ordering a laptop (future)';
  doc.state = 'future';
  const [discover, buy] = doc.stages;
  const ask = discover!.steps![1]!;
  ask.title = 'Chats with sales';
  ask.emotion = { ana: 0.5, bo: -2 };
  ask.painPoints = [{ text: 'Price is unclear', category: 'financial', persona: 'bo' }, { text: 'Chat closes at 6 pm' }];
  buy!.steps = [buy!.steps![0]!, { id: 'track', title: 'Tracks delivery', actions: ['Opens the tracking page'] }];
  return doc;
}

async function compared(compareTo: unknown, locale = 'en') {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1100px"></div>`);
  const map = document.createElement('journey-map') as JourneyMap;
  map.setAttribute('locale', locale);
  map.journey = future();
  map.compareTo = compareTo;
  wrapper.append(map);
  await settle(map);
  return map;
}

const root = (map: JourneyMap) => map.shadowRoot!;
const header = (map: JourneyMap, id: string) => root(map).querySelector<HTMLElement>(`.step[data-step-id="${id}"]`)!;
const words = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();

describe('<journey-map> compareTo', () => {
  it('marks new steps, renames, emotion deltas and pain points in the step headers, in colour and words', async () => {
    const map = await compared(laptopJourney());
    expect(words(header(map, 'track').querySelector('.changes'))).to.equal('New');
    const changes = Array.from(header(map, 'ask').querySelectorAll('.change')).map((item) => [words(item), item.className]);
    expect(changes).to.deep.equal([
      ['Was “Asks sales”', 'change'],
      ['Emotion of Ana Pop +1.5 · better', 'change change--better'],
      ['Long wait on the line Resolved', 'change change--better'],
      ['New Chat closes at 6 pm', 'change change--worse'],
    ]);
    expect(header(map, 'ask').querySelector('s')!.textContent).to.equal('Long wait on the line');
    expect(header(map, 'search').querySelector('.changes')).to.equal(null);
  });

  it('lists removed steps with their former stage, above the grid', async () => {
    const map = await compared(laptopJourney());
    expect(words(root(map).querySelector('.comparison__against'))).to.equal('Compared with “Ordering a laptop”');
    const removed = root(map).querySelector('[part="removed"]')!;
    expect(removed.getAttribute('aria-label')).to.equal('Removed steps');
    expect(Array.from(removed.querySelectorAll('li')).map(words)).to.deep.equal(['Removed Waits (was in Buy)']);
  });

  it('draws the compared emotion curve dashed in the emotion lane', async () => {
    const map = await compared(laptopJourney());
    const curve = mapLanes(map).find((lane) => lane.laneKey === 'emotion')!;
    await curve.updateComplete;
    expect(curve.shadowRoot!.querySelectorAll('.series--compare').length).to.be.greaterThan(0);
  });

  it('the keyboard reaches the changes: the step header reads them', async () => {
    const map = await compared(laptopJourney());
    const ask = header(map, 'ask');
    ask.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(deepActiveElement()?.getAttribute('data-step-id')).to.equal('order');
    await sendKeys({ press: 'ArrowLeft' });
    expect(deepActiveElement()).to.equal(ask);
    expect(words(ask)).to.include('Emotion of Ana Pop +1.5 · better');
  });

  it('is accessible with the comparison shown', async () => {
    await expect(await compared(laptopJourney())).to.be.accessible();
  });

  it('a bad compareTo: a clear error for the compared document, the map itself still shown', async () => {
    const map = await compared({ schemaVersion: 1, title: 'Broken', stages: [] });
    const error = root(map).querySelector('[part="compare-error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(words(error)).to.equal(
      'The document to compare with has problems; the map is shown without the comparison. /stages The journey needs at least one stage.',
    );
    expect(root(map).querySelector('[role="grid"]')).not.to.equal(null);
    expect(root(map).querySelector('.changes')).to.equal(null);
  });

  it('in Russian', async () => {
    const map = await compared(laptopJourney(), 'ru');
    expect(words(header(map, 'track').querySelector('.changes'))).to.equal('Новое');
    expect(words(root(map).querySelector('[part="removed"] li'))).to.equal('Убрано Waits (был в этапе «Buy»)');
  });

  it('removing compareTo removes the comparison', async () => {
    const map = await compared(laptopJourney());
    map.compareTo = undefined;
    await settle(map);
    expect(root(map).querySelector('.comparison, .changes')).to.equal(null);
  });
});

describe('<journey-map> compareTo export', () => {
  it('the CSV lists the changes of every changed step, then the removed steps', async () => {
    const map = await compared(laptopJourney());
    const lines = map.exportCSV({ bom: false }).split('\r\n');
    const changes = lines.filter((line) => line.includes(',Changes,'));
    expect(changes).to.deep.equal([
      'Discover,Chats with sales,Changes,"Was “Asks sales”\nEmotion of Ana Pop +1.5 · better\nResolved: Long wait on the line\nNew: Chat closes at 6 pm",changes',
      'Buy,Tracks delivery,Changes,New,changes',
      'Buy,Waits,Changes,Removed,changes',
    ]);
  });
});
