// Proves in a real browser that the built library embeds in pages it does not control
// (docs/security.md, docs/getting-started.md). Needs `npm run build` first; CI runs it. Each page is
// served over HTTP with its Content Security Policy sent as a real header, and opened in Chromium.
// ISSUE_POLICY is the strict policy of the embedding issue; STRICT_POLICY adds `img-src data:` for
// pages that show the samples (a persona picture there is a data: URL).
//
//   plain/index.html  the whole "plain HTML page" integration: the page, journey.json and a copy of
//                     the bundle's files (every dist/journey-elements.*) in one folder, under
//                     ISSUE_POLICY; `<journey-map src="journey.json">` draws, and the page requests
//                     the entry and its core only: no file of a feature a read-only map does not use
//   nonce/index.html  the same folder plus a second copy in copy2/, under NONCE_POLICY (nonce +
//                     'strict-dynamic', Trusted Types): both copies load, the second exports the first's
//                     API and requests no core of its own; a read-only map draws, and an `editable` map
//                     loads the editor's file and shows its buttons
//   no-editor/index.html  the plain folder without the editor's file, with an `editable` map: the map
//                     draws and says the editor could not be loaded; the one failed request is the
//                     editor's file, and nothing reaches the page as an error
//   csp.html          every element (a map with every lane kind, the emotion lane and persona cards; a
//                     standalone curve with individuals, a comparison and a highlighted customer; a
//                     lane; a persona card) under STRICT_POLICY: every element has a size, and the
//                     map's exportPNG() gives a PNG (its SVG goes through a data: image)
//   iife.html         the classic-script build with `<journey-map src>`, and a classic script using the
//                     `JourneyElements` global (validateJourney, the element classes), ISSUE_POLICY
//   twice.html        two copies of the module bundle (the second under another URL), under
//                     STRICT_POLICY without 'allow-duplicates': the second copy exports the first
//                     copy's API (every export the same object, `instanceof` across copies), evaluates
//                     no second Lit (so no second Trusted Types policy), maps drawn before and after work
//   twice-iife.html   two copies of the classic-script build, ISSUE_POLICY: the same guarantees (the
//                     second copy sets the same `JourneyElements` global)
//   twice-mixed.html  the classic script, then the module bundle: the bundle exports the script's API
//   twice-npm.html    the bundle, then the npm build with its own Lit and d3, with 'allow-duplicates':
//                     the bundle's classes own the tags, maps work
//   twice-npm.html again  without 'allow-duplicates': the only failures are the npm copy's Trusted
//                     Types policy (one page error, one violation); the bundle keeps maps working
//
// Prints one line per page and a summary; exits 1 on any other policy violation, page error,
// unhandled rejection, failed request, or element that did not draw.
import puppeteer from 'puppeteer-core';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChrome, CHROME_ARGS } from './chrome-path.mjs';
import { serve } from './static-server.mjs';

// Paths below are relative to the repository root, wherever the script is started from.
process.chdir(fileURLToPath(new URL('..', import.meta.url)));

/** The policy of the embedding issue, word for word, with the library's one Trusted Types policy name. */
const ISSUE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** The same plus `img-src data:`, for pages that show the samples (a persona picture is a data: URL). */
const STRICT_POLICY = ISSUE_POLICY.replace("object-src 'none'", "img-src 'self' data:; object-src 'none'");

