/**
 * The one-file bundles minify Lit's template text at build time (scripts/rollup-minify-literals.mjs).
 * Tests run from source, so here the minifier itself is held to the browser's own parser: every
 * element's style sheet must parse to the same rules before and after.
 */
import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { minifyCss, minifyMarkup } from '../../scripts/minify-literals.mjs';
import '../../src/define.js';

const TAGS = ['journey-map', 'stage-lane', 'persona-card', 'emotion-curve'];

/** The rules a sheet parses to, as the browser serializes them. */
function parsed(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  // Custom property values keep their own spacing around commas, which var() reparses anyway.
  return [...sheet.cssRules].map((rule) => rule.cssText.replace(/\s*,\s*/g, ','));
}

function sheetsOf(tag: string): CSSResult[] {
  const element = customElements.get(tag) as unknown as { elementStyles: CSSResult[] } | undefined;
  return element?.elementStyles ?? [];
}

describe('build/minify-literals', () => {
  for (const tag of TAGS) {
    it(`keeps every rule of <${tag}>'s styles while shrinking them`, () => {
      const sheets = sheetsOf(tag);
      expect(sheets.length, 'element has style sheets').to.be.greaterThan(0);
      let before = 0;
      let after = 0;
      for (const sheet of sheets) {
        const text = sheet.cssText;
        const small = minifyCss(text);
        expect(parsed(small)).to.deep.equal(parsed(text));
        expect(small).not.to.contain('/*');
        expect(small).not.to.match(/\n/);
        before += text.length;
        after += small.length;
      }
      expect(after).to.be.lessThan(before * 0.9);
    });
  }

  it('keeps strings, descendant selectors and calc() spacing as written', () => {
    const text = `
      /* a comment */
      .a  .b::before { content: ', : ' ; font: 12px/1 "A  B" , serif; }
      .c :is(.d) { width: calc(1px + 2px); }
    `;
    expect(minifyCss(text)).to.equal(`.a .b::before{content:', : ';font:12px/1 "A  B",serif}.c :is(.d){width:calc(1px + 2px)}`);
  });

  it('keeps one space where a chunk meets an interpolation', () => {
    expect(minifyCss(' .a { color: ', true, true)).to.equal(' .a{color:');
    expect(minifyCss(' .b ', true, true)).to.equal(' .b ');
    expect(minifyCss('\n  .b\n', false, false)).to.equal('.b');
  });

  it('collapses only line-break indentation in markup', () => {
    expect(minifyMarkup('<div\n    class="a"\n  >\n    one  two <b>x</b>\n</div>')).to.equal('<div class="a" > one  two <b>x</b> </div>');
    const before = document.createElement('p');
    const after = document.createElement('p');
    before.style.width = after.style.width = '10em';
    before.append(document.createTextNode('\n    Hello\n    world\n  '));
    after.append(document.createTextNode(minifyMarkup('\n    Hello\n    world\n  ')));
    document.body.append(before, after);
    expect(after.getBoundingClientRect().height).to.equal(before.getBoundingClientRect().height);
    expect(after.innerText).to.equal(before.innerText);
    before.remove();
    after.remove();
  });
});
