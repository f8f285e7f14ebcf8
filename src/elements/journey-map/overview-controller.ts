import { render, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { overviewLabels, overviewModel, overviewWindow, stageAt, type OverviewModel } from '../../layout/overview.js';
import type { ColumnLayout } from '../../layout/types.js';
import type { NormalizedJourney } from '../../model/types.js';
import { renderOverview } from './map-overview.js';
import { type Translator } from '../../i18n/translator.js';

export interface OverviewOptions {
  /** The box the map rendered for the strip (only while its columns overflow), or null. */
  box: () => HTMLElement | null;
  scroller: () => HTMLElement | null;
  journey: () => NormalizedJourney | undefined;
  layout: () => ColumnLayout | undefined;
  /** The persona whose emotion the sparkline draws; the mean of all when undefined. */
  persona: () => string | undefined;
  words: () => Translator & { lang?: string };
  /** Moves the focus to a stage's header in the grid. */
  focusStage: (stageId: string) => void;
}

type Idle = { cancel(): void };

function whenIdle(callback: () => void): Idle {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(callback, { timeout: 500 });
    return { cancel: () => cancelIdleCallback(id) };
  }
  const id = setTimeout(callback, 50);
  return { cancel: () => clearTimeout(id) };
}

/**
 * Draws the overview strip into the box the map renders above an overflowing grid, and keeps its
 * window on the columns in view. The strip is built in the first idle moment after the map has drawn
 * (it never delays the first frame), then redrawn on its own, not by re-rendering the map: on scroll
 * (once per frame) and when the journey, the layout or the words change.
 */
export class OverviewController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: OverviewOptions;
  private model?: OverviewModel;
  private key: unknown[] = [];
  private idle?: Idle;
  private frame?: number;
  private scroller?: HTMLElement;
  private box?: HTMLElement;
  /** Stage index holding the tab stop while the focus is in the strip. */
  private focused?: number;
  /** The names' font size in px, read once per model (a name is measured at about 0.7 of it a character: bold Cyrillic is wide). */
  private fontSize?: number;

  constructor(host: ReactiveControllerHost & HTMLElement, options: OverviewOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostUpdated(): void {
    const box = this.options.box();
    this.listen(box ? this.options.scroller() : null);
    if (!box) {
      this.box = undefined;
      return;
    }
    const journey = this.options.journey();
    const layout = this.options.layout();
    const words = this.options.words();
    // What the strip reads (overviewModel): the stages' names, the scale and each step's emotions, so
    // an update of another field (an action's text) keeps the strip (the map keeps unchanged objects).
    const key = [journey?.stages, journey?.scale, layout, this.options.persona(), words.locale, words.strings, words.lang, journey?.steps.length, ...(journey?.steps.map((step) => step.emotionByPersona) ?? [])];
    // Compared with what was built or is waiting to be: a map drawing its columns in idle chunks
    // updates again and again, and must not keep putting the strip off.
    const stale = (!this.model && !this.idle) || key.length !== this.key.length || key.some((value, i) => value !== this.key[i]);
    if (stale) {
      this.key = key;
      this.idle?.cancel();
      this.idle = whenIdle(() => {
        this.idle = undefined;
        if (!journey || !layout) return;
        this.model = overviewModel(journey, layout, this.options.persona());
        this.fontSize = undefined;
        this.paint();
      });
    } else if (box !== this.box) this.paint();
    this.box = box;
  }

  hostDisconnected(): void {
    this.idle?.cancel();
    this.idle = undefined;
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.listen(null);
  }

  /** Draws the strip with the window where the scroller is now. */
  private paint(): void {
    const box = this.options.box();
    const layout = this.options.layout();
    const scroller = this.options.scroller();
    if (!box || !layout || !scroller || !this.model) return;
    const { lang, ...words } = this.options.words();
    // Right to left, scrollLeft runs from 0 to negative values: the distance from the inline start is its size.
    const window = overviewWindow(layout, Math.abs(scroller.scrollLeft), scroller.clientWidth);
    const current = stageAt(this.model.stages, window);
    this.fontSize ??= (parseFloat(getComputedStyle(box).fontSize) || 16) * 0.75;
    const charWidth = this.fontSize * 0.7;
    const labels = overviewLabels(this.model.stages, box.clientWidth, current, (text) => text.length * charWidth);
    const inStrip = this.focused !== undefined && box.contains(this.host.shadowRoot?.activeElement ?? null);
    render(
      renderOverview({
        model: this.model,
        window,
        current,
        labels,
        tabStop: inStrip ? this.focused! : current,
        ...words,
        lang,
        onKeyDown: this.onKeyDown,
        onJump: this.jump,
      }),
      box,
      { host: this.host },
    );
  }

  private listen(scroller: HTMLElement | null): void {
    if (scroller === (this.scroller ?? null)) return;
    this.scroller?.removeEventListener('scroll', this.onScroll);
    this.scroller = scroller ?? undefined;
    this.scroller?.addEventListener('scroll', this.onScroll, { passive: true });
  }

  private readonly onScroll = (): void => {
    if (this.frame !== undefined || !this.model) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      this.paint();
    });
  };

  private buttons(): HTMLButtonElement[] {
    return Array.from(this.options.box()?.querySelectorAll<HTMLButtonElement>('.overview__stage') ?? []);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const buttons = this.buttons();
    const from = buttons.indexOf(event.target as HTMLButtonElement);
    if (from < 0) return;
    const rtl = getComputedStyle(buttons[from]).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1, ArrowDown: 1, ArrowUp: -1 }[event.key];
    let to: number | undefined;
    if (step !== undefined) to = Math.min(buttons.length - 1, Math.max(0, from + step));
    else if (event.key === 'Home') to = 0;
    else if (event.key === 'End') to = buttons.length - 1;
    if (to === undefined) return;
    event.preventDefault();
    this.focused = to;
    buttons[to].focus();
    this.paint();
  };

  /** Scrolls the grid to the stage's first column and moves the focus to the stage's header. */
  private readonly jump = (index: number): void => {
    const stage = this.model?.stages[index];
    const layout = this.options.layout();
    const scroller = this.options.scroller();
    const box = layout?.stages.find((candidate) => candidate.index === stage?.index);
    if (!stage || !box || !scroller) return;
    const rtl = getComputedStyle(scroller).direction === 'rtl';
    const left = rtl ? -box.x : box.x;
    scroller.scrollLeft = left;
    this.focused = undefined;
    this.options.focusStage(stage.stageId);
    // Focusing a header wider than the view may scroll it; the stage starts at the inline start.
    scroller.scrollLeft = left;
    this.paint();
  };
}
