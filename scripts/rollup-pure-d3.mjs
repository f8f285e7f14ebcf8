import MagicString from 'magic-string';

/**
 * Rollup plugin for the one-file bundles: lets tree-shaking drop the parts of D3 that src/ never uses.
 *
 * D3 packages ship one module each (node_modules/d3-x/dist/d3-x.mjs), and a few of their exports are
 * built by a call when the module loads. Rollup cannot prove those calls free of side effects, so it
 * kept them, and everything they reach, although nothing reads their result (~8 kB minified of
 * d3-shape's curves). Each statement below was read and is side-effect free: the call only builds and
 * returns its own functions. The plugin marks those calls `/*#__PURE__*\/`, nothing else; a statement
 * not found (another D3 version) is left alone with a build warning. scripts/check-pure-d3.mjs checks
 * that the marked modules behave like the originals and that the unused curves are gone.
 *
 * The ESM build (dist/**) keeps d3 external: apps' bundlers resolve and tree-shake D3 themselves.
 */
const PURE_CALLS = {
  'd3-shape': [
    // The curves with a settable parameter: `var bundle = (function custom(beta) { … })(0.85);`.
    ...['bundle', 'cardinal', 'cardinalClosed', 'cardinalOpen', 'catmullRom', 'catmullRomClosed', 'catmullRomOpen'].map(
      (name) => [`var ${name} = (function custom(`, `var ${name} = /*#__PURE__*/ (function custom(`],
    ),
    ['var curveRadialLinear = curveRadial(', 'var curveRadialLinear = /*#__PURE__*/ curveRadial('],
  ],
  'd3-array': [
    ['const ascendingBisect = bisector(', 'const ascendingBisect = /*#__PURE__*/ bisector('],
    ['const bisectCenter = bisector(', 'const bisectCenter = /*#__PURE__*/ bisector('],
  ],
};

/**
 * `(MonotoneY.prototype = Object.create(MonotoneX.prototype)).point = function …;` is an assignment,
 * which no annotation can mark: it becomes the same prototype built by a marked call.
 */
const MONOTONE_Y = '(MonotoneY.prototype = Object.create(MonotoneX.prototype)).point = function';

/** @returns {import('rollup').Plugin} */
export function pureD3() {
  return {
    name: 'pure-d3',
    transform(code, id) {
      const match = /[\\/]node_modules[\\/](d3-shape|d3-array)[\\/]dist[\\/][^\\/]+\.mjs$/.exec(id);
      if (!match) return null;
      const magic = new MagicString(code);
      for (const [statement, marked] of PURE_CALLS[match[1]]) {
        const at = code.indexOf(statement);
        if (at < 0) this.warn(`${match[1]}: \`${statement}\` not found; left as it is`);
        else magic.overwrite(at, at + statement.length, marked);
      }
      if (match[1] === 'd3-shape') {
        const at = code.indexOf(MONOTONE_Y);
        // The function ends at the first line that closes it: `};` at the start of a line.
        const end = at < 0 ? -1 : code.indexOf('\n};', at);
        if (end < 0) this.warn('d3-shape: MonotoneY prototype not found; left as it is');
        else {
          magic.overwrite(at, at + MONOTONE_Y.length, 'MonotoneY.prototype = /*#__PURE__*/ (function (proto) { proto.point = function');
          magic.appendLeft(end + 3, ' return proto; })(Object.create(MonotoneX.prototype));');
        }
      }
      return { code: magic.toString(), map: magic.generateMap({ hires: true }) };
    },
  };
}
