/**
 * Issue "Reading at a glance", item 7: switch markers do not drown the touchpoints. They are small
 * icons in the cell's corner, a legend under the lane's name says what each means, `no-switches`
 * turns them off on screen and in the export.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { laptopJourney, mapLanes, mountMap, settle, withStep } from '../elements/map-fixture.js';

function switchingJourney(): JourneyDocument {
  const journey = withStep(laptopJourney(), 'ask', (step) => ({ ...step, owner: 'Sales' }));
  return withStep(journey, 'search', (step) => ({ ...step, owner: 'Marketing' }));
}

const words = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('reading at a glance: switch markers', () => {
  it('marks a switch with a small icon in the cell’s corner, explained by a legend under the lane’s name', async () => {
    const map = await mountMap(switchingJourney(), 1200, { lanes: 'touchpoints' });
    const lane = mapLanes(map)[0]!;
    const [header, , ask] = lane.gridCells();
    const markers = Array.from(ask!.querySelectorAll<HTMLElement>('.switch'));
    expect(markers.map((marker) => marker.title)).to.deep.equal(['Channel switch: Website → Phone', 'Owner change: Marketing → Sales']);
    // Small, side by side, above the touchpoint: the touchpoint starts within one marker's height of the cell's top.
    const cellTop = ask!.getBoundingClientRect().top;
    const touchpoint = ask!.querySelector('.touchpoint')!.getBoundingClientRect();
    for (const marker of markers) expect(marker.getBoundingClientRect().width).to.be.at.most(22);
    expect(touchpoint.top - cellTop).to.be.at.most(40);
    const legend = header!.querySelector('.switch-legend')!;
    expect(legend.getAttribute('aria-hidden')).to.equal('true');
    expect(Array.from(legend.querySelectorAll('li'), words)).to.deep.equal(['Channel switch', 'Owner change']);
    expect(Array.from(legend.querySelectorAll('svg'), (icon) => icon.getAttribute('class'))).to.deep.equal(['icon icon--switch', 'icon icon--switch-owner']);
    const exported = new DOMParser().parseFromString(map.exportSVG(), 'image/svg+xml');
    // A wrapped line is one tspan per line.
    const lineText = (text: Element) => (text.children.length ? Array.from(text.children, words).join(' ') : words(text));
    const lines = Array.from(exported.querySelectorAll('[data-lane="touchpoints"] text'), lineText).filter((line) => line.startsWith('⇄'));
    expect(lines).to.deep.equal(['⇄ Channel switch · Owner change']);
    await expect(map).to.be.accessible();
  });

  it('turns them off with no-switches: no markers, no legend, none in the export', async () => {
    const map = await mountMap(switchingJourney(), 1200, { lanes: 'touchpoints', 'no-switches': '' });
    const lane = mapLanes(map)[0]!;
    expect(lane.shadowRoot!.querySelector('.switch, .switch-legend')).to.equal(null);
    expect(lane.gridCells()[2]!.querySelector('.touchpoint')).to.not.equal(null);
    expect(map.exportSVG()).to.not.include('⇄');
    map.noSwitches = false;
    await settle(map);
    await lane.updateComplete;
    expect(lane.shadowRoot!.querySelectorAll('.switch-legend li')).to.have.length(2);
  });

  it('turns them off on a standalone lane too', async () => {
    const map = await mountMap(switchingJourney(), 1200, { lanes: 'touchpoints' });
    const standalone = document.createElement('stage-lane');
    standalone.setAttribute('kind', 'touchpoints');
    standalone.setAttribute('no-switches', '');
    standalone.journey = switchingJourney();
    map.parentElement!.append(standalone);
    await settle(standalone);
    expect(standalone.shadowRoot!.querySelector('.switch, .switch-legend')).to.equal(null);
    expect(standalone.shadowRoot!.querySelector('.touchpoint')).to.not.equal(null);
  });
});
