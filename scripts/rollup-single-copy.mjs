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
      // A module copy still loading its core (below): this copy's API is filled in once it has.
      `  if (loaded.api) return loaded.api;\n` +
      `  const api = {};\n` +
      `  loaded.ready.then((ready) => Object.assign(api, ready), () => {});\n` +
      `  return api;\n` +
      `}`,
    outro: () =>
      // Not writable, not configurable: a later copy cannot replace the classes that own the tags.
      `try { Object.defineProperty(globalThis, ${KEY}, { value: Object.freeze({ version: ${v}, api: exports }) }); } catch {}`,
    footer: (chunk) => (module ? `export const { ${chunk.exports.join(', ')} } = JourneyElements;` : ''),
  };
}

/**
 * The module build split into files (docs/embedding.md): `journey-elements.bundle.js` is a small
 * entry that finds an earlier copy in the same global record, or else records itself at once (so a
 * copy loading at the same moment waits for this one instead of evaluating a second Lit) and imports
 * its core, `journey-elements.core-<hash>.js`, from the folder it was itself loaded from. The core
 * defines the elements and imports rarely used features (editing…) from sibling files when asked.
 * Top-level `await`: importers of the entry get the API once the core has loaded.
 *
 * @param {{ version: string }} options
 * @returns {import('rollup').Plugin}
 */
export function splitEntry({ version }) {
  const v = JSON.stringify(version);
  return {
    name: 'split-entry',
    generateBundle(_options, bundle) {
      const core = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
      if (!core) this.error('split-entry: no entry chunk');
      // The library's public names only: the core also exports internals to its sibling files, under
      // the short names rollup gives them (minifyInternalExports); the public names are all longer.
      // check-embedding.mjs compares the result with the classic script's `JourneyElements`.
      const internal = new Set(Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? (file.importedBindings[core.fileName] ?? []) : [])));
      const names = core.exports.filter((name) => !(internal.has(name) && name.length <= 3));
      const source =
        `// journey-elements ${version}: loads the library once per page; the files next to this one are its parts.\n` +
        `const loaded = globalThis[${KEY}];\n` +
        `let api;\n` +
        `if (loaded) {\n` +
        `  if (loaded.version !== ${v}) console.warn('journey-elements ' + ${v} + ': this page already loaded journey-elements ' + loaded.version + '; using that copy.');\n` +
        `  api = loaded.api ?? (await loaded.ready);\n` +
        `} else {\n` +
        `  let loadedApi;\n` +
        `  const ready = import('./${core.fileName}');\n` +
        // Not writable, not configurable: a later copy cannot replace the classes that own the tags.
        `  try { Object.defineProperty(globalThis, ${KEY}, { value: Object.freeze({ version: ${v}, get api() { return loadedApi; }, ready }) }); } catch {}\n` +
        `  api = loadedApi = await ready;\n` +
        `}\n` +
        `export const { ${names.join(', ')} } = api;\n`;
      this.emitFile({ type: 'asset', fileName: 'journey-elements.bundle.js', source });
    },
  };
}
