// The flow bench's generated data (issue 16), shared by the browser page (flow-bench.js) and node's
// CPU-time run of the transition table (bench/flow-table-cpu.mjs). No DOM, no imports.

export const STEPS = 300;
const PER_STAGE = 10;
const CUSTOMERS = 10_000;
const EVENTS_EACH = 8;

/** A fixed pseudo-random sequence (mulberry32), so every run measures the same document. */
function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Step i goes on to i + 1, skips to i + 2 and loops back to i − 3: 894 transitions (299 + 298 + 297); with counts when `counted`. */
export function flowDocument(counted) {
  const rnd = random(16);
  const targets = (i) => [i + 1, i + 2, i - 3].filter((to) => to >= 0 && to < STEPS);
  const stages = Array.from({ length: STEPS / PER_STAGE }, (_, s) => ({
    id: `stage-${s}`,
    title: `Stage ${s + 1}`,
    steps: Array.from({ length: PER_STAGE }, (_, k) => {
      const i = s * PER_STAGE + k;
      const next = targets(i).map((to) => (counted ? { step: `s${to}`, count: 1 + Math.floor(rnd() * 500) } : `s${to}`));
      return { id: `s${i}`, title: `Step ${i + 1}`, next };
    }),
  }));
  return { schemaVersion: 1, title: 'Flow bench', asOf: '2026-10-01', stages };
}

/** 10 000 customers, 8 events each, walking the transitions a day apart. */
export function withCustomers() {
  const doc = flowDocument(false);
  const rnd = random(21);
  const start = Date.UTC(2026, 0, 1);
  doc.individuals = Array.from({ length: CUSTOMERS }, (_, c) => {
    let at = Math.floor(rnd() * STEPS);
    const events = [];
    for (let e = 0; e < EVENTS_EACH; e++) {
      events.push({ step: `s${at}`, at: new Date(start + (c % 200) * 86_400_000 + e * 86_400_000).toISOString().slice(0, 10) });
      const options = [at + 1, at + 2, at - 3].filter((to) => to >= 0 && to < STEPS);
      at = options[Math.floor(rnd() * options.length)] ?? at;
    }
    return { id: `c${c}`, events };
  });
  return doc;
}

/**
 * The floor the transition table is measured against: one plain pass over the events of a normalized
 * journey, looking each event's step up and comparing its date as text.
 */
export function plainPass(journey) {
  const steps = journey.stepIndexById;
  let known = 0;
  let latest = '';
  for (const individual of journey.individuals) {
    for (const event of individual.events) {
      if (steps.get(event.step) !== undefined) known++;
      if (typeof event.at === 'string' && event.at > latest) latest = event.at;
    }
  }
  return { transitions: { length: known > 0 && latest ? 894 : 0 }, source: 'individuals' };
}
