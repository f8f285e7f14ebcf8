/**
 * Issue "Reading at a glance", item 4: one colour per persona (the avatar takes its line's colour),
 * and the card, only the card, opens the profile (an editable map's Edit button beside it does not).
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { laptopJourney, mapLanes, mountMap, settle } from '../elements/map-fixture.js';

describe('reading at a glance: persona cards', () => {
  it('gives each persona’s avatar the colour of that persona’s line', async () => {
    const map = await mountMap(laptopJourney(), 1200, { theme: 'light' });
    const avatars = Array.from(map.shadowRoot!.querySelectorAll('.persona persona-card'), (card) => getComputedStyle(card.shadowRoot!.querySelector('.avatar')!).backgroundColor);
    const curve = mapLanes(map).find((lane) => lane.laneKey === 'emotion')!;
    const lines = Array.from(curve.shadowRoot!.querySelectorAll('.plot-svg .series--current > .line'), (line) => getComputedStyle(line).stroke);
    expect(avatars).to.deep.equal(['rgb(29, 78, 216)', 'rgb(194, 65, 12)']);
    expect(avatars).to.deep.equal(lines);
    // The export's persona dots match too.
    const svg = new DOMParser().parseFromString(map.exportSVG(), 'image/svg+xml');
    expect(Array.from(svg.querySelectorAll('.personas circle'), (dot) => dot.getAttribute('fill'))).to.deep.equal(['#1d4ed8', '#c2410c']);
  });

  it('opens the profile from the card only: the Edit button edits, a click beside it does nothing', async () => {
    const map = await mountMap(laptopJourney(), 1200, { editable: '' });
    const root = map.shadowRoot!;
    const item = root.querySelector<HTMLElement>('.persona')!;
    const card = item.querySelector('persona-card')!.getBoundingClientRect();
    const edit = item.querySelector<HTMLButtonElement>('.edit-button--persona')!;
    const box = edit.getBoundingClientRect();
    expect(box.top).to.be.at.least(card.bottom - 1);
    // The Edit button is what a pointer hits over it, not the card's overlay.
    expect(root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)).to.equal(edit);
    // Beside the Edit button (under the card, past its end) there is no profile button.
    const beside = root.elementFromPoint(Math.min(card.right - 2, box.right + 4), box.top + box.height / 2);
    expect(beside?.closest('[part="persona-button"]') ?? null).to.equal(null);
    // Over the card itself, the profile button.
    const hit = root.elementFromPoint(card.left + card.width / 2, card.top + card.height / 2);
    expect(hit?.getAttribute('part')).to.equal('persona-button');
    (hit as HTMLElement).click();
    await settle(map);
    expect(root.querySelector<HTMLDialogElement>('dialog.dialog')!.open).to.equal(true);
  });
});
