import type { Locale } from '../i18n/locale.js';
import { problemMessage, type ValidationCode } from '../i18n/messages.js';
import { problemPlace } from './problem-place.js';
import type { JourneyProblem, Severity } from './types.js';

/** Problems kept per severity; the rest are counted in one final `too-many-problems` entry. */
export const MAX_PROBLEMS_PER_SEVERITY = 100;

/** JSON Pointer (RFC 6901) of `key` inside the value at `parent`. */
export function pointer(parent: string, key: string | number): string {
  const token = String(key);
  return `${parent}/${token.includes('~') || token.includes('/') ? token.replace(/~/g, '~0').replace(/\//g, '~1') : token}`;
}

export type MessageValues = Record<string, string | number>;

/**
 * Collects problems in document order. A huge broken document could produce a problem per value, so
 * only the first problems of each severity get a message; the others are only counted.
 */
export class ProblemList {
  readonly errors: JourneyProblem[] = [];
  readonly warnings: JourneyProblem[] = [];
  private droppedErrors = 0;
  private droppedWarnings = 0;

  /** The document the paths point into, once there is one: each problem then names its item (`place`). */
  private doc?: unknown;

  constructor(private readonly locale: Locale) {}

  /** Names each later problem's stage, step or other item from `doc` (read when the problem is added, before any repair). */
  placeIn(doc: unknown): void {
    this.doc = doc;
  }

  error(code: ValidationCode, path: string, values?: MessageValues): void {
    this.add('error', code, path, values);
  }

  warning(code: ValidationCode, path: string, values?: MessageValues, hint?: { code: ValidationCode; values: MessageValues }): void {
    this.add('warning', code, path, values, hint);
  }

  /** Adds a problem; a `hint` (such as "Did you mean “address”?") is a second message appended to its own. */
  add(severity: Severity, code: ValidationCode, path: string, values: MessageValues = {}, hint?: { code: ValidationCode; values: MessageValues }): void {
    const list = severity === 'error' ? this.errors : this.warnings;
    if (list.length >= MAX_PROBLEMS_PER_SEVERITY) {
      if (severity === 'error') this.droppedErrors++;
      else this.droppedWarnings++;
      return;
    }
    let message = problemMessage(code, this.locale, values);
    if (hint) message = `${message} ${problemMessage(hint.code, this.locale, hint.values)}`;
    const problem: JourneyProblem = { path, code, message, severity };
    const place = this.doc === undefined ? undefined : problemPlace(this.doc, path, this.locale);
    if (place) problem.place = place;
    list.push(problem);
  }

  /** Appends the `too-many-problems` entries; call once, after the last problem. */
  finish(): void {
    const summary = (severity: Severity, count: number): JourneyProblem => ({
      path: '',
      code: 'too-many-problems',
      message: problemMessage('too-many-problems', this.locale, { count }),
      severity,
    });
    if (this.droppedErrors > 0) this.errors.push(summary('error', this.droppedErrors));
    if (this.droppedWarnings > 0) this.warnings.push(summary('warning', this.droppedWarnings));
  }
}
