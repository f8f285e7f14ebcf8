import { toLocale } from '../i18n/locale.js';
import { importMessage } from '../i18n/import-messages.js';
import type { ProblemCode } from '../i18n/messages.js';
import type { JourneyDocument, JourneyProblem, Severity } from '../model/types.js';
// Problems in Russian and Romanian, as the importers' `locale` option promises (docs/i18n.md).
import '../locales/ru.js';
import '../locales/ro.js';

/**
 * A problem in imported text: the validator's shape plus where it is in the text. `line` and
 * `column` are 1-based; for a CSV file `line` is the spreadsheet row (a quoted cell with line
 * breaks is still one row) and `column` the column number (the message names it by letter, "D").
 */
export interface TextProblem extends JourneyProblem {
  line: number;
  column: number;
}

/** What an importer returns; it never throws. `journey` is there whenever there are no errors. */
export interface ImportResult {
  ok: boolean;
  journey?: JourneyDocument;
  errors: TextProblem[];
  warnings: TextProblem[];
}

export interface ImportOptions {
  /** Language of the problem messages: 'en' (default), 'ru', 'ro'; region subtags are ignored. */
  locale?: string;
}

/** Collects the problems of one import, localized as they are added. */
export class TextProblems {
  readonly errors: TextProblem[] = [];
  readonly warnings: TextProblem[] = [];
  private readonly locale;

  constructor(locale: string | undefined) {
    this.locale = toLocale(locale);
  }

  add(severity: Severity, code: ProblemCode, line: number, column: number, values: Record<string, string | number> = {}): void {
    const shownColumn = values.column ?? column;
    const message = importMessage(code, this.locale, { ...values, line, column: shownColumn });
    (severity === 'error' ? this.errors : this.warnings).push({ path: '', code, message, severity, line, column });
  }

  result(journey: JourneyDocument | undefined): ImportResult {
    const ok = this.errors.length === 0 && journey !== undefined;
    return { ok, journey: ok ? journey : undefined, errors: this.errors, warnings: this.warnings };
  }
}
