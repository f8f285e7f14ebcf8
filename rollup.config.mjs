import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { minifyLiterals } from './scripts/rollup-minify-literals.mjs';
import { pureD3 } from './scripts/rollup-pure-d3.mjs';
import { singleCopy, splitEntry } from './scripts/rollup-single-copy.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

// Each element's defining module is an entry, so `import 'journey-elements/dist/elements/x/x.js'`
// registers one element alone and bundlers only pull what a page uses.
const elementEntries = readdirSync('src/elements', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`src/elements/${entry.name}/${entry.name}.ts`))
  .map((entry) => `src/elements/${entry.name}/${entry.name}.ts`);

// `react` stays the app's own copy (a peer dependency of `journey-elements/react.js`); @lit/react
// is a dependency like Lit.
const external = (id) => /^(lit|@lit\/|d3-|tslib|internmap)/.test(id) || /^react(\/|$)/.test(id);

/** Ships the JSON Schema next to the modules, as `journey-elements/schema.json`. */
const schemaAsset = () => ({
  name: 'schema-asset',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'schema.json', source: readFileSync('src/model/schema.json', 'utf8') });
  },
});

export default [
  {
    input: ['src/index.ts', 'src/define.ts', 'src/samples/index.ts', 'src/react/index.ts', 'src/locales/ru.ts', 'src/locales/ro.ts', ...elementEntries],
    external,
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    // Template text minified here too: apps' bundlers leave the CSS inside Lit templates as written.
    plugins: [typescript({ tsconfig: './tsconfig.build.json' }), minifyLiterals(), schemaAsset()],
  },
  {
    input: 'src/bundle.ts',
    // For pages with no bundler: `journey-elements.bundle.js`, a small entry that loads the library once
    // per page (scripts/rollup-single-copy.mjs), its core `journey-elements.core-<hash>.js` (every element
    // and the API, the Mermaid importer inlined: docs/import-export.md), and sibling files with what
    // the core imports only when asked (`journey-elements.<feature>-<hash>.js`: editing…), all served
    // from one folder (docs/embedding.md).
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'journey-elements.core-[hash].js',
      chunkFileNames: 'journey-elements.[name]-[hash].js',
      sourcemap: true,
    },
    // The core keeps what its sibling files share with it (it exports it to them) rather than moving
    // it into a third file every page would load.
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      splitEntry({ version }),
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationDir: undefined, outDir: 'dist' }),
      // CSS and markup indentation in Lit templates, which terser leaves as written (docs/performance.md).
      minifyLiterals(),
      // Module-level calls in d3-shape/d3-array that rollup cannot prove pure (the unused curves).
      pureD3(),
      terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
  },
  {
    // The same bundle as a classic script, for portals that cannot load modules:
    // `<script src="journey-elements.iife.js">` registers the tags and sets `window.JourneyElements`.
    input: 'src/bundle.ts',
    output: { file: 'dist/journey-elements.iife.js', format: 'iife', name: 'JourneyElements', sourcemap: true, inlineDynamicImports: true },
    plugins: [
      singleCopy({ version, module: false }),
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationDir: undefined, outDir: 'dist' }),
      minifyLiterals(),
      pureD3(),
      terser({ ecma: 2021, compress: { passes: 2 }, format: { comments: false } }),
    ],
  },
];
