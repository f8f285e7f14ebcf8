import type { ReactiveControllerHost } from 'lit';
import type { Locale } from '../i18n/locale.js';
import { SLICED_CUSTOMERS, validateJourneyInSlices } from '../model/validate-sliced.js';
import { isValidated, rememberValidation } from '../model/validated.js';

/** The length of `input.individuals` when it is a plain data property holding an array (no getter is run to find out). */
function customerCount(input: unknown): number {
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return 0;
    const list = Object.getOwnPropertyDescriptor(input, 'individuals')?.value;
    return Array.isArray(list) ? list.length : 0;
  } catch {
    return 0;
  }
}

/**
 * Validates a document with very many customers in slices (validate-sliced.ts) instead of in one
 * long task, for JourneyController: while it runs the element shows its loading status; once done
 * the result is what `validateOnce` answers for that document, and the host updates.
 */
export class SlicedValidation {
  private running?: { input: object; locale: Locale; done: Promise<void>; cancelled: boolean };

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Resolves once the validation running (if any) has finished and the host asked for its update. */
  get settled(): Promise<void> {
    return this.running?.done ?? Promise.resolve();
  }

  /**
   * True while `input` is being validated in slices: starts it for a large document not validated
   * yet in `locale`; a different input cancels the one running.
   */
  pending(input: unknown, locale: Locale): boolean {
    const running = this.running;
    if (running && running.input === input && running.locale === locale) return true;
    this.cancel();
    if (customerCount(input) <= SLICED_CUSTOMERS || isValidated(input as object, locale)) return false;
    const job = { input: input as object, locale, cancelled: false, done: Promise.resolve() };
    job.done = validateJourneyInSlices(input, { locale }, { cancelled: () => job.cancelled }).then((result) => {
      if (job.cancelled || !result) return;
      rememberValidation(job.input, locale, result);
      this.running = undefined;
      this.host.requestUpdate();
    });
    this.running = job;
    return true;
  }

  cancel(): void {
    if (this.running) this.running.cancelled = true;
    this.running = undefined;
  }
}
