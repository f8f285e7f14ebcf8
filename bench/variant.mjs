// Builds a variant of the one-file bundle from a source tree with esbuild (minified, production Lit),
// for before/after comparisons of a fix: `node bench/variant.mjs <src-dir> <name>` writes
// bench/dist/variants/<name>.js; then `node bench/run.mjs --bundle=/bench/dist/variants/<name>.js`.
// Both sides of a comparison must be built this way (esbuild's output differs a little from rollup's).
import { build } from 'esbuild';

const [sourceDir = 'src', name = 'current'] = process.argv.slice(2);
await build({
  entryPoints: [`${sourceDir}/bundle.ts`],
  outfile: `bench/dist/variants/${name}.js`,
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2021',
  conditions: ['production'],
  tsconfig: 'tsconfig.json',
  nodePaths: ['node_modules'],
  logLevel: 'warning',
});
console.log(`variant: wrote bench/dist/variants/${name}.js from ${sourceDir}/bundle.ts`);
