import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { JourneySelectEvent } from '../../src/events.js';
import { cellForWarning, groupWarnings, healthBand } from '../../src/elements/journey-map/map-health.js';
import type { LintWarning } from '../../src/model/lint.js';
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

  it('groupWarnings: the warnings of a code together, codes in the order of their first warning', () => {
    const w = (code: string, path: string) => ({ code, path, message: path }) as LintWarning;
    const grouped = groupWarnings([w('moment-without-metric', 'a'), w('review-due', 'b'), w('moment-without-metric', 'c'), w('empty-lane', 'd')]);
    expect(grouped.map(({ code, warnings }) => [code, warnings.map((one) => one.path)])).to.deep.equal([
      ['moment-without-metric', ['a', 'c']],
      ['review-due', ['b']],
      ['empty-lane', ['d']],
    ]);
    expect(groupWarnings([])).to.deep.equal([]);
  });

  it('warnings of one kind come as one entry that opens to list them, each still a way to its cell', async () => {
    // Three moments of truth without a metric (ask, order, wait), beside the severe pain and the review.
    const doc = poorJourney();
    doc.stages[1].steps![0].momentOfTruth = true;
    doc.stages[1].steps![1].momentOfTruth = true;
    const map = await healthMap(doc);
    const panel = map.shadowRoot!.querySelector<HTMLDetailsElement>('[part="health"]')!;
    expect(text(panel.querySelector('.health__count'))).to.equal('Warnings: 5');
    const entries = Array.from(panel.querySelectorAll<HTMLLIElement>('.health__list > li'));
    expect(entries.map((entry) => entry.dataset.code)).to.deep.equal(['severe-pain-no-opportunity', 'moment-without-metric', 'review-due']);
    const group = entries[1].querySelector<HTMLDetailsElement>('details.health__group')!;
    expect(group.open).to.equal(false);
    expect(text(group.querySelector('summary'))).to.equal('3 moments of truth without a metric');
    expect(Array.from(group.querySelectorAll('li'), text)).to.deep.equal([
      '“Asks sales” is a moment of truth but has no metric.',
      '“Orders” is a moment of truth but has no metric.',
      '“Waits” is a moment of truth but has no metric.',
    ]);
    // A lone warning stays as it was: no group around it.
    expect(entries[0].querySelector('details')).to.equal(null);
    // Keyboard: Tab from the first warning reaches the group's summary, Enter opens it, Tab reaches its warnings.
    entries[0].querySelector<HTMLButtonElement>('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(group.querySelector('summary'));
    await sendKeys({ press: 'Enter' });
    await settle(map);
    expect(group.open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const second = deepActiveElement() as HTMLButtonElement;
    expect(text(second)).to.equal('“Orders” is a moment of truth but has no metric.');
    const selected = oneEvent(map, 'journey-select');
    await sendKeys({ press: 'Enter' });
    expect(((await selected) as JourneySelectEvent).detail).to.deep.equal({ stageId: 'buy', stepId: 'order', lane: 'metrics' });
    await settle(map);
    expect(map.selected).to.equal('order');
    await expect(map).to.be.accessible();
  });

  it('the score is explained in plain words; groups count in Russian and Romanian plural forms', async () => {
    const map = await healthMap();
    expect(text(map.shadowRoot!.querySelector('.health__formula'))).to.equal(
      '100 means every check passed. Each kind of warning takes off up to its share of the points: the more of what it checks fails, the more it takes.',
    );
    const doc = poorJourney();
    doc.stages[1].steps![0].momentOfTruth = true;
    const summary = (of: Element) => text(of.shadowRoot!.querySelector('.health__group summary'));
    expect(summary(await healthMap(doc, { health: '', locale: 'ru' }))).to.equal('2 момента истины без метрики');
    expect(summary(await healthMap(doc, { health: '', locale: 'ro' }))).to.equal('2 momente ale adevărului fără metrică');
    // A new document (documents are never changed in place: the map keeps its validation per object).
    const six = poorJourney();
    for (const step of [six.stages[1].steps![0], six.stages[1].steps![1], six.stages[2]]) step.momentOfTruth = true;
    six.stages.push(
      { id: 'renew', title: 'Renew', momentOfTruth: true, emotion: 0 },
      { id: 'leave', title: 'Leave', momentOfTruth: true, emotion: 0 },
    );
    // Six: "many" in Russian.
    expect(summary(await healthMap(six, { health: '', locale: 'ru' }))).to.equal('6 моментов истины без метрики');
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