/** A nonce-based policy (what CSP guides recommend), with Trusted Types as above. */
const NONCE = 'Y2hlY2stZW1iZWRkaW5n';
const NONCE_POLICY = [
  `script-src 'nonce-${NONCE}' 'strict-dynamic'`,
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** twice-npm.html resolves the npm build's bare imports with an inline import map: allowed by its hash. */
const importMap = /<script type="importmap">([\s\S]*?)<\/script>/.exec(readFileSync('scripts/embedding/twice-npm.html', 'utf8'))[1];
const IMPORT_MAP_STRICT = STRICT_POLICY.replace(
  "script-src 'self'",
  `script-src 'self' 'sha256-${createHash('sha256').update(importMap).digest('base64')}'`,
);
/** An app's own build next to the bundle evaluates a second Lit, whose Trusted Types policy needs this. */
const IMPORT_MAP_POLICY = `${IMPORT_MAP_STRICT} 'allow-duplicates'`;

const missing = ['dist/journey-elements.bundle.js', 'dist/journey-elements.iife.js', 'dist/define.js'].filter((file) => !existsSync(file));
if (missing.length) {
  console.error(`check-embedding: FAILED: ${missing.join(', ')} missing; run \`npm run build\` first.`);
  process.exit(1);
}

const executablePath = findChrome();
if (!executablePath) {
  console.error('check-embedding: FAILED: no Chrome or Chromium found; install chromium or set CHROME_PATH.');
  process.exit(1);
}

/** The module bundle's files: its entry, its core and the features it loads when asked (docs/embedding.md). */
const bundleFiles = readdirSync('dist').filter((file) => /^journey-elements\..*\.js$/.test(file) && file !== 'journey-elements.iife.js');
const coreFile = bundleFiles.find((file) => file.startsWith('journey-elements.core-'));
const editFile = bundleFiles.find((file) => file.startsWith('journey-elements.map-edit-feature-'));
if (!coreFile || !editFile) {
  console.error(`check-embedding: FAILED: dist/ has no journey-elements.core-*.js or map-edit-feature file (${bundleFiles.join(', ')})`);
  process.exit(1);
}

/** The plain page's folder as a site owner deploys it: the page, its JSON and the bundle's files. */
const plainSite = mkdtempSync(join(tmpdir(), 'journey-plain-'));
copyFileSync('scripts/embedding/plain/index.html', join(plainSite, 'index.html'));
copyFileSync('scripts/embedding/plain/journey.json', join(plainSite, 'journey.json'));
for (const file of bundleFiles) copyFileSync(join('dist', file), join(plainSite, file));

/** The plain folder as a deployment that left the editor's file out. */
const noEditorSite = mkdtempSync(join(tmpdir(), 'journey-no-editor-'));
copyFileSync('scripts/embedding/no-editor/index.html', join(noEditorSite, 'index.html'));
copyFileSync('scripts/embedding/plain/journey.json', join(noEditorSite, 'journey.json'));
for (const file of bundleFiles) if (file !== editFile) copyFileSync(join('dist', file), join(noEditorSite, file));

/** The nonce page's folder: the same files, and a second copy of the bundle in copy2/. */
const nonceSite = mkdtempSync(join(tmpdir(), 'journey-nonce-'));
writeFileSync(join(nonceSite, 'index.html'), readFileSync('scripts/embedding/nonce/index.html', 'utf8').replaceAll('NONCE', NONCE));
copyFileSync('scripts/embedding/nonce/page.js', join(nonceSite, 'page.js'));
copyFileSync('scripts/embedding/plain/journey.json', join(nonceSite, 'journey.json'));
mkdirSync(join(nonceSite, 'copy2'));
for (const file of bundleFiles) {
  copyFileSync(join('dist', file), join(nonceSite, file));
  copyFileSync(join('dist', file), join(nonceSite, 'copy2', file));
}

/** Installed in each page: `window.measure[name]()` says which of its checks hold. */
const MEASURE = () => {
  const size = (el) => {
    const box = el?.getBoundingClientRect();
    return Boolean(box && box.width > 0 && box.height > 0);
  };
  const drawnMap = (map) => {
    const root = map?.shadowRoot;
    const grid = root?.querySelector('[role="grid"]');
    const lanes = grid ? [...root.querySelectorAll('.lanes > :not(slot)')] : [];
    return { grid: size(grid), lanes: lanes.length, lanesWithSize: lanes.filter(size).length, text: root?.textContent ?? '' };
  };
  const fullyDrawn = (state) => state.grid && state.lanes > 0 && state.lanes === state.lanesWithSize;
  window.measure = {
    plain() {
      const map = drawnMap(document.querySelector('journey-map'));
      return {
        'map from journey.json draws its grid and lanes': fullyDrawn(map),
        'map shows the title and stages of journey.json': ['Booking a haircut', 'Find a slot', 'Finds the week full'].every((text) => map.text.includes(text)),
      };
    },
    noEditor() {
      const map = document.querySelector('journey-map');
      const state = drawnMap(map);
      return {
        'editable map draws without its editor': fullyDrawn(state) && state.text.includes('Booking a haircut'),
        'the map says the editor could not be loaded': map?.shadowRoot?.querySelector('.edit-unavailable[role="alert"]')?.textContent === 'The editor could not be loaded; the map stays read-only.',
        'no edit button is shown': !map?.shadowRoot?.querySelector('[data-edit]'),
      };
    },
    nonce() {
      const readOnly = drawnMap(document.getElementById('readonly'));
      const editable = document.getElementById('editable');
      return {
        'read-only map draws': fullyDrawn(readOnly) && readOnly.text.includes('Booking a haircut'),
        'editable map draws and shows its edit buttons once the editor has loaded': fullyDrawn(drawnMap(editable)) && Boolean(editable?.shadowRoot?.querySelector('[data-edit="title"]')),
        'first copy owns the tags': window.firstCopyWins === true,
        "the second copy's exports are the first copy's": window.sameApi === true,
        "an element is an instance of both copies' class": window.instanceAcrossCopies === true,
      };
    },
    csp() {
      const map = document.querySelector('journey-map');
      const mapState = drawnMap(map);
      const emotionLane = map.shadowRoot?.querySelector('emotion-curve');
      const laneBody = emotionLane?.shadowRoot?.querySelector('.lane-body');
      const cards = [...(map.shadowRoot?.querySelectorAll('persona-card') ?? [])];
      const curve = document.getElementById('curve').shadowRoot;
      const lane = document.getElementById('lane');
      const persona = document.getElementById('persona');
      if (mapState.grid && !window.png) {
        // exportPNG draws the map's SVG through a data: image, which this policy allows.
        window.png = { pending: true };
        map.exportPNG({ scale: 1 }).then(
          (blob) => (window.png = { type: blob.type, size: blob.size }),
          (error) => (window.png = { error: String(error) }),
        );
      }
      return {
        'map grid': mapState.grid,
        'map lanes (12 kinds) all with a size': mapState.lanes === 12 && mapState.lanesWithSize === 12,
        'emotion lane of the map has a size and a line': size(laneBody) && Boolean(laneBody?.querySelector('path.line')),
        'persona cards in the map header': cards.length > 0 && cards.every(size),
        'standalone curve plot has a size': size(curve?.querySelector('[part~="plot"]')),
        'standalone curve draws individuals (canvas)': size(curve?.querySelector('canvas.traces')),
        'standalone curve highlights a customer': Boolean(curve?.querySelector('.highlight path.highlight__line')),
        'standalone curve tick labels are placed': [...(curve?.querySelectorAll('.tick') ?? [])].some((tick) => tick.style.insetBlockStart !== ''),
        'standalone lane grid has a size': size(lane.shadowRoot?.querySelector('[role="grid"]')),
        'persona card has a size and the name': size(persona) && Boolean(persona.shadowRoot?.textContent.includes('Dana')),
        'exportPNG gives a PNG under the strict policy': window.png?.type === 'image/png' && window.png.size > 1000,
      };
    },
    iife() {
      const scripted = drawnMap(document.getElementById('scripted'));
      return {
        'map from src draws (classic script)': fullyDrawn(drawnMap(document.querySelector('journey-map'))),
        'JourneyElements.validateJourney accepts a document and reports a broken one': window.iifeApi?.valid === true && window.iifeApi.invalidReported === true,
        'JourneyElements.JourneyMap is the class of <journey-map>': window.iifeApi?.ownsTag === true,
        'map given .journey by a classic script draws': fullyDrawn(scripted) && scripted.text.includes('Renewing a parking permit'),
      };
    },
    twice() {
      return {
        'first copy owns every tag': window.firstCopyWins === true,
        'map from src draws': fullyDrawn(drawnMap(document.getElementById('early'))),
        'map created after both copies draws': fullyDrawn(drawnMap(document.getElementById('late'))),
      };
    },
    oneCopy() {
      return {
        ...window.measure.twice(),
        "the second copy's exports are the first copy's": window.sameApi === true,
        'an element is an instance of both copies\' class': window.instanceAcrossCopies === true,
      };
    },
  };
};

/** Each server sends one policy; the key names it in the output. */
const servers = {
  'issue policy, bundle next to the page': await serve(plainSite, { headers: { 'content-security-policy': ISSUE_POLICY } }),
  'issue policy, the editor left out': await serve(noEditorSite, { headers: { 'content-security-policy': ISSUE_POLICY } }),
  'nonce + strict-dynamic, copies next to the page': await serve(nonceSite, { headers: { 'content-security-policy': NONCE_POLICY } }),
  'issue policy': await serve('.', { headers: { 'content-security-policy': ISSUE_POLICY } }),
  strict: await serve('.', { headers: { 'content-security-policy': STRICT_POLICY } }),
  'strict + import map hash': await serve('.', { headers: { 'content-security-policy': IMPORT_MAP_STRICT } }),
  'strict + allow-duplicates + import map hash': await serve('.', { headers: { 'content-security-policy': IMPORT_MAP_POLICY } }),
};

/**
 * `expected`: the page errors and policy violations the page must raise, each exactly once (a
 * regular expression each); anything else fails. `requests`: the exact set of paths the page makes.
 */
const PAGES = [
  // A read-only map: the entry and its core, nothing of the features it does not use (editing…).
  { path: '/index.html', name: 'plain/index.html', server: 'issue policy, bundle next to the page', measure: 'plain', requests: ['/index.html', '/journey-elements.bundle.js', `/${coreFile}`, '/journey.json'] },
  {
    // A deployment without the editor's file: its request fails (the one failure allowed), the map stays read-only.
    path: '/index.html',
    name: 'no-editor/index.html',
    server: 'issue policy, the editor left out',
    measure: 'noEditor',
    requests: ['/index.html', '/journey-elements.bundle.js', `/${coreFile}`, `/${editFile}`, '/journey.json'],
    missing: [`/${editFile}`],
  },
  {
    // The second copy's entry is requested, its core is not; the editable map brings the editor's file.
    path: '/index.html',
    name: 'nonce/index.html',
    server: 'nonce + strict-dynamic, copies next to the page',
    measure: 'nonce',
    requests: ['/index.html', '/journey-elements.bundle.js', '/copy2/journey-elements.bundle.js', `/${coreFile}`, `/${editFile}`, '/page.js', '/journey.json'],
  },
  { path: '/scripts/embedding/csp.html', server: 'strict', measure: 'csp' },
  { path: '/scripts/embedding/iife.html', server: 'issue policy', measure: 'iife' },
  { path: '/scripts/embedding/twice.html', server: 'strict', measure: 'oneCopy' },
  { path: '/scripts/embedding/twice-iife.html', server: 'issue policy', measure: 'oneCopy' },
  { path: '/scripts/embedding/twice-mixed.html', server: 'issue policy', measure: 'oneCopy' },
  { path: '/scripts/embedding/twice-npm.html', server: 'strict + allow-duplicates + import map hash', measure: 'twice' },
  {
    // What docs/security.md says happens when an app's own build (with its own Lit) meets the bundle
    // without 'allow-duplicates': the app's Lit cannot create its policy, that copy fails to load,
    // and the bundle keeps every map working.
    path: '/scripts/embedding/twice-npm.html',
    server: 'strict + import map hash',
    measure: 'twice',
    expected: [/^page error: .*Policy with name "lit-html" already exists/, /^violation: trusted-types: trusted-types-policy /],
  },
];

const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
const problems = [];
try {
  for (const { path, name, server: serverName, measure, requests, missing: leftOut = [], expected = [] } of PAGES) {
    const server = servers[serverName];
    const label = `${name ?? path.replace('/scripts/embedding/', '')} (${serverName})`;
    const before = problems.length;
    const report = (message) => problems.push(`${label}: ${message.length > 200 ? `${message.slice(0, 200)}…` : message}`);
    const page = await browser.newPage();
    const requested = new Set();
    const failures = [];
    await page.setViewport({ width: 1280, height: 900 });
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === server.url && url.pathname !== '/favicon.ico') requested.add(url.pathname);
      if (url.origin === server.url) request.continue();
      else request.abort('blockedbyclient');
    });
    const isMissing = (url) => leftOut.includes(new URL(url).pathname);
    page.on('requestfailed', (request) => {
      if (!isMissing(request.url())) report(`request failed: ${request.url()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico') && !(response.status() === 404 && isMissing(response.url()))) report(`HTTP ${response.status()} for ${response.url()}`);
    });
    page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
    await page.evaluateOnNewDocument(() => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.violations.push(`violation: ${event.violatedDirective}: ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
      });
      window.addEventListener('unhandledrejection', (event) => window.violations.push(`unhandled rejection: ${event.reason}`));
    });
    await page.evaluateOnNewDocument(MEASURE);
    await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle0' });
    const passed = await page
      .waitForFunction((name) => Object.values(window.measure[name]()).every(Boolean), { timeout: 20000 }, measure)
      .then(() => true, () => false);
    const checks = await page.evaluate((name) => window.measure[name](), measure);
    for (const [check, ok] of Object.entries(checks)) if (!ok) report(`not drawn: ${check}`);
    const violations = await page.evaluate(() => window.violations);
    failures.push(...violations);
    for (const failure of failures) if (!expected.some((pattern) => pattern.test(failure))) report(failure);
    for (const pattern of expected) {
      const count = failures.filter((failure) => pattern.test(failure)).length;
      if (count !== 1) report(`expected exactly one failure matching ${pattern}, got ${count}`);
    }
    if (requests) {
      const extra = [...requested].filter((request) => !requests.includes(request));
      const absent = requests.filter((request) => !requested.has(request));
      if (extra.length || absent.length) report(`requests: expected exactly ${requests.join(', ')}; extra: ${extra.join(', ') || 'none'}; not made: ${absent.join(', ') || 'none'}`);
    }
    const ok = passed && problems.length === before;
    const expectedNote = expected.length ? ` (${expected.length} expected)` : '';
    console.log(`check-embedding: ${ok ? 'ok  ' : 'FAIL'} ${label}: ${Object.keys(checks).length} checks, ${violations.length} violations, ${failures.length - violations.length} page errors${expectedNote}`);
    await page.close();
  }
} finally {
  await browser.close();
  await Promise.all(Object.values(servers).map((server) => server.close()));
  rmSync(plainSite, { recursive: true, force: true });
  rmSync(nonceSite, { recursive: true, force: true });
  rmSync(noEditorSite, { recursive: true, force: true });
}

if (problems.length) {
  console.error(`check-embedding: FAILED: ${problems.length} problem(s) in ${PAGES.length} pages\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-embedding: all ${PAGES.length} pages pass; issue policy: ${ISSUE_POLICY}; strict: the same with img-src 'self' data:; nonce: ${NONCE_POLICY}`);
