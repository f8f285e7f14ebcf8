import type { CSSResult, ReactiveControllerHost } from 'lit';

/**
 * A part of `<journey-map>` in a module of its own, imported the first time the map asks for it (an
 * attribute turned on), so a map that never does never downloads it. Its styles, if any, are adopted
 * by the map's shadow root when it arrives; the map re-renders then, and `pending` lets its
 * `updateComplete` wait for it. A module that cannot be loaded leaves the part out and logs a warning;
 * nothing is thrown into the page.
 */
export class OnDemand<T extends { readonly styles?: CSSResult }> {
  private value?: T;
  /** The import on its way, until it has settled. */
  pending?: Promise<void>;
  /** The import failed: the part stays out (the map may say so). */
  failed = false;
  private started = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly name: string,
    private readonly load: () => Promise<T>,
  ) {}

  /** The part once loaded; the first call with `wanted` starts the import. */
  get(wanted: boolean): T | undefined {
    if (wanted && !this.started) this.start();
    return this.value;
  }

  private start(): void {
    this.started = true;
    this.pending = this.load().then(
      (value) => {
        adoptStyles(this.host, value.styles);
        this.value = value;
        this.pending = undefined;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.pending = undefined;
        this.failed = true;
        console.warn(`journey-map: the ${this.name} could not be loaded.`, error);
        this.host.requestUpdate();
      },
    );
  }
}

/** Adds `styles` to the element's shadow root, after the sheets it has (once). */
export function adoptStyles(host: HTMLElement, styles: CSSResult | undefined): void {
  const root = host.shadowRoot;
  const sheet = styles?.styleSheet;
  if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
