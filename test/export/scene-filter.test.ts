import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { buildMapScene, type SceneOptions } from '../../src/export/scene.js';
import { LIGHT_PALETTE } from '../../src/export/palette.js';
import { sceneText, type SceneNode } from '../../src/export/scene-node.js';
import { all, hasClass } from './scene-fixture.js';
import { dimmedSteps } from '../../src/layout/filter.js';
import { filterText } from '../../src/layout/filter-text.js';
import { normalizeJourney } from '../../src/model/normalize.js';
import { validateJourney } from '../../src/model/validate.js';
import type { NormalizedJourney } from '../../src/model/types.js';
import { mountMap, settle } from '../elements/map-fixture.js';
import { filterJourney } from '../insights/filter-fixture.js';

function normalized(): NormalizedJourney {
  const result = validateJourney(filterJourney());
  expect(result.errors).to.deep.equal([]);
  return normalizeJourney(result.journey!);
}

const box = (node: SceneNode) => [node.attributes.x, node.attributes.width];

describe('export/scene: the exported picture follows the map’s filter', () => {
  // The laptop journey's five columns, 200 wide after the 160 of the row headers. Severity ≥ 4 keeps
  // "Asks sales" (4) and "Orders" (5): "Searches online" is dimmed alone, "Waits" and "Use" as a run.
  const journey = normalized();
  const dimmed = dimmedSteps(journey, { minSeverity: 4 });
  const options = (rtl = false): SceneOptions => ({
    ctx: { journey, locale: 'en', intlLocale: 'en' },
    laneName: (lane) => lane.key,
    rtl,
    dimmed,
    filterNote: filterText(journey, { minSeverity: 4 }, dimmed, { locale: 'en', intlLocale: 'en' }),
  });

  it('states the filter in words, in the map’s language', () => {
    expect([...dimmed!]).to.deep.equal(['search', 'wait', 'use']);
    const scene = buildMapScene(journey, options());
    expect(all(scene.root, hasClass('filter-note')).map(sceneText)).to.deep.equal(['Filter: Severity at least 4. Steps matching: 2 of 5; the other steps are dimmed.']);
    const ru = filterText(journey, { owner: 'Sales', category: 'process', persona: 'bo' }, dimmedSteps(journey, { owner: 'Sales', category: 'process', persona: 'bo' }), { locale: 'ru', intlLocale: 'ru' });
    // "Asks sales" is owned by Sales, has a process pain point and Bo's emotion: 1 of 5.
    expect(ru).to.equal('Фильтр: Персона Bo Lind · Подразделение Sales · Категория боли Процесс. Шагов по фильтру: 1 из 5; остальные шаги приглушены.');
    expect(filterText(journey, {}, undefined, { locale: 'en', intlLocale: 'en' })).to.equal(undefined);
  });

  it('shades each run of dimmed columns across the lanes and mutes their titles, as the screen does', () => {
    const scene = buildMapScene(journey, options());
    const shades = all(scene.root, hasClass('dimmed'));
    expect(shades.map(box)).to.deep.equal([
      [160, 200],
      [760, 400],
    ]);
    const lanes = all(scene.root, hasClass('lane'));
    const lanesTop = Number(lanes[0].children[0].attributes.y);
    for (const shade of shades) {
      expect(shade.attributes.y).to.equal(lanesTop);
      expect(Number(shade.attributes.y) + Number(shade.attributes.height)).to.equal(scene.height);
      expect(shade.attributes['fill-opacity']).to.equal(0.62);
    }
    const titles = all(scene.root, hasClass('step'));
    const muted = LIGHT_PALETTE.muted;
    expect(titles.map((title) => [title.attributes.fill, title.attributes['font-weight']])).to.deep.equal([
      [muted, 500],
      [undefined, 600],
      [undefined, 600],
      [muted, 500],
      [muted, 500],
    ]);
  });

  it('mirrors the shades for a right-to-left map', () => {
    const scene = buildMapScene(journey, options(true));
    expect(scene.width).to.equal(1160);
    expect(all(scene.root, hasClass('dimmed')).map(box)).to.deep.equal([
      [800, 200],
      [0, 400],
    ]);
  });

  it('without a filter: no note, no shade', () => {
    const scene = buildMapScene(journey, { ctx: { journey, locale: 'en', intlLocale: 'en' }, laneName: (lane) => lane.key });
    expect(all(scene.root, hasClass('dimmed'))).to.deep.equal([]);
    expect(all(scene.root, hasClass('filter-note'))).to.deep.equal([]);
  });

  it('the map’s exportSVG() follows its filter', async () => {
    const map = await mountMap(filterJourney(), 1200, { locale: 'ro' });
    expect(map.exportSVG()).not.to.contain('class="dimmed"');
    map.filter = { minSeverity: 4 };
    await settle(map);
    const svg = new DOMParser().parseFromString(map.exportSVG(), 'image/svg+xml');
    expect(svg.querySelectorAll('rect.dimmed').length).to.equal(2);
    expect(svg.querySelector('.filter-note')?.textContent?.replace(/\s+/g, ' ')).to.equal(
      'Filtru: Gravitate cel puțin 4. Pași potriviți: 2 din 5; ceilalți pași sunt estompați.',
    );
  });
});
