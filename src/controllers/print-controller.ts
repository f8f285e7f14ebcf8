import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ColumnOptions } from '../layout/columns.js';

/**
 * Widest a printed map lays out (px at 96 dpi) unless `--journey-print-width` says otherwise: an A3
 * landscape sheet (420 mm) less the browser's default 10 mm margins and a page's 8 px body margin.
 */
export const DEFAULT_PRINT_WIDTH = 1490;

const UNITS: Record<string, number> = { px: 1, mm: 96 / 25.4, cm: 96 / 2.54, in: 96, pt: 96 / 72 };

/** `--journey-print-width` in px (px, mm, cm, in or pt), or the A3 default when unset or unreadable. */
export function printWidthOf(element: Element): number {
  const value = getComputedStyle(element).getPropertyValue('--journey-print-width').trim();
  const match = /^(\d*\.?\d+)(px|mm|cm|in|pt)$/.exec(value);
  const width = match ? Number(match[1]) * UNITS[match[2]] : NaN;
  return width > 0 ? Math.floor(width) : DEFAULT_PRINT_WIDTH;
}

/**
 * Knows when the page is being printed (the `print` media query, or between `beforeprint` and
 * `afterprint`) and asks the host to lay out for paper: every column within the print width, however
 * narrow that makes them, because paper cannot scroll.
 *
 * Browsers lay the page out for print right after `beforeprint` without running resize observers or
 * (when `window.print()` was called from a script) the microtasks Lit updates in, so `flush` must
 * update the host and its lanes synchronously.
 */
export class PrintController implements ReactiveController {
  printing = false;

  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly flush: () => void;
  private query?: MediaQueryList;

  constructor(host: ReactiveControllerHost & HTMLElement, flush: () => void) {
    this.host = host;
    this.flush = flush;
    host.addController(this);
  }

  hostConnected(): void {
    this.query = typeof matchMedia === 'function' ? matchMedia('print') : undefined;
    this.query?.addEventListener('change', this.onMediaChange);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    this.printing = this.query?.matches ?? false;
  }

  hostDisconnected(): void {
    this.query?.removeEventListener('change', this.onMediaChange);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  /** The width and column options to lay out with: unchanged on screen, fitted to the paper in print. */
  columns(measuredWidth: number, options: ColumnOptions): { width: number; options: ColumnOptions } {
    if (!this.printing) return { width: measuredWidth, options };
    const width = measuredWidth > 0 ? Math.min(measuredWidth, printWidthOf(this.host)) : printWidthOf(this.host);
    return { width, options: { ...options, minColumnWidth: 1 } };
  }

  private set(printing: boolean): void {
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
    if (printing) this.flush();
  }

  private readonly onMediaChange = (event: MediaQueryListEvent): void => this.set(event.matches);
  private readonly onBeforePrint = (): void => this.set(true);
  private readonly onAfterPrint = (): void => this.set(this.query?.matches ?? false);
}
