import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import { applyJourneyPatch } from '../../src/edit/json-patch.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { deepActiveElement, laptopJourney, mountMap, settle } from './map-fixture.js';
import { editableMap as mountEditable, editor, laneCell, press, root, status, stepHeader } from './edit-fixture.js';

const editableMap = (journey: JourneyDocument = researchedJourney()) => mountEditable(journey);
const personaButton = (map: JourneyMap, id: string) => root(map).querySelector<HTMLButtonElement>(`[data-edit="persona"][data-persona-id="${id}"]`);

/** The laptop journey with research behind its first step and an opportunity at its second. */
function researchedJourney(): JourneyDocument {
  const journey = laptopJourney();
  const [search, ask] = journey.stages[0].steps!;
  search.insights = [{ kind: 'quote', text: 'I compare three shops', source: 'Interview 3' }];
  ask.opportunities = [{ text: 'Call-back instead of waiting', impact: 'high' }];
  return journey;
}

function fieldLabelled(map: JourneyMap, label: string): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
  const wrapper = Array.from(editor(map)!.querySelectorAll('label')).find((candidate) => candidate.querySelector('span')?.textContent?.trim() === label);
  expect(wrapper, `a field labelled ${label}`).to.exist;
  return wrapper!.querySelector('input, textarea, select')!;
}

function typeInto(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event('input'));
}

function pick(field: HTMLSelectElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event('change'));
}

