export default {
  globs: ['src/elements/**/*.component.ts'],
  outdir: '.',
  litelement: true,
  // The package.json field is written by hand; the analyzer would rewrite it on every run.
  packagejson: false,
};
