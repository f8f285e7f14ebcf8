// What the typical map's DOM is made of once every column is drawn: per shadow root (the map, each
// lane element), its elements, SVG elements, comment nodes (Lit's markers), text and whitespace-only
// text nodes, positioned elements (each its own paint layer) and visually hidden spans.
// With --first: the DOM of the first frame instead (counted in the first animation frame after the
// map is appended, before any idle moment has drawn more).
//   node bench/dom-census.mjs [--first] [--bundle=/bench/dist/variants/<name>.js]
// Run it under the shared heavy lock like the other bench scripts (it starts Chromium).
import { buildPages, openPage, start } from './lib/browser.mjs';

const bundle = process.argv.find((arg) => arg.startsWith('--bundle='))?.slice('--bundle='.length);
const first = process.argv.includes('--first');
await buildPages();
const session = await start();
try {
  const handle = await openPage(session, 'map', bundle);
  const rows = await handle.page.evaluate(async (first) => {
    const { phoneSystemJourney } = await import('/dist/samples/index.js');
    const container = document.createElement('div');
    container.style.width = '1400px';
    document.body.append(container);
    const map = document.createElement('journey-map');
    map.journey = phoneSystemJourney;
    container.append(map);
    if (first) await new Promise((resolve) => requestAnimationFrame(resolve));
    else {
      await map.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }
    const found = [];
    const count = (root, label) => {
      const row = { root: label, elements: 0, svg: 0, comments: 0, text: 0, whitespace: 0, positioned: 0, hidden: 0 };
      found.push(row);
      const walk = (node) => {
        for (const child of node.childNodes) {
          if (child.nodeType === Node.ELEMENT_NODE) {
            row.elements++;
            if (child.namespaceURI === 'http://www.w3.org/2000/svg') row.svg++;
            if (getComputedStyle(child).position !== 'static') row.positioned++;
            if (child.classList.contains('visually-hidden')) row.hidden++;
            if (child.shadowRoot) count(child.shadowRoot, child.getAttribute('kind') ?? child.localName);
            walk(child);
          } else if (child.nodeType === Node.COMMENT_NODE) row.comments++;
          else if (child.nodeType === Node.TEXT_NODE) row[child.data.trim() ? 'text' : 'whitespace']++;
        }
      };
      walk(root);
    };
    count(map.shadowRoot, 'journey-map');
    return found;
  }, first);
  const total = { root: 'total' };
  for (const row of rows) for (const [key, value] of Object.entries(row)) if (typeof value === 'number') total[key] = (total[key] ?? 0) + value;
  const columns = Object.keys(total);
  console.log(`| ${columns.join(' | ')} |\n| ${columns.map(() => '---').join(' | ')} |`);
  for (const row of [...rows, total]) console.log(`| ${columns.map((key) => row[key]).join(' | ')} |`);
} finally {
  await session.close();
}
