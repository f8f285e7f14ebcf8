/**
 * validateJourney in slices, for documents with very many customers: the same steps (validate.ts
 * `validateSteps`: the same copy, the same rules, the same problems in the same order), paused
 * between slices of customers so that the page keeps answering while 100 000 customers' events are
 * copied and checked. `validateJourney` stays synchronous; this is what an element uses above a size.
 */
import { ProblemList } from './problems.js';
import type { ValidateOptions, ValidationResult } from './types.js';
import { readLocale, unreadable, validateSteps } from './validate.js';
import { safeCopySteps } from './safe-copy-steps.js';
// The elements validate in all three languages; only `validateJourney` alone leaves Russian and
// Romanian to the app (src/i18n/messages.ts).
import '../locales/ru.js';
import '../locales/ro.js';

export interface SliceOptions {
  /** Customers copied or checked between two looks at the clock. */
  every?: number;
  /** Work per slice in ms before yielding to the page. */
  budget?: number;
  /** Checked between slices: once true, the validation stops and the promise resolves to undefined. */
  cancelled?: () => boolean;
  /** Gives the page its turn (default: `scheduler.yield()` where there is one, else a message-channel task). */
  yieldToPage?: () => Promise<void>;
}

/** Above this many customers an element validates in slices (below it, one task is short enough). */
export const SLICED_CUSTOMERS = 20_000;

interface Scheduler {
  yield?: () => Promise<void>;
}

/** A new task after the page's pending work: `scheduler.yield()`, else a message posted to ourselves (no 4 ms timer clamp). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/**
 * Resolves to exactly what `validateJourney(input, options)` returns, working at most about `budget`
 * ms at a time. Never rejects; resolves to undefined only when cancelled.
 */
export async function validateJourneyInSlices(
  input: unknown,
  options?: ValidateOptions,
  slices: SliceOptions = {},
): Promise<ValidationResult | undefined> {
  const locale = readLocale(options);
  try {
    const every = Math.max(1, slices.every ?? 250);
    const copy = (value: unknown, problems: ProblemList) => safeCopySteps(value, problems, every);
    return await runInSlices(validateSteps(input, new ProblemList(locale), locale, every, copy), slices);
  } catch {
    return unreadable(locale);
  }
}

/**
 * Runs `steps` (a generator that pauses between pieces of work) to its result, about `budget` ms
 * (default 30) at a time, giving the page its turn in between. Resolves to undefined once
 * `cancelled()` says so (checked after each pause); rejects with what the steps throw.
 */
export async function runInSlices<T>(steps: Generator<void, T>, slices: SliceOptions = {}): Promise<T | undefined> {
  const budget = slices.budget ?? 30;
  const pause = slices.yieldToPage ?? yieldToPage;
  let start = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - start < budget) continue;
    await pause();
    if (slices.cancelled?.()) return undefined;
    start = performance.now();
  }
}
