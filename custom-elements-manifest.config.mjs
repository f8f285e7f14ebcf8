export default {
  globs: ['src/elements/**/*.component.ts'],
  outdir: '.',
  litelement: true,
};
