/**
 * docs/theming.md against the elements' own declarations (the `@cssprop` and `@csspart` JSDoc tags,
 * as `npm run analyze` writes them to custom-elements.json): every custom property with its default,
 * and every part with the elements that have it.
 */
import { expect } from '@open-wc/testing';

interface Declaration {
  tagName?: string;
  cssParts?: Array<{ name: string }>;
  cssProperties?: Array<{ name: string; default?: string }>;
}

async function fetchText(path: string): Promise<string> {
  const response = await fetch(path);
  expect(response.ok, `${path} is served`).to.be.true;
  return response.text();
}

async function elements(): Promise<Declaration[]> {
  const manifest = JSON.parse(await fetchText('/custom-elements.json')) as { modules: Array<{ declarations?: Declaration[] }> };
  const found = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
  expect(found.map((declaration) => declaration.tagName).sort()).to.deep.equal(['emotion-curve', 'journey-customers', 'journey-flow', 'journey-map', 'opportunity-matrix', 'persona-card', 'stage-lane']);
  return found;
}

/** The cells of the first Markdown table after `heading`, without its header rows. */
function tableAfter(text: string, heading: string): string[][] {
  const lines = (text.split(heading)[1] ?? '').split('\n');
  const start = lines.findIndex((line) => line.startsWith('|'));
  const length = lines.slice(start).findIndex((line) => !line.startsWith('|'));
  const rows = lines.slice(start + 2, length < 0 ? undefined : start + length);
  return rows.map((row) => row.split(/(?<!\\)\|/).slice(1, -1).map((cell) => cell.trim()));
}

describe('docs/theming.md', () => {
  it('documents every custom property an element declares, with its default', async () => {
    const text = await fetchText('/docs/theming.md');
    for (const element of await elements()) {
      for (const property of element.cssProperties ?? []) {
        const rows = text.split('\n').filter((line) => line.startsWith(`| \`${property.name}\` |`));
        expect(rows, `${element.tagName} ${property.name}`).to.have.length.at.least(1);
        expect(rows[0], `${element.tagName} ${property.name} default`).to.include(`| \`${property.default}\` |`);
      }
    }
  });

  it('lists every part, with exactly the elements that have it', async () => {
    const rows = tableAfter(await fetchText('/docs/theming.md'), '### Every part');
    const documented = new Map(rows.map(([part, tags]) => [part.replace(/`/g, ''), tags.replace(/`/g, '').split(/,\s*/).sort()]));
    const declared = new Map<string, string[]>();
    for (const element of await elements()) {
      for (const part of element.cssParts ?? []) declared.set(part.name, [...(declared.get(part.name) ?? []), element.tagName!].sort());
    }
    expect(declared.size).to.be.greaterThan(30);
    expect(Object.fromEntries(documented)).to.deep.equal(Object.fromEntries(declared));
  });
});
