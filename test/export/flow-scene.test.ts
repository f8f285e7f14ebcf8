import { expect } from '@open-wc/testing';
import { buildFlowScene, drawFlow } from '../../src/export/flow-scene.js';
import { LIGHT_PALETTE } from '../../src/export/palette.js';
import { sceneText, type SceneNode } from '../../src/export/scene-node.js';
import { sceneSVG, serializeSVG } from '../../src/export/svg.js';
import type { FlowWords } from '../../src/layout/flow-text.js';
import { layoutFlow } from '../../src/layout/flow.js';
import { normalizeJourney } from '../../src/model/normalize.js';
import { transitionTable } from '../../src/model/transitions.js';
import { countedTable, flowGrid, flowJourney } from '../layout/flow-fixture.js';

const EN: FlowWords = { locale: 'en', intlLocale: 'en' };
const LONG = 'Pays the first invoice and then signs the yearly contract with the whole sales team';

/** The fixture's four steps in two stages with its figures written on `next` and `exit`. */
const journey = normalizeJourney({
  schemaVersion: 1,
  title: 'Trial',
  stages: [
    {
      id: 'one',
      title: 'One',
      steps: [
        { id: 'a', title: 'A', next: [{ step: 'b', count: 100 }, { step: 'c', count: 20 }] },
        { id: 'b', title: 'B', next: [{ step: 'c', count: 50 }], exit: { count: 30, label: 'Gives up' } },
      ],
    },
    {
      id: 'two',
      title: 'Two',
      steps: [
        { id: 'c', title: 'C', next: [{ step: 'a', count: 10 }, { step: 'd', count: 40 }] },
        { id: 'd', title: LONG },
      ],
    },
  ],
});

function all(node: SceneNode, test: (node: SceneNode) => boolean, found: SceneNode[] = []): SceneNode[] {
  if (test(node)) found.push(node);
  for (const child of node.children) all(child, test, found);
  return found;
}
const byClass = (root: SceneNode, name: string) => all(root, (node) => String(node.attributes.class ?? '').split(' ').includes(name));

describe('export/flow-scene', () => {
  it('draws the screen layout at 200 px columns: title, stage row, the flow moved under them, the source line', () => {
    const scene = buildFlowScene(journey, { words: EN });
    // 40 title + 28 stage row + the layout's 164 (as in test/layout/flow.test.ts) + one 16 px source line and its 16 px padding.
    expect([scene.width, scene.height]).to.deep.equal([800, 264]);
    const drawing = byClass(scene.root, 'drawing')[0];
    expect(drawing.attributes.transform).to.equal('translate(0 68)');
    expect(byClass(scene.root, 'stage').map((node) => [node.text, node.attributes.x])).to.deep.equal([
      ['One', 200],
      ['Two', 600],
    ]);
    expect(byClass(scene.root, 'source')[0] && sceneText(byClass(scene.root, 'source')[0])).to.equal('Shares and counts as written in the document.');
  });

  it('gives each link the path of the layout, the main path the accent, loops the second series colour, drop-offs red', () => {
    const scene = buildFlowScene(journey, { words: EN });
    const layout = layoutFlow(journey, transitionTable(journey), flowGrid.columns, flowGrid.stages);
    const links = byClass(scene.root, 'link');
    expect(links.map((link) => [link.attributes.class, link.children[0].attributes.d, link.children[0].attributes.stroke, link.children[0].attributes['stroke-width']])).to.deep.equal(
      layout.links.map((link) => [
        `link link--${link.kind}${link.main ? ' link--main' : ''}`,
        link.path,
        link.main ? LIGHT_PALETTE.accent : link.kind === 'loop' ? LIGHT_PALETTE.series[1] : LIGHT_PALETTE.muted,
        link.width,
      ]),
    );
    // Strokes translucent as on screen (the main path less so), so the opaque arrowhead in their colour shows on them.
    expect(links.map((link) => link.children[0].attributes['stroke-opacity'])).to.deep.equal(layout.links.map((link) => (link.main ? 0.8 : 0.55)));
    // Arrowheads filled in the link's colour.
    expect(links.every((link) => link.children[1].attributes.fill === link.children[0].attributes.stroke)).to.be.true;
    const exit = byClass(scene.root, 'exit')[0];
    expect([exit.children[0].attributes.d, exit.children[0].attributes.stroke, exit.children[1].attributes.fill]).to.deep.equal([
      'M340,86V133',
      LIGHT_PALETTE.bad,
      LIGHT_PALETTE.bad,
    ]);
  });

  it('writes figures (main path bold), the drop-off label, and step titles cut at two lines', () => {
    const scene = buildFlowScene(journey, { words: EN });
    expect(byClass(scene.root, 'figure').map((node) => [node.text, node.attributes['font-weight'] ?? 400])).to.deep.equal([
      ['100', 700],
      ['20', 400],
      ['50', 700],
      ['10', 400],
      ['40', 700],
    ]);
    expect(sceneText(byClass(scene.root, 'exit-label')[0])).to.equal('30 Gives up');
    const titles = byClass(scene.root, 'node').map((node) => node.children.map((line) => String(line.text)));
    expect(titles.slice(0, 3)).to.deep.equal([['A'], ['B'], ['C']]);
    expect(titles[3]).to.have.length(2);
    expect(titles[3][1].endsWith('…')).to.be.true;
    expect(LONG.startsWith(titles[3][0])).to.be.true;
  });

  it('mirrors for a right-to-left page and formats shares in the language of the words', () => {
    const shares = normalizeJourney({
      schemaVersion: 1,
      title: 'Доли',
      stages: [{ id: 's', title: 'Этап', steps: [{ id: 'a', title: 'А', next: [{ step: 'b', share: 0.25 }] }, { id: 'b', title: 'Б' }] }],
    });
    const scene = buildFlowScene(shares, { words: { locale: 'ru', intlLocale: 'ru' }, rtl: true });
    // Two 200 px columns: step А on the right (node 160 px wide centred at 300).
    expect(byClass(scene.root, 'nodes')[0].children.filter((node) => node.tag === 'rect').map((node) => node.attributes.x)).to.deep.equal([220, 20]);
    expect(byClass(scene.root, 'figure').map((node) => String(node.text).replace(/\s/g, ' '))).to.deep.equal(['25 %']);
    expect(sceneText(byClass(scene.root, 'source')[0])).to.equal('Доли и количества указаны в документе.');
  });

  it('draws into any scene in the layout coordinates, and is written by the map’s SVG writer with data as text', () => {
    const parent: SceneNode = { tag: 'g', attributes: {}, children: [] };
    const hostile = normalizeJourney({ schemaVersion: 1, title: '<b>x</b>', stages: [{ id: 's', title: 'S', steps: [{ id: 'a', title: '<img src=x>' }] }] });
    drawFlow(parent, journey, countedTable, layoutFlow(flowJourney, countedTable, flowGrid.columns, flowGrid.stages), EN, LIGHT_PALETTE);
    expect(parent.children.map((child) => child.attributes.class)).to.deep.equal(['bands', 'links', 'nodes', 'figures']);
    const svg = sceneSVG(buildFlowScene(hostile, { words: EN }), LIGHT_PALETTE);
    expect(svg.querySelector('img, b')).to.equal(null);
    expect(svg.querySelector('.node')?.textContent).to.equal('<img src=x>');
    const { text, width } = serializeSVG(svg);
    expect(width).to.equal(200);
    expect(new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror')).to.equal(null);
  });
});
