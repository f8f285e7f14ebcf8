/**
 * Editing by touch (synthetic pointer events of pointerType 'touch', as a finger makes them) and
 * editing a right-to-left map: keyboard moves and drag directions follow the reading direction.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import type { JourneyChangeEvent } from '../../src/events.js';
import { applyJourneyPatch } from '../../src/edit/json-patch.js';
import { deepActiveElement, laptopJourney, mapLanes, mountMap, settle } from './map-fixture.js';
import { root, status, stepHeader } from './edit-fixture.js';

const ids = (map: JourneyMap, stage: number) => map.journey!.stages[stage].steps!.map((step) => step.id);

let nextPointer = 20;

/** A finger: pointerdown on `target` at (x, y), then moves, then up; all as touch events of one pointer. */
function finger(kind: 'touch' | 'mouse' = 'touch') {
  const pointerId = kind === 'touch' ? (nextPointer += 1) : 1;
  let target: Element | null = null;
  const fire = (type: string, x: number, y: number, on: Element) =>
    on.dispatchEvent(
      new PointerEvent(type, { pointerId, pointerType: kind, isPrimary: true, button: type === 'pointermove' ? -1 : 0, buttons: type === 'pointerup' ? 0 : 1, clientX: x, clientY: y, bubbles: true, composed: true, cancelable: true }),
    );
  return {
    down(on: Element, x: number, y: number) {
      target = on;
      fire('pointerdown', x, y, on);
    },
    move(x: number, y: number) {
      fire('pointermove', x, y, target!);
    },
    up(x: number, y: number) {
      fire('pointerup', x, y, target!);
    },
    cancel(x: number, y: number) {
      fire('pointercancel', x, y, target!);
    },
  };
}

const centre = (element: Element) => {
  const rect = element.getBoundingClientRect();
  return { x: Math.round(rect.left + rect.width / 2), y: Math.round(rect.top + rect.height / 2), rect };
};

async function track(map: JourneyMap): Promise<JourneyChangeEvent[]> {
  const changes: JourneyChangeEvent[] = [];
  map.addEventListener('journey-change', (event) => changes.push(event));
  return changes;
}

async function rtlMap(): Promise<JourneyMap> {
  const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"><section style="inline-size: 1200px"></section></div>`);
  const map = document.createElement('journey-map');
  map.setAttribute('editable', '');
  map.journey = laptopJourney();
  wrapper.querySelector('section')!.append(map);
  await settle(map);
  return map;
}

describe('journey-map editable: touch', () => {
  it('keeps panning in the other direction: step headers pan-y, the emotion lane pan-x (editable only)', async () => {
    const map = await mountMap(laptopJourney(), 1200, { editable: '' });
    expect(getComputedStyle(stepHeader(map, 'search')).touchAction).to.equal('pan-y');
    const curve = mapLanes(map).find((row) => row.laneKey === 'emotion')!;
    expect(getComputedStyle(curve).touchAction).to.equal('pan-x');
    const plain = await mountMap(laptopJourney());
    expect(getComputedStyle(stepHeader(plain, 'search')).touchAction).to.equal('auto');
  });

  it('a finger drags a step header across stages: the drop line shows, the release is one edit', async () => {
    const map = await mountMap(laptopJourney(), 1200, { editable: '' });
    const changes = await track(map);
    const from = centre(stepHeader(map, 'search'));
    const order = centre(stepHeader(map, 'order'));
    const touch = finger();
    touch.down(stepHeader(map, 'search'), from.x, from.y);
    touch.move(from.x + 8, from.y);
    await settle(map);
    expect(root(map).querySelector('.drop-line'), 'a finger wobbling less than 10 px is still a tap').to.equal(null);
    touch.move(from.x + 30, from.y);
    touch.move(Math.round(order.rect.left + 10), order.y);
    await settle(map);
    const line = root(map).querySelector<HTMLElement>('.drop-line');
    expect(line, 'the drop line').to.exist;
    expect(Math.round(line!.getBoundingClientRect().left + 2)).to.equal(Math.round(order.rect.left));
    touch.up(Math.round(order.rect.left + 10), order.y);
    await settle(map);
    expect(root(map).querySelector('.drop-line')).to.equal(null);
    expect(changes).to.have.length(1);
    expect(applyJourneyPatch(laptopJourney(), changes[0].detail.patch).doc).to.deep.equal(changes[0].detail.journey);
    expect(ids(map, 0)).to.deep.equal(['ask']);
    expect(ids(map, 1)).to.deep.equal(['search', 'order', 'wait']);
  });

  it('a pointercancel (the browser took the gesture for a scroll) puts the step back with no edit', async () => {
    const map = await mountMap(laptopJourney(), 1200, { editable: '' });
    const changes = await track(map);
    const from = centre(stepHeader(map, 'search'));
    const touch = finger();
    touch.down(stepHeader(map, 'search'), from.x, from.y);
    touch.move(from.x + 40, from.y);
    await settle(map);
    expect(root(map).querySelector('.drop-line')).to.exist;
    touch.cancel(from.x + 40, from.y + 50);
    await settle(map);
    expect(root(map).querySelector('.drop-line')).to.equal(null);
    expect(changes).to.have.length(0);
  });

  it("a finger drags a persona's emotion point down: it snaps to 0.5 and the release is one undoable edit", async () => {
    const map = await mountMap(laptopJourney(), 1200, { editable: '' });
    const changes = await track(map);
    const curve = mapLanes(map).find((row) => row.laneKey === 'emotion') as unknown as HTMLElement;
    const marker = curve.shadowRoot!.querySelector('.series--current[data-series-key="current:ana"] .point[data-step="0"] .marker')!;
    const plot = curve.shadowRoot!.querySelector('.plot-svg')!.getBoundingClientRect();
    const { x, y } = centre(marker);
    const unit = (plot.height - 30 - 24) / 4;
    // A finger lands 20 px off the point's centre (beyond a mouse's 18 px reach, within a finger's 24);
    // the point keeps that distance while it follows (1 - 1.1 = -0.1 snaps to 0).
    const target = curve.shadowRoot!.elementFromPoint(x, y + 20)!;
    const touch = finger();
    touch.down(target, x, y + 20);
    touch.move(x, Math.round(y + 20 + 1.1 * unit));
    await settle(map);
    expect(changes, 'no event while dragging').to.have.length(0);
    expect((map.journey!.stages[0].steps![0].emotion as Record<string, number>).ana, 'the curve follows').to.equal(0);
    touch.up(x, Math.round(y + 20 + 1.1 * unit));
    await settle(map);
    expect(changes).to.have.length(1);
    expect(changes[0].detail.patch).to.deep.equal([{ op: 'replace', path: '/stages/0/steps/0/emotion/ana', value: 0 }]);
    expect(status(map)).to.equal('Emotion at Searches online: 0');
    expect(map.undo()).to.equal(true);
  });
});

