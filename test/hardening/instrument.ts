/**
 * Counts what elements leave behind in the page: ResizeObserver and MutationObserver observations,
 * listeners on window, document and media queries, pending timeouts, intervals and animation frames.
 *
 * ES imports run before any test code, so the wrappers cannot be in place when the elements' modules
 * load; they are installed at test start and every count is a delta. The elements look these globals
 * up when they use them (not when their modules load), so the wrappers see every call.
 * Only counters and weak collections are kept: the instrumentation itself must not keep anything alive.
 */
export interface Counts {
  resizeObservations: number;
  mutationObservations: number;
  globalListeners: number;
  timeouts: number;
  intervals: number;
  animationFrames: number;
}

export interface Instrumentation {
  counts(): Counts;
  restore(): void;
}

type ObserverClass = typeof ResizeObserver | typeof MutationObserver;

/** Wraps an observer class so live observations (observe minus unobserve/disconnect) are counted. */
function countObservations(name: 'ResizeObserver' | 'MutationObserver', counter: { live: number }): () => void {
  const Original = window[name] as ObserverClass;
  const targets = new WeakMap<object, WeakSet<Node>>();
  const perObserver = new WeakMap<object, number>();
  const Counted = class extends (Original as typeof ResizeObserver) {
    override observe(target: Element, options?: ResizeObserverOptions): void {
      super.observe(target, options);
      const seen = targets.get(this) ?? new WeakSet<Node>();
      targets.set(this, seen);
      if (!seen.has(target)) {
        seen.add(target);
        perObserver.set(this, (perObserver.get(this) ?? 0) + 1);
        counter.live += 1;
      }
    }
    override unobserve(target: Element): void {
      super.unobserve(target);
      if (targets.get(this)?.delete(target)) {
        perObserver.set(this, (perObserver.get(this) ?? 1) - 1);
        counter.live -= 1;
      }
    }
    override disconnect(): void {
      super.disconnect();
      counter.live -= perObserver.get(this) ?? 0;
      perObserver.set(this, 0);
      targets.set(this, new WeakSet());
    }
  };
  // MutationObserver has no unobserve; observing the same node again replaces the options.
  (window as unknown as Record<string, unknown>)[name] = Counted;
  return () => {
    (window as unknown as Record<string, unknown>)[name] = Original;
  };
}

const isGlobalTarget = (target: EventTarget) =>
  target === window || target === document || target === document.documentElement || target === document.body || target instanceof MediaQueryList;

function listenerKey(target: EventTarget, type: string, options?: boolean | AddEventListenerOptions): string {
  const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
  const where = target === window ? 'window' : target === document ? 'document' : target instanceof MediaQueryList ? `media:${target.media}` : 'root';
  return `${where}|${type}|${capture}`;
}

export function instrument(): Instrumentation {
  const resize = { live: 0 };
  const mutation = { live: 0 };
  const restoreResize = countObservations('ResizeObserver', resize);
  const restoreMutation = countObservations('MutationObserver', mutation);

  // Listeners on page-wide targets, keyed weakly by the listener so closures over elements can be collected.
  let globalListeners = 0;
  const registered = new WeakMap<object, Set<string>>();
  const proto = EventTarget.prototype;
  const { addEventListener, removeEventListener } = proto;
  const forget = (listener: object, key: string) => {
    if (registered.get(listener)?.delete(key)) globalListeners -= 1;
  };
  proto.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    addEventListener.call(this, type, listener, options);
    if (!listener || !isGlobalTarget(this)) return;
    const key = listenerKey(this, type, options);
    const keys = registered.get(listener) ?? new Set<string>();
    registered.set(listener, keys);
    if (keys.has(key)) return;
    keys.add(key);
    globalListeners += 1;
    if (typeof options === 'object' && options.once) {
      // A once-listener removes itself when it runs; count that too.
      const wrapped = listener;
      addEventListener.call(this, type, () => forget(wrapped, key), { once: true, capture: options.capture });
    }
    if (typeof options === 'object' && options.signal) options.signal.addEventListener('abort', () => forget(listener, key), { once: true });
  };
  proto.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
    removeEventListener.call(this, type, listener, options);
    if (listener && isGlobalTarget(this)) forget(listener, listenerKey(this, type, options));
  };

  // Timers: pending ids only. Typed loosely: DOM and Node disagree on what the timer functions return.
  type Callback = (...args: unknown[]) => void;
  type Schedule = (callback: Callback, timeout?: number, ...args: unknown[]) => number;
  type Cancel = (id?: number) => void;
  const page = window as unknown as Record<string, unknown>;
  const timeouts = new Set<number>();
  const intervals = new Set<number>();
  const frames = new Set<number>();
  const original = {
    setTimeout: window.setTimeout.bind(window) as unknown as Schedule,
    clearTimeout: window.clearTimeout.bind(window) as Cancel,
    setInterval: window.setInterval.bind(window) as unknown as Schedule,
    clearInterval: window.clearInterval.bind(window) as Cancel,
    requestAnimationFrame: window.requestAnimationFrame.bind(window),
    cancelAnimationFrame: window.cancelAnimationFrame.bind(window),
  };
  const originals = Object.fromEntries(Object.keys(original).map((name) => [name, page[name]]));
  page.setTimeout = (callback: Callback, timeout?: number, ...args: unknown[]) => {
    const id = original.setTimeout(
      (...callArgs: unknown[]) => {
        timeouts.delete(id);
        callback(...callArgs);
      },
      timeout,
      ...args,
    );
    timeouts.add(id);
    return id;
  };
  page.clearTimeout = (id?: number) => {
    if (id !== undefined) timeouts.delete(id);
    original.clearTimeout(id);
  };
  page.setInterval = (callback: Callback, timeout?: number, ...args: unknown[]) => {
    const id = original.setInterval(callback, timeout, ...args);
    intervals.add(id);
    return id;
  };
  page.clearInterval = (id?: number) => {
    if (id !== undefined) intervals.delete(id);
    original.clearInterval(id);
  };
  page.requestAnimationFrame = (callback: FrameRequestCallback) => {
    const id = original.requestAnimationFrame((time) => {
      frames.delete(id);
      callback(time);
    });
    frames.add(id);
    return id;
  };
  page.cancelAnimationFrame = (id: number) => {
    frames.delete(id);
    original.cancelAnimationFrame(id);
  };

  return {
    counts: () => ({
      resizeObservations: resize.live,
      mutationObservations: mutation.live,
      globalListeners,
      timeouts: timeouts.size,
      intervals: intervals.size,
      animationFrames: frames.size,
    }),
    restore() {
      restoreResize();
      restoreMutation();
      proto.addEventListener = addEventListener;
      proto.removeEventListener = removeEventListener;
      for (const name of Object.keys(original)) page[name] = originals[name];
    },
  };
}
