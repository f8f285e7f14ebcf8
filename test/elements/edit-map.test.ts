import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import { applyJourneyPatch } from '../../src/edit/json-patch.js';
import { deepActiveElement, laptopJourney, mapLanes, mountMap, settle } from './map-fixture.js';
import { editableMap, editor, laneCell, press, root, status, stepHeader } from './edit-fixture.js';


describe('journey-map editable', () => {
  it('without the attribute, Enter selects and nothing is editable', async () => {
    const map = await mountMap(laptopJourney());
    stepHeader(map, 'ask').focus();
    await press(map, 'Enter');
    expect(editor(map)).to.equal(null);
    expect(map.selected).to.equal('ask');
    expect(root(map).querySelector('.edit-button')).to.equal(null);
  });

  it('renames a step by keyboard: Enter opens, typing, Enter commits; the patch and event are right and the original untouched', async () => {
    const original = laptopJourney();
    const snapshot = JSON.stringify(original);
    const { map, changes } = await editableMap(original);
    stepHeader(map, 'ask').focus();
    await press(map, 'Enter');
    expect(editor(map)).to.exist;
    const field = deepActiveElement() as HTMLTextAreaElement;
    expect(field.localName).to.equal('textarea');
    expect(field.value).to.equal('Asks sales');
    field.select();
    await sendKeys({ type: 'Calls sales' });
    await press(map, 'Enter');
    expect(editor(map)).to.equal(null);
    expect(changes).to.have.length(1);
    const { journey, patch, cause } = changes[0].detail;
    expect(cause).to.equal('edit');
    expect(patch).to.deep.equal([{ op: 'replace', path: '/stages/0/steps/1/title', value: 'Calls sales' }]);
    expect(journey).not.to.equal(original);
    expect(applyJourneyPatch(original, patch).doc).to.deep.equal(journey);
    expect(JSON.stringify(original)).to.equal(snapshot);
    expect(map.journey).to.equal(journey);
    expect(stepHeader(map, 'ask').textContent).to.include('Calls sales');
    expect(deepActiveElement()).to.equal(stepHeader(map, 'ask'));
    expect(status(map)).to.equal('Step renamed to Calls sales');
  });

  it('Escape cancels and returns focus to the cell; an empty title is refused in place', async () => {
    const { map, changes } = await editableMap();
    stepHeader(map, 'order').focus();
    await press(map, 'F2');
    expect(root(map).querySelector('.editor__hint')?.textContent?.trim()).to.equal('Enter saves, Escape cancels.');
    (deepActiveElement() as HTMLTextAreaElement).select();
    await press(map, 'Backspace', 'Enter');
    expect(editor(map)).to.exist;
    expect(root(map).querySelector('.editor__error')?.textContent).to.equal('A title cannot be empty.');
    expect(changes).to.have.length(0);
    await press(map, 'Escape');
    expect(editor(map)).to.equal(null);
    expect(deepActiveElement()).to.equal(stepHeader(map, 'order'));
    expect(map.selected).to.equal(undefined);
  });

  it('adds an item to a list lane with +, edits a pain point by pointer with typed pickers', async () => {
    const { map, changes } = await editableMap();
    laneCell(map, 'actions', 0).focus();
    await press(map, '+');
    await sendKeys({ type: 'Reads reviews' });
    await press(map, 'Enter');
    expect(changes[0].detail.patch).to.deep.equal([{ op: 'add', path: '/stages/0/steps/0/actions/1', value: 'Reads reviews' }]);
    expect(status(map)).to.equal('Item added to Doing of Searches online');

    laneCell(map, 'painPoints', 1).dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true }));
    await settle(map);
    const severity = editor(map)!.querySelectorAll('select')[1] as HTMLSelectElement;
    severity.value = '4';
    severity.dispatchEvent(new Event('change'));
    (editor(map)!.querySelector('.editor__save') as HTMLButtonElement).click();
    await settle(map);
    expect(changes[1].detail.patch).to.deep.equal([{ op: 'add', path: '/stages/0/steps/1/painPoints/0/severity', value: 4 }]);
  });

  it('removes an emptied item with Delete and reorders with Alt+Arrow inside the editor', async () => {
    const journey = laptopJourney();
    journey.stages[0].steps![0].actions = ['One', 'Two', 'Three'];
    const { map, changes } = await editableMap(journey);
    laneCell(map, 'actions', 0).focus();
    await press(map, 'Enter');
    const fields = () => Array.from(editor(map)!.querySelectorAll('textarea'));
    fields()[2].focus();
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ up: 'Alt' });
    await settle(map);
    expect(fields().map((f) => f.value)).to.deep.equal(['One', 'Three', 'Two']);
    fields()[0].focus();
    fields()[0].select();
    await press(map, 'Backspace', 'Delete');
    expect(fields().map((f) => f.value)).to.deep.equal(['Three', 'Two']);
    await press(map, 'Enter');
    expect(changes).to.have.length(1);
    expect(changes[0].detail.journey.stages[0].steps![0].actions).to.deep.equal(['Three', 'Two']);
  });

  it('adds, moves and removes steps from the step header, with undo and redo by keys and methods', async () => {
    const { map, changes } = await editableMap();
    stepHeader(map, 'search').focus();
    await press(map, '+');
    let ids = map.journey!.stages[0].steps!.map((s) => s.id);
    expect(ids).to.deep.equal(['search', 'new-step', 'ask']);
    expect(status(map)).to.equal('Step added after Searches online');
    expect(deepActiveElement()).to.equal(stepHeader(map, 'new-step'));
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ up: 'Alt' });
    await settle(map);
    ids = map.journey!.stages[0].steps!.map((s) => s.id);
    expect(ids).to.deep.equal(['search', 'ask', 'new-step']);
    await press(map, 'Delete');
    expect(map.journey!.stages[0].steps!.map((s) => s.id)).to.deep.equal(['search', 'ask']);
    expect(changes.map((c) => c.detail.cause)).to.deep.equal(['edit', 'edit', 'edit']);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    await settle(map);
    expect(map.journey!.stages[0].steps!.map((s) => s.id)).to.deep.equal(['search', 'ask', 'new-step']);
    expect(changes[3].detail.cause).to.equal('undo');
    expect(map.undo()).to.equal(true);
    expect(map.undo()).to.equal(true);
    await settle(map);
    expect(map.journey!.stages[0].steps!.map((s) => s.id)).to.deep.equal(['search', 'ask']);
    expect(map.undo()).to.equal(false);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'y' });
    await sendKeys({ up: 'Control' });
    await settle(map);
    expect(map.journey!.stages[0].steps!.map((s) => s.id)).to.deep.equal(['search', 'new-step', 'ask']);
    const undone = changes[changes.length - 1].detail;
    expect(undone.cause).to.equal('redo');
    expect(undone.patch).to.deep.equal([{ op: 'add', path: '/stages/0/steps/1', value: { id: 'new-step', title: 'New step' } }]);
  });

  it('refuses removing the last step of a stage by key, saying why', async () => {
    const journey = laptopJourney();
    journey.stages[1].steps = [journey.stages[1].steps![0]];
    const { map, changes } = await editableMap(journey);
    stepHeader(map, 'order').focus();
    await press(map, 'Delete');
    expect(changes).to.have.length(0);
    expect(root(map).querySelector('.edit-refusal')?.textContent).to.equal('A stage needs at least one step: remove the stage instead.');
  });

  it('refuses removing a step another step leads to, naming it, in view while the grid runs past the window', async () => {
    const journey = laptopJourney();
    journey.stages[0].steps![0].next = ['ask', 'wait'];
    const { map, changes } = await editableMap(journey);
    map.style.setProperty('--journey-max-block-size', 'none');
    map.parentElement!.style.paddingBlockStart = `${innerHeight}px`;
    await settle(map);
    const header = stepHeader(map, 'wait');
    header.focus();
    const scroller = root(map).querySelector('.scroller')!;
    expect(scroller.getBoundingClientRect().bottom, 'the grid runs past the window').to.be.greaterThan(innerHeight + 100);
    await press(map, 'Delete');
    expect(changes).to.have.length(0);
    const refusal = root(map).querySelector('.edit-refusal')!;
    expect(refusal.textContent).to.equal('Cannot remove “Waits”: it is the next step of “Searches online”. Change that first.');
    const box = refusal.getBoundingClientRect();
    expect([box.top >= 0, box.bottom <= innerHeight + 0.5], 'the refusal is in the window').to.deep.equal([true, true]);
    expect(deepActiveElement(), 'focus stays on the step').to.equal(header);
  });

  it('+ and − on an emotion cell change the focused persona value by 0.5', async () => {
    const { map, changes } = await editableMap();
    laneCell(map, 'emotion', 0).focus();
    await press(map, '-');
    expect(changes[0].detail.patch).to.deep.equal([{ op: 'replace', path: '/stages/0/steps/0/emotion/ana', value: 0.5 }]);
    expect(status(map)).to.equal('Emotion at Searches online: 0.5');
  });

  it('edits the title from the header button and renames in Russian with a Russian announcement', async () => {
    const { map, changes } = await editableMap();
    map.locale = 'ru';
    await settle(map);
    const button = root(map).querySelector<HTMLButtonElement>('[data-edit="title"]')!;
    expect(button.textContent!.trim()).to.equal('Изменить название');
    button.click();
    await settle(map);
    (deepActiveElement() as HTMLTextAreaElement).select();
    await sendKeys({ type: 'Заказ ноутбука' });
    await press(map, 'Enter');
    expect(changes[0].detail.journey.title).to.equal('Заказ ноутбука');
    expect(status(map)).to.equal('Название изменено на Заказ ноутбука');
  });

  it('a host replacing the document mid-edit resets the history and keeps the open editor', async () => {
    const { map, changes } = await editableMap();
    stepHeader(map, 'search').focus();
    await press(map, '+');
    stepHeader(map, 'ask').focus();
    await press(map, 'Enter');
    const stored = laptopJourney();
    stored.title = 'Stored version';
    map.journey = stored;
    await settle(map);
    expect(editor(map)).to.exist;
    expect(map.undo()).to.equal(false);
    (deepActiveElement() as HTMLTextAreaElement).select();
    await sendKeys({ type: 'Asks' });
    await press(map, 'Enter');
    expect(changes[changes.length - 1].detail.journey.title).to.equal('Stored version');
    expect(changes[changes.length - 1].detail.patch).to.deep.equal([{ op: 'replace', path: '/stages/0/steps/1/title', value: 'Asks' }]);
    expect(stored.stages[0].steps![1].title).to.equal('Asks sales');
  });

  it('drags a step header by pointer with a visible drop line, across stages, without selecting it', async () => {
    const { map, changes } = await editableMap();
    const centre = (element: HTMLElement) => {
      const rect = element.getBoundingClientRect();
      return { x: Math.round(rect.left + rect.width / 2), y: Math.round(rect.top + rect.height / 2), rect };
    };
    const from = centre(stepHeader(map, 'search'));
    const order = centre(stepHeader(map, 'order'));
    try {
      await sendMouse({ type: 'move', position: [from.x, from.y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [from.x + 20, from.y] });
      // Over the first half of "order" (the first step of the second stage): the line is at its start edge.
      await sendMouse({ type: 'move', position: [Math.round(order.rect.left + 10), order.y] });
      await settle(map);
      const line = root(map).querySelector<HTMLElement>('.drop-line');
      expect(line, 'the drop line').to.exist;
      expect(Math.round(line!.getBoundingClientRect().left + 2)).to.equal(Math.round(order.rect.left));
      expect(line!.getAttribute('aria-hidden')).to.equal('true');
      await sendMouse({ type: 'up' });
      await settle(map);
    } finally {
      await resetMouse();
    }
    expect(root(map).querySelector('.drop-line')).to.equal(null);
    expect(changes).to.have.length(1);
    expect(applyJourneyPatch(laptopJourney(), changes[0].detail.patch).doc).to.deep.equal(changes[0].detail.journey);
    expect(map.journey!.stages[0].steps!.map((s) => s.id)).to.deep.equal(['ask']);
    expect(map.journey!.stages[1].steps![0].id).to.equal('search');
    expect(map.selected).to.equal(undefined);
    expect(status(map)).to.equal(`Step Searches online moved to ${map.journey!.stages[1].title}, position 1`);
    expect(deepActiveElement()).to.equal(stepHeader(map, 'search'));
    expect(map.undo()).to.equal(true);
    await settle(map);
    expect(map.journey!.stages[0].steps!.map((s) => s.id)).to.deep.equal(['search', 'ask']);
  });

  it('a short press on a step header is still a click that selects, not a drag', async () => {
    const { map, changes } = await editableMap();
    const rect = stepHeader(map, 'ask').getBoundingClientRect();
    try {
      await sendMouse({ type: 'click', position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)] });
      await settle(map);
    } finally {
      await resetMouse();
    }
    expect(changes).to.have.length(0);
    expect(map.selected).to.equal('ask');
  });

  it("drags a persona's emotion point up: it snaps to 0.5, the curve follows live, the release is one edit", async () => {
    const { map, changes } = await editableMap();
    const curve = mapLanes(map).find((row) => row.laneKey === 'emotion') as unknown as HTMLElement;
    const marker = curve.shadowRoot!.querySelector<SVGGElement>('.series--current[data-series-key="current:ana"] .point[data-step="0"] .marker')!;
    const plot = curve.shadowRoot!.querySelector('.plot-svg')!.getBoundingClientRect();
    const start = marker.getBoundingClientRect();
    const x = Math.round(start.left + start.width / 2);
    const y = Math.round(start.top + start.height / 2);
    // Ana's value at the first step is 1 on the default -2..2 scale: 1.4 units up would be 2.4, clamped to 2;
    // 0.6 units up is 1.6, which snaps to 1.5.
    const unit = (plot.height - 30 - 24) / 4;
    try {
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [x, Math.round(y - 0.6 * unit)] });
      await settle(map);
      expect(changes, 'no event while dragging').to.have.length(0);
      // The map (and its curve) already shows the dragged value.
      expect((map.journey!.stages[0].steps![0].emotion as Record<string, number>).ana, 'the curve follows').to.equal(1.5);
      await sendMouse({ type: 'up' });
      await settle(map);
    } finally {
      await resetMouse();
    }
    expect(changes).to.have.length(1);
    expect(changes[0].detail.patch).to.deep.equal([{ op: 'replace', path: '/stages/0/steps/0/emotion/ana', value: 1.5 }]);
    expect(status(map)).to.equal('Emotion at Searches online: 1.5');
    expect(map.undo()).to.equal(true);
    await settle(map);
    expect((map.journey!.stages[0].steps![0].emotion as Record<string, number>).ana).to.equal(1);
  });

  it('is accessible while editing', async function () {
    this.timeout(40000);
    const { map } = await editableMap();
    laneCell(map, 'painPoints', 1).focus();
    await press(map, 'Enter');
    expect(editor(map)).to.exist;
    await expect(map).to.be.accessible();
  });
});
