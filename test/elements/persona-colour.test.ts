import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import { laptopJourney, mountMap } from './map-fixture.js';

/** Every element in the map's shadow roots that matches `selector`. */
function deepAll(root: ParentNode, selector: string, found: Element[] = []): Element[] {
  for (const element of root.querySelectorAll('*')) {
    if (element.matches(selector)) found.push(element);
    if (element.shadowRoot) deepAll(element.shadowRoot, selector, found);
  }
  return found;
}

describe('one colour per persona', () => {
  it('tags a pain point with its persona in the colour of that persona’s line', async () => {
    const map: JourneyMap = await mountMap(laptopJourney());
    const lineColour = (persona: string) =>
      getComputedStyle(deepAll(map.shadowRoot!, `[data-series-key="current:${persona}"] .line`)[0]).stroke;
    const tag = (name: string) => deepAll(map.shadowRoot!, '.pain__persona').find((element) => element.textContent!.includes(name))!;
    const swatch = (name: string) => getComputedStyle(tag(name), '::before').backgroundColor;
    expect(swatch('Ana Pop')).to.equal(lineColour('ana'));
    expect(swatch('Bo Lind')).to.equal(lineColour('bo'));
    expect(swatch('Ana Pop')).to.not.equal(swatch('Bo Lind'));
    // The light theme's first two series colours.
    expect([swatch('Ana Pop'), swatch('Bo Lind')]).to.deep.equal(['rgb(29, 78, 216)', 'rgb(194, 65, 12)']);
  });
});
