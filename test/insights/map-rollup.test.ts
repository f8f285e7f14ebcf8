import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { JourneySelectEvent } from '../../src/events.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { deepActiveElement, mountMap, settle } from '../elements/map-fixture.js';
import { partnerProgrammeJourneyRo } from '../../src/samples/index.js';
import { filterJourney } from './filter-fixture.js';

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * The filter journey: "Discover" holds process 1 (severity 4) and financial 1 (2), one opportunity
 * without a status, lowest emotion −2 (Bo at "Asks sales"); "Buy" holds one "Billing delays" (5) and
 * one opportunity without a status, lowest +1; "Use" nothing but an emotion of +1.
 * Fix first: ask 4 × 2 personas × (1 + 2/2) = 16, then order 5 × 1 × 1 = 5.
 */
function rollupJourney(): JourneyDocument {
  const doc = filterJourney();
  doc.stages[0].steps![1].opportunities = [{ text: 'Call-back', status: 'planned' }];
  return doc;
}

async function rollupMap(attributes: Record<string, string> = {}) {
  const map = await mountMap(rollupJourney(), 1200, { rollups: '', locale: 'en', ...attributes });
  await settle(map);
  return map;
}

const stageRollups = (map: HTMLElement) =>
  Array.from(map.shadowRoot!.querySelectorAll('[part="stage"]'), (stage) => Array.from(stage.querySelectorAll('[part="rollup"] li'), text));

describe('<journey-map rollups>', function () {
  // axe over a whole map takes seconds on a loaded machine.
  this.timeout(60_000);

  it('without the attribute, no roll-up and no panel', async () => {
    const map = await mountMap(rollupJourney(), 1200, { locale: 'en' });
    expect(map.shadowRoot!.querySelector('[part="rollup"]')).to.equal(null);
    expect(map.shadowRoot!.querySelector('[part="fix-first"]')).to.equal(null);
  });

  it('each stage header says its pain points by category, opportunities by status and lowest emotion, in words', async () => {
    const map = await rollupMap();
    expect(stageRollups(map)).to.deep.equal([
      ['Pain points: Process 1 (severity up to 4), Financial 1 (severity up to 2)', 'Opportunities: planned 1, no status 1', 'Lowest emotion: -2, at “Asks sales”'],
      ['Pain points: Billing delays 1 (severity up to 5)', 'Opportunities: no status 1', 'Lowest emotion: +1, at “Orders”'],
      ['Lowest emotion: +1'],
    ]);
    // The summary is inside the stage column header: moving along the header row reads it.
    const stage = map.shadowRoot!.querySelector('[part="stage"]')!;
    expect(stage.getAttribute('role')).to.equal('columnheader');
    await expect(map).to.be.accessible();
  });

  it('the fix-first panel is closed until opened, then ranks the steps with the numbers behind each rank', async () => {
    const map = await rollupMap();
    const panel = map.shadowRoot!.querySelector<HTMLDetailsElement>('[part="fix-first"]')!;
    expect(panel.open).to.equal(false);
    expect(text(panel.querySelector('summary'))).to.equal('Fix first');
    panel.open = true;
    await settle(map);
    const items = Array.from(panel.querySelectorAll('li'));
    expect(items.map((item) => item.dataset.stepId)).to.deep.equal(['ask', 'order']);
    expect(text(items[0])).to.equal('Discover › Asks sales severity 4 × personas affected: 2 × emotion 2 = 16');
    expect(text(items[1])).to.equal('Buy › Orders severity 5 × personas affected: 1 × emotion 1 = 5');
    expect(text(panel.querySelector('.fix-first__formula'))).to.contain('Score = highest severity');
    await expect(map).to.be.accessible();
  });

  it('keyboard: Enter on the summary opens it, Enter on a step selects its column and focuses its header', async () => {
    const map = await rollupMap();
    const summary = map.shadowRoot!.querySelector<HTMLElement>('[part="fix-first"] summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await settle(map);
    expect(map.shadowRoot!.querySelector<HTMLDetailsElement>('[part="fix-first"]')!.open).to.equal(true);
    const link = map.shadowRoot!.querySelector<HTMLButtonElement>('[part="fix-first-link"]')!;
    link.focus();
    const selected = oneEvent(map, 'journey-select');
    await sendKeys({ press: 'Enter' });
    expect(((await selected) as JourneySelectEvent).detail).to.deep.equal({ stageId: 'discover', stepId: 'ask' });
    await settle(map);
    expect(map.selected).to.equal('ask');
    const focused = deepActiveElement() as HTMLElement;
    expect(focused.getAttribute('role')).to.equal('columnheader');
    expect(focused.dataset.stepId).to.equal('ask');
  });

  it('keeps its contrast in the dark theme and right to left', async () => {
    // (A custom category's chip of severity 5 in the pain-point lane is 4.26:1 in dark, a lane issue
    // outside the roll-ups: the order's pain point takes a classic category here.)
    const doc = rollupJourney();
    doc.stages[1].steps![0].painPoints![0].category = 'financial';
    const map = await mountMap(doc, 1200, { rollups: '', locale: 'en', theme: 'dark', dir: 'rtl' });
    map.shadowRoot!.querySelector<HTMLDetailsElement>('[part="fix-first"]')!.open = true;
    await settle(map);
    await expect(map).to.be.accessible();
  });

  it('speaks Russian and Romanian', async () => {
    const ru = await rollupMap({ locale: 'ru' });
    expect(stageRollups(ru)[1]).to.deep.equal(['Боли: Billing delays 1 (критичность до 5)', 'Возможности: без статуса 1', 'Худшая эмоция: +1, на шаге «Orders»']);
    expect(text(ru.shadowRoot!.querySelector('[part="fix-first"] summary'))).to.equal('Что исправить первым');
    const ro = await rollupMap({ locale: 'ro' });
    expect(stageRollups(ro)[1]).to.deep.equal(['Dureri: Billing delays 1 (gravitate până la 5)', 'Oportunități: fără stare 1', 'Cea mai joasă emoție: +1, la „Orders”']);
    expect(text(ro.shadowRoot!.querySelector('[part="fix-first"] summary'))).to.equal('De rezolvat întâi');
  });

  it('a stage without steps (one column wide) shows its whole roll-up in Romanian: lines wrap, none is cut', async () => {
    const map = await mountMap(partnerProgrammeJourneyRo, 1408, { rollups: '', locale: 'ro' });
    await settle(map);
    const stage = Array.from(map.shadowRoot!.querySelectorAll<HTMLElement>('[part="stage"]')).find((one) => one.getAttribute('aria-colspan') === '1')!;
    const lines = Array.from(stage.querySelectorAll<HTMLElement>('[part="rollup"] li'));
    expect(lines.map(text)).to.deep.equal(['Dureri: încredere 1 (gravitate până la 4)', 'Cea mai joasă emoție: 0 (Neutru)']);
    for (const line of lines) {
      expect(line.scrollHeight, text(line)).to.be.at.most(line.clientHeight + 1);
      expect(line.scrollWidth, text(line)).to.be.at.most(line.clientWidth + 1);
    }
  });

  it('an empty journey of pain points says there is nothing to rank', async () => {
    const doc = rollupJourney();
    for (const stage of doc.stages) for (const step of stage.steps ?? []) delete step.painPoints;
    const map = await mountMap(doc, 1200, { rollups: '', locale: 'en' });
    const panel = map.shadowRoot!.querySelector<HTMLDetailsElement>('[part="fix-first"]')!;
    expect(text(panel.querySelector('.fix-first__empty'))).to.equal('No pain points to rank.');
  });
});
