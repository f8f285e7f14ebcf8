/**
 * Issue "Reading at a glance", item 13 (Storybook is clean): no control warnings. The colour-picker
 * matcher leaves the elements' CSS custom properties alone (they have no value, and a colour control
 * warned "received void" on every map story), and still picks real colour args.
 */
import { expect } from '@open-wc/testing';
import { COLOR_ARGS } from '../../.storybook/controls.js';

describe('Storybook controls', () => {
  it('gives no CSS custom property a colour control, and colour args still get one', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: Array<{ declarations?: Array<{ cssProperties?: Array<{ name: string }> }> }> };
    const properties = manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((declaration) => declaration.cssProperties ?? []);
    expect(properties.map((property) => property.name)).to.include('--journey-stage-background');
    for (const property of properties) expect(COLOR_ARGS.test(property.name), property.name).to.equal(false);
    for (const name of ['background', 'accentColor', 'color']) expect(COLOR_ARGS.test(name), name).to.equal(true);
  });
});
