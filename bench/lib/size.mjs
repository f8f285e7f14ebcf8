// Size: minified + gzip of the one-file bundle, and of each element imported alone from the ESM build
// (bundled here with esbuild, dependencies included, the way an app's bundler would pull it in).
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/**
 * Leaves every module loaded on demand (`import()`: the Mermaid importer, the map's editing) out of an
 * element's bundle, as an app's bundler splits them off: what remains is what a page downloads to
 * show the element. They are measured on rows of their own.
 */
const onDemand = {
  name: 'on-demand',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};

/** The module bundle's files in dist/: the entry, its core, and the features it loads when asked. */
export function bundleFiles() {
  return readdirSync('dist')
    .filter((file) => /^journey-elements\..*\.js$/.test(file) && file !== 'journey-elements.iife.js')
    .map((file) => `dist/${file}`);
}

/** The elements that have a defining module in dist/elements/<name>/<name>.js. */
export function elementNames() {
  return readdirSync('dist/elements', { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`dist/elements/${entry.name}/${entry.name}.js`))
    .map((entry) => entry.name)
    .sort();
}

/** Writes bench/dist/size/<name>.js per element (and the side-effect-free API) and measures them all. */
export async function measureSizes() {
  const sizeOf = (files) => files.map((file) => readFileSync(file)).reduce((sum, bytes) => ({ min: sum.min + bytes.length, gzip: sum.gzip + gzip(bytes) }), { min: 0, gzip: 0 });
  const files = bundleFiles();
  const readOnly = files.filter((file) => /journey-elements\.(bundle|core-[^.]*)\.js$/.test(file));
  const rows = [
    { name: 'journey-elements.bundle.js, what a read-only map downloads (entry + core)', file: readOnly.join(' '), ...sizeOf(readOnly) },
    { name: 'journey-elements.bundle.js with every file it can load (everything)', file: files.join(' '), ...sizeOf(files) },
    ...files
      .filter((file) => !readOnly.includes(file))
      .map((file) => ({ name: `  of which ${file.replace(/^dist\/journey-elements\.(.*)-[^-]+\.js$/, '$1')}, loaded when asked`, file, ...sizeOf([file]) })),
    { name: 'journey-elements.iife.js (classic script, everything in one file)', file: 'dist/journey-elements.iife.js', ...sizeOf(['dist/journey-elements.iife.js']) },
  ];
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
      // What is loaded on demand (import()) an app's bundler splits off; it is measured on its own row
      // rather than counted in every element that can load it.
      plugins: entry.includes('/import/') ? [] : [onDemand],
    });
    const bytes = readFileSync(out);
    rows.push({ name, file: out, min: bytes.length, gzip: gzip(bytes) });
  }
  return rows;
}
