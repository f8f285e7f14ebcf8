// Builds tiny apps with Vite, as a client would, against this package's `dist/` (needs
// `npm run build` first), and checks that an app pays only for what it imports:
//   validator     imports only `validateJourney` from `journey-elements`: no element, no Lit, no d3,
//                 English problem messages only, and it grows the app by at most VALIDATOR_BUDGET
//                 gzip bytes (issue 15: 10 kB; docs/performance.md);
//   validator-ru  the same plus `journey-elements/locales/ru.js`: Russian messages, and what they cost;
//   define        imports `journey-elements/define.js`: every element is still defined (package.json's
//                 `sideEffects` lists the modules that register tags, so a bundler must keep them),
//                 and the elements speak Russian and Romanian problem messages without any import;
//   element       imports one element module: that tag is defined, in all three languages too.
// "Grows by" is the app's JavaScript minus that of an app that imports nothing (`empty`: Vite's own
// module-preload polyfill, 0.4 kB, which every Vite app has).
import { build } from 'vite';
import { mkdtemp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

// Issue 15's target. Measured 9.6 kB (9 841 bytes) on 5 Dec 2026 once Russian and Romanian became locale modules.
const VALIDATOR_BUDGET = 10 * 1024;
const TAGS = ['journey-map', 'stage-lane', 'persona-card', 'emotion-curve', 'opportunity-matrix', 'journey-customers', 'journey-flow'];
const VALIDATE = `import { validateJourney } from 'journey-elements';\nconsole.log(validateJourney({}).errors.length);\n`;
const APPS = {
  empty: `console.log(0);\n`,
  validator: VALIDATE,
  'validator-ru': `import 'journey-elements/locales/ru.js';\n${VALIDATE}`,
  define: `import 'journey-elements/define.js';\n`,
  element: `import 'journey-elements/elements/journey-flow/journey-flow.js';\n`,
};
// One validation message in each language (src/i18n/messages.ts, src/locales/*.ts), and one of the importers'.
const RUSSIAN = 'встречается несколько раз';
const ROMANIAN = 'este folosit de mai multe ori';
const IMPORTER = 'a Mermaid user journey must start';

const dir = await mkdtemp(join(tmpdir(), 'journey-tree-shaking-'));
const problems = [];
const gzip = {};
try {
  await mkdir(join(dir, 'node_modules'));
  await symlink(resolve('.'), join(dir, 'node_modules', 'journey-elements'), 'dir');
  for (const [name, code] of Object.entries(APPS)) {
    await writeFile(join(dir, `${name}.js`), code);
    await writeFile(join(dir, `${name}.html`), `<!doctype html><script type="module" src="./${name}.js"></script>\n`);
    const out = join(dir, `dist-${name}`);
    await build({ root: dir, logLevel: 'error', configFile: false, build: { outDir: out, rollupOptions: { input: join(dir, `${name}.html`) } } });
    let text = '';
    for (const file of await readdir(join(out, 'assets'))) if (file.endsWith('.js')) text += await readFile(join(out, 'assets', file), 'utf8');
    // Whether a minifier writes non-ASCII text as it is or as \u escapes, the checks read the text.
    text = text.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
    gzip[name] = gzipSync(text, { level: 9 }).length;
    const grows = gzip[name] - (gzip.empty ?? 0);
    const defined = TAGS.filter((tag) => text.includes(`"${tag}"`) || text.includes(`\`${tag}\``) || text.includes(`'${tag}'`));
    const defines = /customElements\.define\(/.test(text);
    const languages = ['en', ...(text.includes(RUSSIAN) ? ['ru'] : []), ...(text.includes(ROMANIAN) ? ['ro'] : [])];
    if (name === 'empty') continue;
    console.log(
      `check-tree-shaking: ${name}: grows the app by ${(grows / 1024).toFixed(1)} kB gzip (${grows} bytes; the whole app ${(gzip[name] / 1024).toFixed(1)} kB), ` +
        `${defines ? `defines ${defined.join(', ')}` : 'defines no element'}, problem messages in ${languages.join(', ')}`,
    );
    if (name.startsWith('validator')) {
      if (defines || /lit-html|ReactiveElement|customElements/.test(text)) problems.push(`${name}: an app importing only validateJourney contains elements or Lit`);
      if (text.includes(IMPORTER)) problems.push(`${name}: an app importing only validateJourney carries the importers' messages`);
      if (text.includes(ROMANIAN)) problems.push(`${name}: carries Romanian problem messages it did not import`);
    }
    if (name === 'validator') {
      if (grows > VALIDATOR_BUDGET) problems.push(`an app importing only validateJourney grows by ${grows} bytes gzip (budget ${VALIDATOR_BUDGET})`);
      if (text.includes(RUSSIAN)) problems.push('an app importing only validateJourney carries Russian problem messages');
    }
    if (name === 'validator-ru' && !text.includes(RUSSIAN)) problems.push('importing journey-elements/locales/ru.js does not bring the Russian messages');
    if ((name === 'define' || name === 'element') && !(text.includes(RUSSIAN) && text.includes(ROMANIAN))) {
      problems.push(`${name}: the elements do not carry Russian and Romanian problem messages (src/model/validated.ts imports src/locales/*)`);
    }
    if (name === 'define' && (!defines || defined.length !== TAGS.length)) problems.push(`define.js defines only ${defined.join(', ') || 'nothing'}`);
    if (name === 'element' && (!defines || !defined.includes('journey-flow'))) problems.push('importing an element module no longer defines its tag');
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
if (problems.length) {
  console.error(`check-tree-shaking: FAILED\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('check-tree-shaking: an app pays only for what it imports');
