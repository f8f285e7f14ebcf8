import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { JourneySelectEvent } from '../../src/events.js';
import { cellForWarning, healthBand } from '../../src/elements/journey-map/map-health.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { deepActiveElement, laptopJourney, mountMap, settle } from '../elements/map-fixture.js';

const NOW = Date.UTC(2026, 11, 4);
const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * The laptop journey with three problems: a severe pain point with no opportunity in "ask" (25 of
 * 25 points lost), "ask" a moment of truth with no metric (15 of 15), and a review due since
 * 2026-07-01 (10 of 10): 100 − 50 = 50.
 */
function poorJourney(): JourneyDocument {
  const doc = laptopJourney();
  doc.reviewedAt = '2026-01-01';
  doc.reviewEvery = 'P6M';
  doc.stages[0].steps![1].painPoints![0].severity = 4;
  doc.lanes = [{ kind: 'actions' }, { kind: 'painPoints' }];
  return doc;
}

async function healthMap(doc: JourneyDocument = poorJourney(), attributes: Record<string, string> = { health: '' }) {
  const map = await mountMap(doc, 1200, { ...attributes, locale: attributes.locale ?? 'en' });
  map.now = NOW;
  await settle(map);
  return map;
}

describe('<journey-map health>', function () {
  // axe over a whole map takes seconds on a loaded machine.
  this.timeout(60_000);

  it('healthBand: 80 and up good, under 50 poor', () => {
    expect([100, 80, 79, 50, 49, 0].map(healthBand)).to.deep.equal(['good', 'good', 'fair', 'fair', 'poor', 'poor']);
  });

  it('cellForWarning: the lane’s cell in the column, else the step header, else the lane’s row header', () => {
    const cell = (name: string) => Object.assign(document.createElement('div'), { id: name });
    const rows = [
      { cells: [cell('corner'), cell('stage')] },
      { cells: [cell('corner2'), cell('h0'), cell('h1')] },
      { element: { laneKey: 'actions' } as never, cells: [cell('rh'), cell('a0'), cell('a1')] },
    ];
    expect(cellForWarning(rows, 1, 'actions')?.id).to.equal('a1');
    expect(cellForWarning(rows, 1, 'metrics')?.id).to.equal('h1');
    expect(cellForWarning(rows, 0, undefined)?.id).to.equal('h0');
    expect(cellForWarning(rows, undefined, 'actions')?.id).to.equal('rh');
    expect(cellForWarning(rows, undefined, 'metrics')).to.equal(undefined);
  });

  it('shows the score in numbers and words, and every warning', async () => {
    const map = await healthMap();
    const panel = map.shadowRoot!.querySelector<HTMLDetailsElement>('[part="health"]')!;
    expect(panel.open).to.equal(true);
    expect(text(panel.querySelector('[part="health-score"]'))).to.equal('50 / 100 · needs work');
    expect(text(panel.querySelector('.health__count'))).to.equal('Warnings: 3');
    const items = Array.from(panel.querySelectorAll('li'));
    expect(items.map((item) => item.dataset.code)).to.deep.equal(['severe-pain-no-opportunity', 'moment-without-metric', 'review-due']);
    expect(text(items[0])).to.equal('A pain point of severity 4 in “Asks sales” has no opportunity in its step.');
    // The due date in the map's language and date format, not an ISO string.
    expect(text(items[2])).to.equal('The map was due for review on July 1, 2026.');
    // The review is about the whole map: plain text, no button.
    expect(items.map((item) => item.querySelector('button') !== null)).to.deep.equal([true, true, false]);
    await expect(map).to.be.accessible();
  });

  it('a warning takes the reader to its cell: the column is selected and the cell focused', async () => {
    const map = await healthMap();
    const [pain, moment] = Array.from(map.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="health-link"]'));
    pain.focus();
    const selected = oneEvent(map, 'journey-select');
    await sendKeys({ press: 'Enter' });
    const detail = ((await selected) as JourneySelectEvent).detail;
    expect(detail).to.deep.equal({ stageId: 'discover', stepId: 'ask', lane: 'painPoints' });
    await settle(map);
    expect(map.selected).to.equal('ask');
    const focused = deepActiveElement() as HTMLElement;
    expect(focused.getAttribute('role')).to.equal('gridcell');
    expect(focused.dataset.stepId).to.equal('ask');
    expect(focused.getAttribute('tabindex')).to.equal('0');
    expect(text(focused)).to.contain('Long wait on the line');
    // The metrics lane is not shown: the step header stands in for its cell.
    moment.click();
    await settle(map);
    const header = deepActiveElement() as HTMLElement;
    expect(header.getAttribute('role')).to.equal('columnheader');
    expect(header.dataset.stepId).to.equal('ask');
  });

  it('a healthy map says so; without the attribute there is no panel; Russian words', async () => {
    const healthy = laptopJourney();
    delete healthy.stages[0].steps![1].momentOfTruth;
    const map = await healthMap(healthy);
    expect(text(map.shadowRoot!.querySelector('[part="health-score"]'))).to.equal('100 / 100 · good');
    expect(text(map.shadowRoot!.querySelector('.health__none'))).to.equal('No methodology warnings: the map follows the method.');
    const plain = await mountMap(poorJourney(), 1200);
    expect(plain.shadowRoot!.querySelector('[part="health"]')).to.equal(null);
    const ru = await healthMap(poorJourney(), { health: '', locale: 'ru' });
    expect(text(ru.shadowRoot!.querySelector('[part="health-score"]'))).to.equal('50 / 100 · требует доработки');
    expect(text(ru.shadowRoot!.querySelector('.health__count'))).to.equal('Предупреждений: 3');
  });
});
