import MagicString from 'magic-string';
import { minifyCss, minifyMarkup } from './minify-literals.mjs';

/**
 * Rollup plugin for the one-file bundles: minifies the static text of `css` and `html`/`svg` tagged
 * templates and of template literals passed to `unsafeCSS(...)` (see minify-literals.mjs), keeping
 * source maps. Runs on the TypeScript plugin's output, so it sees plain JavaScript; only tags named
 * exactly `css`, `html`, `svg` and `unsafeCSS` (as imported from lit throughout src/) are touched.
 *
 * @returns {import('rollup').Plugin}
 */
export function minifyLiterals() {
  return {
    name: 'minify-literals',
    transform(code, id) {
      if (!/\.[cm]?[jt]s$/.test(id) || !/\b(css|html|svg|unsafeCSS)\b/.test(code)) return null;
      const magic = new MagicString(code);
      /** @param {any} literal @param {(text: string, keepStart: boolean, keepEnd: boolean) => string} minify */
      const rewrite = (literal, minify) => {
        const last = literal.quasis.length - 1;
        literal.quasis.forEach((/** @type {any} */ quasi, /** @type {number} */ index) => {
          if (quasi.end <= quasi.start) return;
          const text = minify(quasi.value.raw, index > 0, index < last);
          if (text !== quasi.value.raw) magic.overwrite(quasi.start, quasi.end, text);
        });
      };
      /** @param {any} node */
      const walk = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier') {
          if (node.tag.name === 'css') rewrite(node.quasi, minifyCss);
          else if (node.tag.name === 'html' || node.tag.name === 'svg') rewrite(node.quasi, minifyMarkup);
        } else if (
          node.type === 'CallExpression' &&
          node.callee.type === 'Identifier' &&
          node.callee.name === 'unsafeCSS' &&
          node.arguments[0]?.type === 'TemplateLiteral'
        ) {
          rewrite(node.arguments[0], minifyCss);
        }
        for (const key of Object.keys(node)) {
          const value = node[key];
          if (Array.isArray(value)) value.forEach(walk);
          else if (value && typeof value === 'object') walk(value);
        }
      };
      walk(this.parse(code));
      if (!magic.hasChanged()) return null;
      return { code: magic.toString(), map: magic.generateMap({ hires: true }) };
    },
  };
}
