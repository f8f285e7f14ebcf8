/**
 * `<journey-customers>` never sets its own state while an update completes: Lit's dev-mode
 * "change-in-update" warning ("scheduled an update after an update completed") stays silent, standalone,
 * linked to a map and while scrolling, sorting, filtering and choosing.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { JourneyCustomers } from '../../src/elements/journey-customers/journey-customers.component.js';
import type { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import { phoneSystemWithIndividuals } from '../../src/samples/individuals.js';
import { settle } from './map-fixture.js';

const doc = { ...phoneSystemWithIndividuals(200), asOf: '2026-10-01' };

/** Collects Lit's change-in-update warnings from now on (Lit issues each warning once per page: forget the ones issued). */
function watchWarnings(): { warnings: string[]; restore: () => void } {
  const issued = (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings;
  for (const warning of [...(issued ?? [])]) if (warning.includes('change-in-update')) issued!.delete(warning);
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (text.includes('change-in-update')) warnings.push(text);
    else original.apply(console, args);
  };
  return { warnings, restore: () => (console.warn = original) };
}

const frames = (n = 3) => new Promise<void>((resolve) => {
  const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
  step(n);
});

describe('<journey-customers>: no update scheduled after an update completed', () => {
  it('is in Lit dev mode here, so the test can see the warning', () => {
    expect((globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings, 'Lit dev mode').to.be.instanceOf(Set);
  });

  it('stays silent standalone: first render, measuring its viewport, scrolling, sorting, filtering, choosing', async () => {
    const watch = watchWarnings();
    try {
      const table = await fixture<JourneyCustomers>(html`<journey-customers locale="en" style="block-size: 300px" .journey=${doc}></journey-customers>`);
      await table.updateComplete;
      await frames();
      const root = table.shadowRoot!;
      const scroller = root.querySelector<HTMLElement>('.scroller')!;
      scroller.scrollTop = 2000;
      scroller.dispatchEvent(new Event('scroll'));
      await frames();
      await table.updateComplete;
      root.querySelector<HTMLButtonElement>('.sort[data-column="score"]')!.click();
      await table.updateComplete;
      const status = root.querySelector<HTMLSelectElement>('select[data-filter="stalled"]')!;
      status.value = 'stalled';
      status.dispatchEvent(new Event('change'));
      await table.updateComplete;
      root.querySelector<HTMLButtonElement>('.pick')?.click();
      await table.updateComplete;
      table.style.blockSize = '500px';
      await frames();
      await table.updateComplete;
      expect(watch.warnings).to.deep.equal([]);
    } finally {
      watch.restore();
    }
  });

  it('stays silent linked to a map: choosing a step on the map, choosing a customer in the table', async () => {
    const watch = watchWarnings();
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1200px">
        <journey-customers for="linked-map" locale="en" style="block-size: 300px"></journey-customers>
        <journey-map id="linked-map" locale="en" .journey=${doc}></journey-map>
      </div>`);
      const map = wrapper.querySelector<JourneyMap>('journey-map')!;
      const table = wrapper.querySelector<JourneyCustomers>('journey-customers')!;
      await settle(map);
      await table.updateComplete;
      await frames();
      table.shadowRoot!.querySelector<HTMLButtonElement>('.pick')!.click();
      await settle(map);
      await table.updateComplete;
      await frames();
      expect(watch.warnings).to.deep.equal([]);
    } finally {
      watch.restore();
    }
  });
});
