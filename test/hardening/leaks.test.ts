/**
 * Leaks: mounting and unmounting maps many times leaves nothing behind: no ResizeObserver or
 * MutationObserver observation, no listener on window/document/media queries, no pending timer or
 * animation frame, no unmounted element still reachable, and the heap does not grow.
 */
import { aTimeout, expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../../src/define.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { phoneSystemJourney } from '../../src/samples/index.js';
import { laptopJourney } from '../elements/map-fixture.js';
import { instrument, type Counts, type Instrumentation } from './instrument.js';

declare global {
  interface Window {
    gc?: () => void;
  }
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
}

/** Full garbage collections, each in its own task so WeakRefs read earlier can be cleared. */
async function collectGarbage(): Promise<void> {
  for (let i = 0; i < 4; i += 1) {
    await aTimeout(20);
    window.gc!();
  }
  await aTimeout(20);
}

const usedHeap = () => performance.memory!.usedJSHeapSize;

interface CycleResult {
  counts: Counts;
  /** Counts while the last map was mounted: proof that the wrappers saw the map's observers. */
  peak: Counts;
  alive: number;
}

/**
 * Mounts a fresh map with `journey`, waits until it and its lanes have rendered and been measured,
 * and removes it; `cycles` times. Returns the counts left behind and how many unmounted maps are
 * still reachable after garbage collection.
 */
async function cycle(host: HTMLElement, journey: JourneyDocument, cycles: number, probe: Instrumentation): Promise<CycleResult> {
  const refs: Array<WeakRef<HTMLElement>> = [];
  let peak = probe.counts();
  for (let i = 0; i < cycles; i += 1) {
    const map = document.createElement('journey-map');
    map.journey = journey;
    host.append(map);
    await map.updateComplete;
    // One frame: ResizeObserver callbacks run, and the re-layout they ask for renders.
    await nextFrame();
    await map.updateComplete;
    peak = probe.counts();
    map.remove();
    refs.push(new WeakRef(map));
  }
  // Anything the elements scheduled for later (animations, deferred work) gets its chance to finish.
  await aTimeout(700);
  await nextFrame();
  await collectGarbage();
  return { counts: probe.counts(), peak, alive: refs.filter((ref) => ref.deref() !== undefined).length };
}

/**
 * Unmounted maps that may still be reachable after collection. A leak keeps every one of them (the
 * curve-waiting bug kept 100 of 100); the last map and, now and then, one more that Blink's
 * conservative stack scan happens to see survive a forced GC without being leaked.
 */
const STRAY_SURVIVORS = 3;

function expectNothingLeft(before: Counts, after: Counts): void {
  expect(after).to.deep.equal(before);
}

/** A mounted map measures itself and watches its light DOM: the counters must have seen both. */
function expectObserved(before: Counts, mounted: Counts): void {
  expect(mounted.resizeObservations, 'ResizeObserver observations while mounted').to.be.above(before.resizeObservations);
  expect(mounted.mutationObservations, 'MutationObserver observations while mounted').to.be.above(before.mutationObservations);
}

describe('hardening: leaks', function () {
  this.timeout(240000);
  let probe: Instrumentation;
  let host: HTMLElement;

  before(() => {
    expect(window.gc, 'the browser runs with --js-flags=--expose-gc').to.be.a('function');
  });

  beforeEach(async () => {
    probe = instrument();
    host = await fixture<HTMLDivElement>(html`<div style="inline-size: 1100px"></div>`);
  });

  afterEach(() => probe.restore());

  it('the counters see a leaky element (so a pass means something)', async () => {
    const tag = 'leaky-test-element';
    if (!customElements.get(tag)) {
      customElements.define(
        tag,
        class extends LitElement {
          override connectedCallback(): void {
            super.connectedCallback();
            new ResizeObserver(() => undefined).observe(this);
            new MutationObserver(() => undefined).observe(this, { childList: true });
            window.addEventListener('resize', () => this.requestUpdate());
            matchMedia('(prefers-reduced-motion: reduce)').addEventListener('change', () => this.requestUpdate());
            setInterval(() => this.requestUpdate(), 100_000);
            setTimeout(() => this.requestUpdate(), 100_000);
            requestAnimationFrame(() => this.requestUpdate());
          }
        },
      );
    }
    const before = probe.counts();
    const element = document.createElement(tag);
    host.append(element);
    element.remove();
    const after = probe.counts();
    expect(after.resizeObservations - before.resizeObservations).to.equal(1);
    expect(after.mutationObservations - before.mutationObservations).to.equal(1);
    expect(after.globalListeners - before.globalListeners).to.equal(2);
    expect(after.intervals - before.intervals).to.equal(1);
    expect(after.timeouts - before.timeouts).to.equal(1);
    expect(after.animationFrames - before.animationFrames).to.equal(1);
    // Clean up what the leaky element left, so the next tests start from a quiet page.
    await nextFrame();
  });

  it('1 000 cycles of a small map leave nothing behind', async () => {
    const journey = laptopJourney();
    await cycle(host, journey, 10, probe);
    const before = probe.counts();
    const { counts, alive, peak } = await cycle(host, journey, 1000, probe);
    expectObserved(before, peak);
    expectNothingLeft(before, counts);
    expect(alive, 'unmounted maps still reachable').to.be.at.most(STRAY_SURVIVORS);
  });

  it('200 cycles of the phone-system map leave nothing behind, and the heap grows by at most 30 %', async () => {
    const journey = phoneSystemJourney;
    // Warm-up: module-level caches (number formats, templates) fill once and then stay.
    await cycle(host, journey, 10, probe);
    const heapBefore = usedHeap();
    const before = probe.counts();
    const { counts, alive, peak } = await cycle(host, journey, 200, probe);
    expectObserved(before, peak);
    const heapAfter = usedHeap();
    expectNothingLeft(before, counts);
    expect(alive, 'unmounted maps still reachable').to.be.at.most(STRAY_SURVIVORS);
    expect((heapAfter - heapBefore) / heapBefore, `heap ${heapBefore} → ${heapAfter} bytes`).to.be.at.most(0.3);
  });
});
