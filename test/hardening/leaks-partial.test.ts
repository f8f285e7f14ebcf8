/**
 * Leaks on a page that registers the map but not the emotion curve (a host may import only the
 * elements it uses): a map waiting for `<emotion-curve>` to be defined must not stay reachable
 * once it is removed.
 */
import { aTimeout, expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/elements/journey-map/journey-map.js';
import '../../src/elements/stage-lane/stage-lane.js';
import '../../src/elements/persona-card/persona-card.js';
import { laptopJourney } from '../elements/map-fixture.js';

describe('hardening: leaks without <emotion-curve> defined', function () {
  this.timeout(60000);

  it('unmounted maps are collected, and maps still mounted draw the curve once it is defined', async () => {
    expect(customElements.get('emotion-curve'), 'this page must not define the curve yet').to.equal(undefined);
    const host = await fixture<HTMLDivElement>(html`<div style="inline-size: 1000px"></div>`);
    const journey = laptopJourney();
    const refs: Array<WeakRef<HTMLElement>> = [];
    for (let i = 0; i < 100; i += 1) {
      const map = document.createElement('journey-map');
      map.journey = journey;
      host.append(map);
      await map.updateComplete;
      map.remove();
      refs.push(new WeakRef(map));
    }
    const kept = document.createElement('journey-map');
    kept.journey = journey;
    host.append(kept);
    await kept.updateComplete;
    expect(kept.shadowRoot!.querySelector('emotion-curve'), 'no curve lane before the element exists').to.equal(null);

    for (let i = 0; i < 4; i += 1) {
      await aTimeout(20);
      window.gc!();
    }
    await aTimeout(20);
    // A leak keeps all 100; a collector may keep a stray one or two (see leaks.test.ts).
    expect(refs.filter((ref) => ref.deref() !== undefined).length, 'unmounted maps still reachable').to.be.at.most(3);

    await import('../../src/elements/emotion-curve/emotion-curve.js');
    await nextFrame();
    await kept.updateComplete;
    expect(kept.shadowRoot!.querySelector('emotion-curve'), 'the curve lane appears once defined').to.exist;
  });
});
