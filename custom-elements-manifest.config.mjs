export default {
  globs: ["src/elements/**/*.{component,properties}.ts"],
  outdir: '.',
  litelement: true,
  // The package.json field is written by hand; the analyzer would rewrite it on every run.
  packagejson: false,
};
