/**
 * The docs/ pages that restate facts from the code, checked against the code: the theme tokens and
 * their defaults, the worked palette example, the string keys, and every public property.
 */
import { expect } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import '../../src/define.js';
import { THEME_TOKENS } from '../../src/elements/shared/tokens.js';
import { PROBLEM_CODES } from '../../src/i18n/import-messages.js';
import { enProblems } from '../../src/i18n/messages.js';
import { CURVE_STRINGS } from '../../src/i18n/curve-strings.js';
import { editStrings } from '../../src/i18n/edit-strings.js';
import { flowStrings } from '../../src/i18n/flow-strings.js';
import { insightStrings } from '../../src/i18n/insight-strings.js';
import { laneStrings } from '../../src/i18n/lane-strings.js';
import { mapStrings } from '../../src/i18n/map-strings.js';
import { personaStrings } from '../../src/i18n/persona-strings.js';
import { timeStrings } from '../../src/i18n/time-strings.js';
import { customerStrings } from '../../src/i18n/customer-strings.js';
import { CORPORATE_PALETTE_CSS } from '../../stories/helpers.js';
import * as samples from '../../src/samples/index.js';

async function page(name: string): Promise<string> {
  const response = await fetch(`/docs/${name}`);
  expect(response.ok, `docs/${name} is served`).to.be.true;
  return response.text();
}

/** Table cells as written in the pages: pipes escaped. */
const cell = (text: string) => text.replace(/\|/g, '\\|');

describe('docs', () => {
  it('theming.md lists every --journey-* token with its default', async () => {
    const text = await page('theming.md');
    for (const [name, value] of Object.entries(THEME_TOKENS)) {
      expect(text, `--journey-${name}`).to.include(`| \`--journey-${name}\` | \`${value}\` |`);
    }
  });

  it('theming.md quotes the palette the Corporate palette story applies', async () => {
    expect(await page('theming.md')).to.include(`\`\`\`css\n${CORPORATE_PALETTE_CSS}\n\`\`\``);
  });

  it('i18n.md lists every string key with its English text', async () => {
    const text = await page('i18n.md');
    const dictionaries = [mapStrings.en, enProblems.places, laneStrings.en, CURVE_STRINGS.en, personaStrings.en, editStrings.en, timeStrings.en, insightStrings.en, customerStrings.en, flowStrings.en];
    for (const dictionary of dictionaries) {
      for (const [key, english] of Object.entries(dictionary)) {
        expect(text, key).to.include(`| \`${key}\` | ${cell(english)} |`);
      }
    }
  });

  it('journey-format.md lists every problem code that can be reported, and no other', async () => {
    const text = await page('journey-format.md');
    const section = text.split('### Problem codes')[1]?.split('\n## ')[0] ?? '';
    const listed = [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map((match) => match[1]).sort();
    const reported = [...PROBLEM_CODES, 'http-status', 'network', 'internal'].sort();
    expect(listed).to.deep.equal(reported);
  });

  it('getting-started.md names everything journey-elements/samples.js exports', async () => {
    const section = (await page('getting-started.md')).split('journey-elements/samples.js')[1]?.split('\n## ')[0] ?? '';
    for (const name of Object.keys(samples)) expect(section, name).to.include(`\`${name}`);
  });

  it('elements.md documents every public property of every element', async () => {
    const text = await page('elements.md');
    for (const tag of ['journey-map', 'stage-lane', 'emotion-curve', 'persona-card', 'opportunity-matrix', 'journey-customers', 'journey-flow']) {
      const section = text.split(`## \`<${tag}>\``)[1]?.split('\n## ')[0];
      expect(section, `a section for <${tag}>`).to.be.a('string');
      const element = customElements.get(tag) as unknown as typeof ReactiveElement;
      for (const [name, options] of element.elementProperties) {
        if (options.state) continue;
        expect(section, `<${tag}> ${String(name)}`).to.include(`| \`${String(name)}\` |`);
      }
    }
  });
});
