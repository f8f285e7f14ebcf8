// The in-page side of the benchmark. Each workload has an untimed `setup`, a timed `run` (the work
// only; the harness then waits for the next frame), a `check` that proves the work drew what it should,
// and a `teardown`. run.mjs drives them over the DevTools protocol and reads the busy time around `run`.

const workloads = new Map();
const SETTLE_FRAMES = 3;

/** Registers a workload: { setup(params), run(), check(), teardown() }; all may be async. */
export function workload(name, definition) {
  workloads.set(name, definition);
}

/** Resolves after the frame that shows the work: one rAF gets into the next frame, a second one past it. */
export function nextFrame() {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** A fresh container of a fixed width, so every library draws into the same box. */
export function freshContainer(width) {
  const container = document.createElement('div');
  container.className = 'bench-container';
  if (width) container.style.inlineSize = `${width}px`;
  document.body.append(container);
  return container;
}

/** All text under a node, through open shadow roots and slots' light DOM: what a reader could see. */
export function deepText(node) {
  let text = '';
  const walk = (current) => {
    if (current.nodeType === Node.TEXT_NODE) {
      text += current.data;
      return;
    }
    if (current.shadowRoot) walk(current.shadowRoot);
    for (const child of current.childNodes) walk(child);
  };
  walk(node);
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * What changed on screen, roughly: all text plus the attributes that carry drawn values (path data,
 * positions, ARIA labels), through open shadow roots. Used only by checks, never timed.
 */
export function deepSignature(node) {
  const parts = [];
  const walk = (current) => {
    if (current.nodeType === Node.TEXT_NODE) parts.push(current.data);
    else if (current.nodeType === Node.ELEMENT_NODE) {
      for (const name of ['d', 'cx', 'cy', 'transform', 'aria-label', 'style']) {
        const value = current.getAttribute(name);
        if (value) parts.push(value);
      }
    }
    if (current.shadowRoot) walk(current.shadowRoot);
    for (const child of current.childNodes) walk(child);
  };
  walk(node);
  return parts.join('|');
}

/** Counts nodes under a node, through open shadow roots. */
export function deepNodeCount(node) {
  let count = 0;
  const walk = (current) => {
    count++;
    if (current.shadowRoot) walk(current.shadowRoot);
    for (const child of current.childNodes) walk(child);
  };
  walk(node);
  return count;
}

function get(name) {
  const definition = workloads.get(name);
  if (!definition) throw new Error(`unknown workload ${name}`);
  return definition;
}

window.bench = {
  names: () => [...workloads.keys()],
  async setup(name, params) {
    await get(name).setup?.(params ?? {});
    await nextFrame();
  },
  /** Wall time in ms from the start of the work to the frame after the one that shows it. */
  async run(name) {
    const definition = get(name);
    const start = performance.now();
    await definition.run?.();
    await nextFrame();
    return performance.now() - start;
  },
  /**
   * Waits a few more frames, so work an element defers to a later frame (a re-render after its size
   * was observed, say) lands inside the busy time measured around run + settle.
   */
  async settle() {
    for (let i = 0; i < SETTLE_FRAMES; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  },
  async check(name) {
    return (await get(name).check?.()) ?? true;
  },
  async teardown(name) {
    await get(name).teardown?.();
    await nextFrame();
  },
  ready: false,
};

// No work at all: what the method itself costs (the frames waited for, the protocol calls).
workload('noop', {});
