import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { JourneyFilterChangeEvent } from '../../src/events.js';
import type { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import { deepActiveElement, gridRows, mountMap, settle } from '../elements/map-fixture.js';
import { filterJourney } from './filter-fixture.js';

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const stepHeaders = (map: JourneyMap) => Array.from(map.shadowRoot!.querySelectorAll<HTMLElement>('.step-row > .step'));
const shades = (map: JourneyMap) => Array.from(map.shadowRoot!.querySelectorAll<HTMLElement>('.dimmed-shade'));
const dimmedIds = (map: JourneyMap) => stepHeaders(map).filter((h) => h.classList.contains('step--dimmed')).map((h) => h.dataset.stepId);
const select = (map: JourneyMap, key: string) => map.shadowRoot!.querySelector<HTMLSelectElement>(`select[data-filter="${key}"]`)!;

describe('<journey-map> filter', function () {
  // axe over a whole map takes seconds on a loaded machine.
  this.timeout(60_000);

  it('dims the columns outside the filter and removes none: every lane keeps its cells where they were', async () => {
    const map = await mountMap(filterJourney(), 1200);
    const before = gridRows(map).map((row) => row.map((cell) => Math.round(cell.getBoundingClientRect().left)));
    map.filter = { owner: 'Sales' };
    await settle(map);
    expect(dimmedIds(map)).to.deep.equal(['order', 'wait', 'use']);
    const after = gridRows(map).map((row) => row.map((cell) => Math.round(cell.getBoundingClientRect().left)));
    expect(after).to.deep.equal(before);
    // The dimmed columns say so in words; the others do not.
    const [search, , order] = stepHeaders(map);
    expect(text(order)).to.contain('(outside the filter)');
    expect(text(search)).not.to.contain('outside the filter');
    // One shade over order, wait and use (neighbours), lined up with their headers, over every lane.
    const [shade] = shades(map);
    expect(shades(map)).to.have.length(1);
    const shadeBox = shade.getBoundingClientRect();
    const headers = stepHeaders(map);
    expect(Math.round(shadeBox.left)).to.equal(Math.round(headers[2].getBoundingClientRect().left));
    expect(Math.round(shadeBox.right)).to.equal(Math.round(headers[4].getBoundingClientRect().right));
    const lanes = map.shadowRoot!.querySelector('.lanes')!.getBoundingClientRect();
    expect(Math.round(shadeBox.height)).to.equal(Math.round(lanes.height));
    expect(shade.getAttribute('aria-hidden')).to.equal('true');
    await expect(map).to.be.accessible();
  });

  it('two runs of dimmed columns get two shades; clearing the filter removes them', async () => {
    const map = await mountMap(filterJourney(), 1200);
    map.filter = { channel: 'phone' };
    await settle(map);
    expect(dimmedIds(map)).to.deep.equal(['search', 'order', 'wait', 'use']);
    expect(shades(map)).to.have.length(2);
    map.filter = {};
    await settle(map);
    expect(dimmedIds(map)).to.deep.equal([]);
    expect(shades(map)).to.have.length(0);
  });

  it('the toolbar sets the filter, tells the host with journey-filter-change, and counts the matching steps', async () => {
    const map = await mountMap(filterJourney(), 1200, { toolbar: '' });
    const group = map.shadowRoot!.querySelector('[part="filter"]')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(group.getAttribute('aria-label')).to.equal('Filter the steps');
    const labels = Array.from(group.querySelectorAll('label')).map((label) => text(label.querySelector('.filter__name')));
    expect(labels).to.deep.equal(['Persona', 'Channel', 'Department', 'Pain category', 'Severity at least', 'Evidence']);
    expect(Array.from(select(map, 'owner').options).map((option) => option.value)).to.deep.equal(['', 'Web team', 'Sales', 'Billing']);
    expect(Array.from(select(map, 'category').options).map((option) => text(option))).to.deep.equal(['Any', 'Financial', 'Process', 'Billing delays']);
    const clear = group.querySelector<HTMLButtonElement>('.filter__clear')!;
    expect(clear.getAttribute('aria-disabled')).to.equal('true');
    expect(text(group.querySelector('[role="status"]'))).to.equal('');

    const owner = select(map, 'owner');
    owner.value = 'Sales';
    setTimeout(() => owner.dispatchEvent(new Event('change', { bubbles: true })));
    const event = (await oneEvent(map, 'journey-filter-change')) as JourneyFilterChangeEvent;
    expect(event.detail.filter).to.deep.equal({ owner: 'Sales' });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(map.filter).to.equal(event.detail.filter);
    await settle(map);
    expect(dimmedIds(map)).to.deep.equal(['order', 'wait', 'use']);
    expect(text(group.querySelector('[role="status"]'))).to.equal('Steps matching: 2 of 5');
    expect(clear.getAttribute('aria-disabled')).to.equal('false');

    const severity = select(map, 'minSeverity');
    severity.value = '4';
    severity.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(map);
    expect(map.filter).to.deep.equal({ owner: 'Sales', minSeverity: 4 });
    expect(dimmedIds(map)).to.deep.equal(['search', 'order', 'wait', 'use']);
    await expect(map).to.be.accessible();
  });

  it('the toolbar is reached with Tab and cleared from the keyboard', async () => {
    const map = await mountMap(filterJourney(), 1200, { toolbar: '' });
    map.filter = { evidence: 'data' };
    await settle(map);
    expect(select(map, 'evidence').value).to.equal('data');
    select(map, 'persona').focus();
    const order = ['persona', 'channel', 'owner', 'category', 'minSeverity', 'evidence'];
    for (const key of order.slice(1)) {
      await sendKeys({ press: 'Tab' });
      expect((deepActiveElement() as HTMLElement).dataset.filter).to.equal(key);
    }
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.classList.contains('filter__clear')).to.equal(true);
    const changed = oneEvent(map, 'journey-filter-change');
    await sendKeys({ press: 'Enter' });
    expect(((await changed) as JourneyFilterChangeEvent).detail.filter).to.deep.equal({});
    await settle(map);
    expect(dimmedIds(map)).to.deep.equal([]);
    expect(select(map, 'evidence').value).to.equal('');
    // The focus stays on the button, now marked disabled: a second Enter tells the host nothing.
    expect(deepActiveElement()?.getAttribute('aria-disabled')).to.equal('true');
  });

  it('the toolbar\'s selects are all as wide, on one line at 1440 px and two per line on a phone', async () => {
    const doc = filterJourney();
    // A long channel name must not widen its own select.
    doc.channels = [...(doc.channels ?? []), { id: 'partner', label: 'Partner portal with single sign-on and a very long name' }];
    const wide = await mountMap(doc, 1408, { toolbar: '' });
    const fields = Array.from(wide.shadowRoot!.querySelectorAll<HTMLElement>('.filter__field'));
    const widths = fields.map((field) => Math.round(field.querySelector('select')!.getBoundingClientRect().width));
    expect(new Set(widths).size, `widths ${widths}`).to.equal(1);
    const tops = [...fields, wide.shadowRoot!.querySelector<HTMLElement>('.filter__clear')!].map((element) => Math.round(element.getBoundingClientRect().bottom));
    expect(new Set(tops).size, `bottoms ${tops}`).to.equal(1);
    const phone = await mountMap(doc, 343, { toolbar: '' });
    const rows = Array.from(phone.shadowRoot!.querySelectorAll<HTMLElement>('.filter__field'), (field) => Math.round(field.getBoundingClientRect().top));
    expect(rows.length).to.equal(6);
    expect(new Set(rows).size, `tops ${rows}`).to.equal(3);
    for (const field of phone.shadowRoot!.querySelectorAll('.filter__field')) expect(field.getBoundingClientRect().right).to.be.at.most(phone.getBoundingClientRect().right + 0.5);
  });

  it('"Any" agrees with each criterion in Russian; Romanian and English say it once for all', async () => {
    const anyOf = async (locale: string) => {
      const map = await mountMap(filterJourney(), 1200, { toolbar: '', locale });
      return Array.from(map.shadowRoot!.querySelectorAll<HTMLSelectElement>('.filter select'), (one) => text(one.options[0]));
    };
    // Персона, Категория боли, Критичность: feminine; Канал: masculine; Подразделение, Основание: neuter.
    expect(await anyOf('ru')).to.deep.equal(['Любая', 'Любой', 'Любое', 'Любая', 'Любая', 'Любое']);
    expect(await anyOf('ro')).to.deep.equal(['Oricare', 'Oricare', 'Oricare', 'Oricare', 'Oricare', 'Oricare']);
    expect(await anyOf('en')).to.deep.equal(['Any', 'Any', 'Any', 'Any', 'Any', 'Any']);
  });

  it('without the toolbar attribute there is no toolbar; a filter set in code still dims', async () => {
    const map = await mountMap(filterJourney(), 1200);
    map.filter = { persona: 'bo' };
    await settle(map);
    expect(map.shadowRoot!.querySelector('[part="filter"]')).to.equal(null);
    expect(dimmedIds(map)).to.deep.equal(['wait']);
  });
});
