// Checks scripts/rollup-pure-d3.mjs, the plugin that lets the one-file bundles drop unused D3 code:
// 1. d3-shape and d3-array bundled with it, every export kept, behave exactly like the originals
//    (every curve and its parameters through line() and area(), the bisectors);
// 2. it marks the calls it should and warns about none;
// 3. a bundle of what src/layout/curve.ts imports keeps none of the unused curves.
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as shape from 'd3-shape';
import * as array from 'd3-array';
import { pureD3 } from './rollup-pure-d3.mjs';

const failures = [];
const check = (ok, message) => {
  if (!ok) failures.push(message);
};
const dir = mkdtempSync(join(tmpdir(), 'pure-d3-'));

/** Bundles `source` (an entry module) with the plugin; returns the code and the warnings. */
async function bundle(source) {
  const input = join(dir, `entry-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(input, source);
  const warnings = [];
  const build = await rollup({
    input,
    plugins: [nodeResolve({ modulePaths: [join(process.cwd(), 'node_modules')] }), pureD3()],
    onwarn: (warning) => warnings.push(warning.message),
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return { code: output[0].code, warnings };
}

try {
  // 1. Same behaviour.
  const all = await bundle("export * as shape from 'd3-shape'; export * as array from 'd3-array';");
  check(all.warnings.length === 0, `warnings: ${all.warnings.join('; ')}`);
  const marked = all.code.match(/\/\*#__PURE__\*\/ /g)?.length ?? 0;
  check(marked === 11, `expected the curve factories, MonotoneY and the bisectors marked pure, found ${marked}`);
  const file = join(dir, 'all.mjs');
  writeFileSync(file, all.code);
  const built = await import(pathToFileURL(file).href);
  const points = [[0, 1], [1, 3], [2, 2], [4, 5], [5, 1], [7, 4], [7, 2]];
  let compared = 0;
  for (const name of Object.keys(shape).filter((key) => key.startsWith('curve'))) {
    const variants = [(curve) => curve];
    if (shape[name].tension) variants.push((curve) => curve.tension(0.3));
    if (shape[name].alpha) variants.push((curve) => curve.alpha(0), (curve) => curve.alpha(1));
    if (shape[name].beta) variants.push((curve) => curve.beta(1), (curve) => curve.beta(0.3));
    for (const variant of variants) {
      for (const kind of ['line', 'area']) {
        const draw = (lib) => {
          try {
            return lib[kind]().curve(variant(lib[name]))(points);
          } catch (error) {
            return `throws ${error.message}`;
          }
        };
        compared++;
        check(draw(shape) === draw(built.shape), `${kind}().curve(${name}) draws differently`);
      }
    }
  }
  check(compared > 60, `only ${compared} curve drawings compared`);
  const sorted = [1, 2, 4, 4, 8, 16];
  for (const name of ['bisectLeft', 'bisectRight', 'bisectCenter', 'bisect']) {
    for (const value of [0, 3, 4, 5, 20]) {
      check(array[name](sorted, value) === built.array[name](sorted, value), `${name}(…, ${value}) differs`);
    }
  }

  // 3. What src/ uses, and nothing else.
  const used = await bundle(
    "export { area, curveLinear, curveMonotoneX, curveStep, line } from 'd3-shape'; export { quantileSorted, range, ticks } from 'd3-array';",
  );
  for (const gone of ['.tension', '.alpha', '.beta', 'MonotoneY', 'bisector', 'catmullRom', 'Bundle(']) {
    check(!used.code.includes(gone), `the bundle of what src/ uses still holds ${gone}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (failures.length > 0) {
  for (const failure of failures) console.error(`check-pure-d3: ${failure}`);
  process.exit(1);
}
console.log('check-pure-d3: ok (transformed d3-shape and d3-array draw and bisect like the originals; unused curves dropped)');
