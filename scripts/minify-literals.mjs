/**
 * Minifies the static text of Lit's tagged templates for the one-file bundles: terser shrinks the
 * code but leaves template text as written, and the elements' CSS (with its comments and indentation)
 * and markup indentation were a sixth of the bundle. Pure functions with no imports, so the browser
 * test (test/build/minify-literals.test.ts) checks them against the browser's own CSS parser; the
 * rollup plugin that applies them is scripts/rollup-minify-literals.mjs.
 */

/**
 * One static chunk of a `css` template (or of a template passed to `unsafeCSS`): comments removed,
 * whitespace collapsed and dropped around `{ } ; ,` and after `:` (kept elsewhere: descendant
 * selectors and `calc(1px + 2px)` need it), the `;` before `}` dropped. Quoted strings are kept as
 * written. `keepStart` / `keepEnd` say the chunk touches a `${}` on that side, where one space is kept
 * so an interpolation is never glued to a word.
 *
 * @param {string} text
 * @param {boolean} [keepStart]
 * @param {boolean} [keepEnd]
 * @returns {string}
 */
export function minifyCss(text, keepStart = false, keepEnd = false) {
  /** @type {string[]} */
  const strings = [];
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== ch) j += text[j] === '\\' ? 2 : 1;
      // Strings wait aside as \0n\0 (no space or punctuation in it), so no rule below reaches them.
      out += `\0${strings.push(text.slice(i, j + 1)) - 1}\0`;
      i = j + 1;
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
      out += ' '; // a comment separates tokens as whitespace does
    } else {
      out += ch;
      i++;
    }
  }
  out = out
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
  if (!keepStart) out = out.replace(/^ /, '');
  if (!keepEnd) out = out.replace(/ $/, '');
  return out.replace(/\0(\d+)\0/g, (_, n) => strings[Number(n)]);
}

/**
 * One static chunk of an `html` or `svg` template: every run of whitespace that holds a line break
 * becomes one space. Rendering is unchanged (HTML and SVG collapse such runs; the templates hold no
 * `<pre>`, `<textarea>` or `white-space: pre` text), only the indentation goes.
 *
 * @param {string} text
 * @returns {string}
 */
export function minifyMarkup(text) {
  return text.replace(/[ \t]*[\r\n]\s*/g, ' ');
}