describe('journey-map editable: right to left', () => {
  it('Alt+← moves a step later and Alt+→ earlier, as the columns run from the right', async () => {
    const map = await rtlMap();
    const changes = await track(map);
    expect(centre(stepHeader(map, 'search')).x, 'the first step is on the right').to.be.greaterThan(centre(stepHeader(map, 'ask')).x);
    stepHeader(map, 'search').focus();
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ up: 'Alt' });
    await settle(map);
    expect(ids(map, 0)).to.deep.equal(['ask', 'search']);
    expect(deepActiveElement()).to.equal(stepHeader(map, 'search'));
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ up: 'Alt' });
    await settle(map);
    expect(ids(map, 0)).to.deep.equal(['search', 'ask']);
    expect(changes).to.have.length(2);
    expect(status(map)).to.equal('Step Searches online moved to Discover, position 1');
  });

  it("a drag lands before the header whose right (reading-start) half it is over; the line is at that header's right edge", async () => {
    const map = await rtlMap();
    const changes = await track(map);
    const from = centre(stepHeader(map, 'search'));
    const order = centre(stepHeader(map, 'order'));
    const mouse = finger('mouse');
    mouse.down(stepHeader(map, 'search'), from.x, from.y);
    mouse.move(from.x - 20, from.y);
    mouse.move(Math.round(order.rect.right - 10), order.y);
    await settle(map);
    const line = root(map).querySelector<HTMLElement>('.drop-line')!;
    expect(Math.round(line.getBoundingClientRect().left + 2)).to.equal(Math.round(order.rect.right));
    // Over its left half (the reading end): after "order".
    mouse.move(Math.round(order.rect.left + 10), order.y);
    mouse.up(Math.round(order.rect.left + 10), order.y);
    await settle(map);
    expect(changes).to.have.length(1);
    expect(ids(map, 1)).to.deep.equal(['order', 'search', 'wait']);
  });

  it('the editor opens over its cell from the right edge and is accessible', async function () {
    this.timeout(40000);
    const map = await rtlMap();
    const header = stepHeader(map, 'ask');
    header.focus();
    await sendKeys({ press: 'Enter' });
    await settle(map);
    const editor = root(map).querySelector<HTMLElement>('.editor')!;
    expect(Math.abs(editor.getBoundingClientRect().right - header.getBoundingClientRect().right)).to.be.at.most(1);
    expect(getComputedStyle(editor).direction).to.equal('rtl');
    await expect(map).to.be.accessible();
  });
});
