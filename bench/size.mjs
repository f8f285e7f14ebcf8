// Writes bench/dist/size/<element>.js: each element's defining module from the ESM build, bundled
// with its dependencies and minified (what an app's bundler ships for `import '…/<element>.js'`), so
// size-limit can check them next to the one-file bundle. Prints minified and gzip sizes.
// Needs `npm run build` first.
import { existsSync } from 'node:fs';
import { measureSizes } from './lib/size.mjs';

if (!existsSync('dist/journey-elements.bundle.js')) {
  console.error('size: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}
for (const { name, min, gzip } of await measureSizes()) {
  console.log(`${(gzip / 1000).toFixed(1).padStart(6)} kB gzip  ${(min / 1000).toFixed(1).padStart(6)} kB min  ${name}`);
}
