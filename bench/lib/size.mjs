// Size: minified + gzip of the one-file bundle, and of each element imported alone from the ESM build
// (bundled here with esbuild, dependencies included, the way an app's bundler would pull it in).
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Leaves the dynamically imported Mermaid importer out of an element's bundle, as code splitting would. */
const lazyImporter = {
  name: 'lazy-importer',
  setup(build) {
    // `import('./mermaid.js')` from dist/import/imported-text.js (or any path ending in import/mermaid.js).
    build.onResolve({ filter: /(^\.\/|\/import\/)mermaid\.js$/ }, (args) =>
      args.kind === 'dynamic-import' && /[\\/]import$/.test(args.resolveDir) ? { path: args.path, external: true } : undefined,
    );
  },
};

/** The elements that have a defining module in dist/elements/<name>/<name>.js. */
export function elementNames() {
  return readdirSync('dist/elements', { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`dist/elements/${entry.name}/${entry.name}.js`))
    .map((entry) => entry.name)
    .sort();
}

/** Writes bench/dist/size/<name>.js per element (and the side-effect-free API) and measures them all. */
export async function measureSizes() {
  const bundle = readFileSync('dist/journey-elements.bundle.js');
  const rows = [{ name: 'journey-elements.bundle.js (everything)', file: 'dist/journey-elements.bundle.js', min: bundle.length, gzip: gzip(bundle) }];
  const entries = [
    ...elementNames().map((name) => ({ name: `<${name}> alone`, entry: `dist/elements/${name}/${name}.js`, out: `bench/dist/size/${name}.js` })),
    { name: 'define.js (all elements, ESM build)', entry: 'dist/define.js', out: 'bench/dist/size/define.js' },
    { name: 'journeyFromMermaid + journeyToMermaid alone', entry: 'dist/import/mermaid.js', out: 'bench/dist/size/import-mermaid.js' },
    { name: 'journeyFromCSV alone', entry: 'dist/import/csv.js', out: 'bench/dist/size/import-csv.js' },
  ];
  for (const { name, entry, out } of entries) {
    await build({
      entryPoints: [entry],
      outfile: out,
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2021',
      conditions: ['production'],
      legalComments: 'none',
      logLevel: 'warning',
      // The Mermaid importer is loaded on demand (import()), so an app's bundler splits it off; it is
      // measured on its own row rather than counted in every element that can load it.
      plugins: entry.includes('/import/') ? [] : [lazyImporter],
    });
    const bytes = readFileSync(out);
    rows.push({ name, file: out, min: bytes.length, gzip: gzip(bytes) });
  }
  return rows;
}