describe('journey-map editable: personas, step marks, insights', () => {
  it('only an editable map has persona edit buttons', async () => {
    const map = await mountMap(researchedJourney());
    expect(personaButton(map, 'ana')).to.equal(null);
  });

  it("edits a persona's texts and lists from the button under its card, by keyboard; focus returns to the button", async () => {
    const original = researchedJourney();
    const snapshot = JSON.stringify(original);
    const { map, changes } = await editableMap(original);
    const button = personaButton(map, 'ana')!;
    expect(button.textContent!.trim()).to.equal('Edit Ana Pop');
    button.focus();
    await press(map, 'Enter');
    expect(editor(map)!.getAttribute('aria-label')).to.equal('Edit Persona: Ana Pop');
    const name = deepActiveElement() as HTMLInputElement;
    expect(name.localName).to.equal('input');
    expect(name.value).to.equal('Ana Pop');
    expect(fieldLabelled(map, 'Goals (one per line)').value).to.equal('Fast delivery');
    typeInto(fieldLabelled(map, 'Goals (one per line)') as HTMLTextAreaElement, 'Fast delivery\nOne invoice');
    typeInto(fieldLabelled(map, 'Quote') as HTMLTextAreaElement, 'I just need it to work');
    name.focus();
    name.select();
    await sendKeys({ type: 'Ana Popescu' });
    await press(map, 'Enter');
    expect(editor(map)).to.equal(null);
    expect(changes).to.have.length(1);
    const { journey, patch } = changes[0].detail;
    expect(patch).to.deep.equal([
      { op: 'replace', path: '/personas/0/name', value: 'Ana Popescu' },
      { op: 'add', path: '/personas/0/goals/1', value: 'One invoice' },
      { op: 'add', path: '/personas/0/quote', value: 'I just need it to work' },
    ]);
    expect(applyJourneyPatch(original, patch).doc).to.deep.equal(journey);
    expect(JSON.stringify(original)).to.equal(snapshot);
    expect(status(map)).to.equal('Persona Ana Popescu changed');
    expect(deepActiveElement()).to.equal(personaButton(map, 'ana'));
    expect(personaButton(map, 'ana')!.textContent!.trim()).to.equal('Edit Ana Popescu');
    expect(map.undo()).to.equal(true);
    expect(map.journey!.personas![0]).to.deep.equal(original.personas![0]);
  });

  it('refuses an empty persona name in place, in Romanian; Escape cancels', async () => {
    const { map, changes } = await editableMap();
    map.locale = 'ro';
    await settle(map);
    personaButton(map, 'bo')!.click();
    await settle(map);
    (deepActiveElement() as HTMLInputElement).select();
    await press(map, 'Backspace', 'Enter');
    expect(root(map).querySelector('.editor__error')?.textContent).to.equal('O persona are nevoie de un nume.');
    expect(changes).to.have.length(0);
    await press(map, 'Escape');
    expect(editor(map)).to.equal(null);
    expect(deepActiveElement()).to.equal(personaButton(map, 'bo'));
  });

  it("marks a step as a moment of truth and sets its evidence level from the step header's editor", async () => {
    const { map, changes } = await editableMap();
    stepHeader(map, 'order').focus();
    await press(map, 'F2');
    const check = editor(map)!.querySelector<HTMLInputElement>('.editor__check input')!;
    expect(check.checked).to.equal(false);
    expect(check.closest('label')!.textContent!.trim()).to.equal('Moment of truth');
    const evidence = fieldLabelled(map, 'Evidence level') as HTMLSelectElement;
    expect(evidence.value).to.equal('data');
    expect(Array.from(evidence.options).map((option) => option.textContent!.trim())).to.deep.equal(['(none)', 'research', 'data', 'assumption']);
    // By keyboard: Tab from the title to the checkbox, Space checks it.
    await press(map, 'Tab', 'Space');
    expect(check.checked).to.equal(true);
    pick(evidence, 'research');
    (editor(map)!.querySelector('.editor__save') as HTMLButtonElement).click();
    await settle(map);
    expect(changes).to.have.length(1);
    expect(changes[0].detail.patch).to.deep.equal([
      { op: 'replace', path: '/stages/1/steps/0/evidence', value: 'research' },
      { op: 'add', path: '/stages/1/steps/0/momentOfTruth', value: true },
    ]);
    expect(status(map)).to.equal('Step Orders changed');
    expect(stepHeader(map, 'order').querySelector('[part~="evidence"]')?.getAttribute('data-evidence')).to.equal('research');
    expect(stepHeader(map, 'order').textContent).to.include('Moment of truth');
  });

  it('adds an insight with its kind, source, date and count; a bad link is refused with the validator message', async () => {
    const { map, changes } = await editableMap();
    laneCell(map, 'insights', 1).focus();
    await press(map, '+');
    await sendKeys({ type: 'Callers hang up after 4 minutes' });
    const row = editor(map)!.querySelectorAll('.editor__item')[0];
    const labelled = (label: string) => Array.from(row.querySelectorAll('label')).find((l) => l.querySelector('span')!.textContent === label)!.querySelector('input, select') as HTMLInputElement & HTMLSelectElement;
    expect(labelled('Kind').value).to.equal('observation');
    pick(labelled('Kind'), 'data');
    typeInto(labelled('Source'), 'Call centre logs');
    expect(labelled('Date').type).to.equal('date');
    typeInto(labelled('Date'), '2026-11-02');
    typeInto(labelled('People or records (n)'), '412');
    typeInto(labelled('Link'), 'javascript:alert(1)');
    (editor(map)!.querySelector('.editor__save') as HTMLButtonElement).click();
    await settle(map);
    expect(changes).to.have.length(0);
    expect(root(map).querySelector('.editor__error')?.textContent).to.equal('The address “javascript:alert(1)” is not allowed (only https:, http: or an image data: URL); it is ignored.');
    typeInto(labelled('Link'), '');
    (editor(map)!.querySelector('.editor__save') as HTMLButtonElement).click();
    await settle(map);
    expect(changes).to.have.length(1);
    expect(changes[0].detail.patch).to.deep.equal([
      { op: 'add', path: '/stages/0/steps/1/insights', value: [{ kind: 'data', text: 'Callers hang up after 4 minutes', source: 'Call centre logs', at: '2026-11-02', n: 412 }] },
    ]);
    expect(status(map)).to.equal('Item added to Evidence of Asks sales');
  });

  it("sets an opportunity's status with a picker", async () => {
    const { map, changes } = await editableMap();
    laneCell(map, 'opportunities', 1).focus();
    await press(map, 'Enter');
    const status = fieldLabelled(map, 'Status') as HTMLSelectElement;
    expect(Array.from(status.options).map((option) => option.value)).to.deep.equal(['', 'idea', 'planned', 'in-progress', 'done']);
    pick(status, 'planned');
    await press(map, 'Enter');
    expect(changes[0].detail.patch).to.deep.equal([{ op: 'add', path: '/stages/0/steps/1/opportunities/0/status', value: 'planned' }]);
  });

  it('is accessible with the persona form and the step marks open', async function () {
    this.timeout(60000);
    const { map } = await editableMap();
    personaButton(map, 'ana')!.click();
    await settle(map);
    await expect(map).to.be.accessible();
    await press(map, 'Escape');
    stepHeader(map, 'ask').focus();
    await press(map, 'Enter');
    await expect(map).to.be.accessible();
  });
});
