// One workload's main-thread tasks in order (tracing on, no profiler): when each top-level task
// ran, how long, and its layout, style, paint and script time. Shows how many rounds of
// render → layout → paint a map's first frame and its idle chunks take.
//
//   node bench/timeline.mjs <page> <workload> [--bundle=<url>] [--runs=3] [--layouts] [--profile [--top=40]]
// --layouts: each layout's time, objects laid out and the script that forced it (if any);
// --profile: the JS functions of the first task over 5 ms (the first render), by total and self time
// (use an unminified bundle for names: `bench/profile.mjs` writes /bench/dist/profile-bundle.js).
// Run it under the shared heavy lock like the other bench scripts (it starts Chromium).
import { buildPages, openPage, start } from './lib/browser.mjs';

const [pageName, workloadName] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const args = Object.fromEntries(process.argv.slice(2).filter((a) => a.startsWith('--')).map((a) => { const [k, v] = a.slice(2).split('='); return [k, v ?? true]; }));
const runs = Number(args.runs ?? 3);
await buildPages();
const session = await start();
const KINDS = {
  script: ['FunctionCall', 'RunMicrotasks', 'EvaluateScript', 'FireAnimationFrame', 'TimerFire', 'FireIdleCallback', 'EventDispatch'],
  style: ['UpdateLayoutTree', 'Document::recalcStyle', 'ParseAuthorStyleSheet'],
  layout: ['Layout', 'LocalFrameView::performLayout'],
  paint: ['Paint', 'PrePaint', 'Blink.PrePaint.UpdateTime', 'Layerize', 'PaintArtifactCompositor::Update', 'Commit', 'UpdateLayer', 'Blink.CompositingInputs.UpdateTime'],
};
try {
  const handle = await openPage(session, pageName, args.bundle);
  const { page } = handle;
  for (let i = 0; i < 3; i++) {
    await page.evaluate((n) => window.bench.setup(n), workloadName);
    await page.evaluate((n) => window.bench.run(n), workloadName);
    await page.evaluate(() => window.bench.settle());
    await page.evaluate((n) => window.bench.teardown(n), workloadName);
  }
  for (let r = 0; r < runs; r++) {
    await page.evaluate((n) => window.bench.setup(n), workloadName);
    await page.evaluate(() => window.gc());
    if (args.profile) { await handle.cdp.send('Profiler.enable'); await handle.cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await handle.cdp.send('Profiler.start'); }
    await page.tracing.start({ categories: ['toplevel', 'devtools.timeline', 'blink', 'v8.execute', 'disabled-by-default-devtools.timeline.stack'] });
    const wall = await page.evaluate((n) => window.bench.run(n), workloadName);
    await page.evaluate(() => window.bench.settle());
    const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents;
    const profile = args.profile ? (await handle.cdp.send('Profiler.stop')).profile : undefined;
    await page.evaluate((n) => window.bench.teardown(n), workloadName);
    const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const spans = mains.map((m) => events.filter((e) => e.ph === 'X' && e.pid === m.pid && e.tid === m.tid && e.dur > 0)).reduce((a, b) => (b.length > a.length ? b : a), []).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const top = [];
    let end = 0;
    for (const s of spans) {
      if (s.ts >= end) { top.push({ ...s, kids: [] }); end = s.ts + s.dur; } else top[top.length - 1].kids.push(s);
    }
    const first = top.find((t) => t.dur > 1)?.ts ?? 0;
    console.log(`\nrun ${r + 1}: wall ${wall.toFixed(1)} ms`);
    let sum = 0;
    for (const t of top) {
      if (t.dur < 300) continue;
      const by = {};
      for (const [kind, names] of Object.entries(KINDS)) {
        // outermost spans of each kind only
        let kindEnd = 0; let ms = 0;
        for (const k of t.kids) if (names.includes(k.name) && k.ts >= kindEnd) { ms += k.dur; kindEnd = k.ts + k.dur; }
        by[kind] = (ms / 1000).toFixed(1);
      }
      const layouts = t.kids.filter((k) => k.name === 'Layout' || k.name === 'LocalFrameView::performLayout').length;
      const names = [...new Set(t.kids.filter((k) => KINDS.script.includes(k.name)).map((k) => k.name))].join(',');
      sum += t.dur;
      if (args.layouts) for (const k of t.kids.filter((k) => k.name === 'Layout')) {
        const stack = (k.args?.beginData?.stackTrace ?? []).slice(0, 4).map((f) => `${f.functionName}:${f.lineNumber}`).join(' < ');
        console.log(`        layout ${(k.dur / 1000).toFixed(1)} ms  objects ${k.args?.beginData?.dirtyObjects ?? '?'}/${k.args?.beginData?.totalObjects ?? '?'}  ${stack}`);
      }
      console.log(`${((t.ts - first) / 1000).toFixed(1).padStart(7)} ms  ${(t.dur / 1000).toFixed(1).padStart(6)} ms  ${t.name.padEnd(28)} script ${by.script.padStart(5)} style ${by.style.padStart(5)} layout ${by.layout.padStart(5)} (${layouts}) paint ${by.paint.padStart(5)}  ${names}`);
    }
    if (profile) {
      // Functions by total time within the first task of more than 5 ms (the first render).
      const task = top.find((t) => t.dur > 5000);
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const parent = new Map();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      const total = new Map(); const self = new Map();
      let ts = profile.startTime;
      profile.samples.forEach((id, i) => {
        ts += profile.timeDeltas[i];
        if (ts < task.ts || ts > task.ts + task.dur) return;
        const dt = profile.timeDeltas[i + 1] ?? 100;
        const key = (node) => `${node.callFrame.functionName || '(anon)'}:${node.callFrame.lineNumber + 1}`;
        self.set(key(byId.get(id)), (self.get(key(byId.get(id))) ?? 0) + dt);
        const seen = new Set();
        for (let c = id; c !== undefined; c = parent.get(c)) { const k = key(byId.get(c)); if (seen.has(k)) continue; seen.add(k); total.set(k, (total.get(k) ?? 0) + dt); }
      });
      const show = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, Number(args.top ?? 40)).map(([k, us]) => `${(us / 1000).toFixed(1).padStart(6)}  ${k}`).join('\n');
      console.log(`first task (${(task.dur / 1000).toFixed(1)} ms), total time:\n${show(total)}\nself time:\n${show(self)}`);
    }
    console.log(`sum of tasks ≥0.3 ms: ${(sum / 1000).toFixed(1)} ms`);
  }
} finally {
  await session.close();
}
