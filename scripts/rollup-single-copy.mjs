// The one-file builds (module and classic script) evaluate the library once per page, however many
// copies a page loads: two intranet widgets that each ship journey-elements.bundle.js or .iife.js
// share the first copy's classes and functions. The second copy finds the first in a global record
// under `Symbol.for('journey-elements')` and returns its API before evaluating anything else — no
// second Lit, so no second Trusted Types policy: a strict page needs no 'allow-duplicates' — and
// `customElements.get(tag)`, `instanceof` and every export agree across copies (docs/security.md).
//
// How: both builds are rollup's `iife` (the library inside one function); `intro` (the function's
// first statements) returns the recorded API when there is one, `outro` records this copy's. The
// module build adds a `footer` that exports the API's members by name.

/** The global record's key, the same in every copy and version of the library. */
const KEY = "Symbol.for('journey-elements')";

/**
 * @param {{ version: string, module: boolean }} options `module`: the build is loaded as an ES module
 *   (`<script type="module">`, `import`), so it ends with named exports.
 * @returns {import('rollup').Plugin}
 */
export function singleCopy({ version, module }) {
  const v = JSON.stringify(version);
  return {
    name: 'single-copy',
    intro: () =>
      `const loaded = globalThis[${KEY}];\n` +
      `if (loaded) {\n` +
      `  if (loaded.version !== ${v}) console.warn('journey-elements ' + ${v} + ': this page already loaded journey-elements ' + loaded.version + '; using that copy.');\n` +
      `  return loaded.api;\n` +
      `}`,
    outro: () =>
      // Not writable, not configurable: a later copy cannot replace the classes that own the tags.
      `try { Object.defineProperty(globalThis, ${KEY}, { value: Object.freeze({ version: ${v}, api: exports }) }); } catch {}`,
    footer: (chunk) => (module ? `export const { ${chunk.exports.join(', ')} } = JourneyElements;` : ''),
  };
}
