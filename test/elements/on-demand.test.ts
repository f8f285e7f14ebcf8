import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { laptopJourney, mountMap, settle } from './map-fixture.js';
import { editor, root, stepHeader } from './edit-fixture.js';

/**
 * Editing is a module of its own (map-edit-feature.ts) that `<journey-map>` imports the first time it
 * is `editable`: a read-only map never requests it. Each test file runs in its own page, so the
 * resources below are exactly what this page has loaded.
 */
const EDITING_MODULES = ['map-edit-feature', 'edit-controller', 'edit-view', 'json-patch', 'edit-strings', 'step-drag-controller'];
const loaded = (modules: readonly string[]) =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => modules.some((name) => new URL(url).pathname.includes(`/${name}.`)));
const loadedEditing = () => loaded(EDITING_MODULES);
/** The health panel with lintJourney and its messages; the roll-ups. */
const HEALTH_MODULES = ['map-health', 'lint', 'lint-messages'];
const ROLLUP_MODULES = ['map-rollup', 'rollup'];

describe('journey-map loads editing on demand', () => {
  before(async () => {
    // The library is imported here, after the browser's resource list was made long enough for its modules.
    performance.setResourceTimingBufferSize(10000);
    await import('../../src/define.js');
  });

  it('a read-only map draws and loads no editing, health or roll-up module', async () => {
    const map = await mountMap(laptopJourney());
    expect(stepHeader(map, 'ask')).to.exist;
    expect(root(map).querySelector('.edit-button')).to.equal(null);
    expect(loadedEditing()).to.deep.equal([]);
    expect(loaded(HEALTH_MODULES)).to.deep.equal([]);
    expect(loaded(ROLLUP_MODULES)).to.deep.equal([]);
  });

  it('`health` and `rollups` load their modules when turned on, and show their panels with their styles', async () => {
    const map = await mountMap(laptopJourney());
    map.health = true;
    map.rollups = true;
    await settle(map);
    expect(loaded(HEALTH_MODULES).length).to.be.greaterThan(0);
    expect(loaded(ROLLUP_MODULES).length).to.be.greaterThan(0);
    const panel = root(map).querySelector<HTMLElement>('[part="health"]');
    expect(panel?.querySelector('[part="health-score"]')?.textContent).to.match(/\d+ \/ 100/);
    // The panel's own rules arrived with it: a border and the alternate surface.
    expect(getComputedStyle(panel!).borderTopStyle).to.equal('solid');
    expect(root(map).querySelector('[part="fix-first"]')).to.exist;
  });

  it('turning editable on shows a loading status at once, then the editor works by keyboard', async () => {
    const map = await mountMap(laptopJourney());
    map.editable = true;
    // Render now (Lit would in a microtask): the module cannot have arrived yet.
    (map as unknown as { performUpdate(): void }).performUpdate();
    expect(stepHeader(map, 'ask')).to.exist;
    expect(root(map).querySelector('[role="status"]')?.textContent?.trim()).to.equal('Loading the editor…');
    expect(root(map).querySelector('.edit-button')).to.equal(null);
    await settle(map);
    expect(loadedEditing().length).to.be.greaterThan(0);
    expect(root(map).querySelector('[data-edit="title"]')?.textContent?.trim()).to.equal('Edit title');
    stepHeader(map, 'ask').focus();
    await sendKeys({ press: 'Enter' });
    await settle(map);
    expect(editor(map)).to.exist;
    await sendKeys({ press: 'Escape' });
    await settle(map);
    expect(editor(map)).to.equal(null);
  });

  it('the loading status and the editor speak the map\'s language', async () => {
    const map = await mountMap(laptopJourney(), 1200, { locale: 'ru', editable: '' });
    expect(root(map).querySelector('[data-edit="title"]')?.textContent?.trim()).to.equal('Изменить название');
  });

  it('once loaded, a language switch shows in the editor, the health panel and the roll-ups at the next render, and export works', async () => {
    const map = await mountMap(laptopJourney(), 1200, { editable: '', health: '', rollups: '' });
    map.locale = 'ru';
    // One update: nothing is loaded again, so no frame shows the parts in English.
    (map as unknown as { performUpdate(): void }).performUpdate();
    expect(root(map).querySelector('[data-edit="title"]')?.textContent?.trim()).to.equal('Изменить название');
    expect(root(map).querySelector('.health__title')?.textContent).to.include('Качество карты');
    expect(root(map).querySelector('[part="fix-first"] summary')?.textContent).to.include('Что исправить первым');
    await settle(map);
    expect(map.exportSVG()).to.match(/^<svg[\s\S]*<\/svg>\s*$/);
  });

  it('undo() before the editor has loaded answers false and throws nothing', async () => {
    const map = await mountMap(laptopJourney());
    map.editable = true;
    expect(map.undo()).to.equal(false);
    await settle(map);
    expect(map.undo()).to.equal(false);
  });
});
