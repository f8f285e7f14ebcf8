import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { emit } from '../events.js';
import type { Translator } from '../i18n/translator.js';
import { mapString } from '../i18n/map-strings.js';
import { ColumnsMemo, type ColumnOptions } from '../layout/columns.js';
import type { ColumnLayout } from '../layout/types.js';
import type { JourneyProblem, NormalizedJourney } from '../model/types.js';
import { internalProblem, renderErrorPanel } from '../elements/shared/error-panel.js';
import { prepareJourney, type PreparedJourney } from '../model/prepare-journey.js';
import { fetchProblem, JourneySource } from './journey-source.js';
import { SlicedValidation } from './sliced-validation.js';

export interface JourneyControllerOptions {
  /** The document the element was given (`journey`: an object, JSON text or imported text); `undefined` means none. */
  journey: () => unknown;
  /** The element's `src`: with this option it also reads a fetched document, else a child JSON or Mermaid `<script>`. */
  src?: () => string | undefined;
  /** A document another element validates and reports (the linked map's), read when the element has none of its own. */
  fallback?: () => unknown;
  /** The language of the problems' messages and of the panels, with the host's overrides. */
  words: () => Translator;
  /** False while the element draws another element's journey (a lane in a map): it reads and reports nothing of its own. */
  enabled?: () => boolean;
  /** Warnings the element adds to the document's (the map's `lanes` attribute); a new array is reported again. */
  warnings?: () => readonly JourneyProblem[];
  /** Says "Loading the journey…" while `src` loads (the map); otherwise nothing is drawn until it arrives. */
  loadingStatus?: boolean;
  /** Validates a document of very many customers in slices, saying "Loading the journey…" meanwhile (sliced-validation.ts). */
  sliced?: boolean;
}

const NONE: readonly JourneyProblem[] = [];

/**
 * The journey pipeline every element that reads a document shares: input (the `journey` property,
 * else the `src` URL fetched, else a child `<script>`) → validated and normalized (once per document
 * object and language: `prepareJourney`) → column layout (memoized on journey and whole-pixel width)
 * → problems reported with one `journey-error` per document (a replacement document is reported
 * again; the same one in another language or re-rendered is not) and one per failed load → an
 * error panel instead of the element when the document has errors, did not load, or the element
 * itself failed (a throw while deriving or rendering never reaches the host page).
 *
 * Hosts call `update()` at the start of `willUpdate` (Lit runs a controller's `hostUpdate` after it,
 * too late for the element's own derived state) and draw through `render()`.
 */
export class JourneyController implements ReactiveController {
  /** The document read, validated and (without errors) normalized; undefined without one. */
  prepared?: PreparedJourney;
  /** What the element itself threw while deriving, shown as an `internal` problem. */
  crash?: unknown;
  /** Fetching `src` and reading a child script, for elements with the `src` option. */
  readonly source?: JourneySource;

  /** Validation in slices of a document with very many customers, for elements with the `sliced` option. */
  private readonly slices?: SlicedValidation;
  private readonly columns = new ColumnsMemo();
  private fromFallback = false;
  /** The `src` URL the document was read from, to name the file in problems of the whole document (a JSON syntax error). */
  private file?: string;
  /** A document of very many customers is being validated in slices. */
  private validating = false;
  private reportedInput?: unknown;
  private reportedWarnings?: readonly JourneyProblem[];
  private reportedFetch?: unknown;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: JourneyControllerOptions,
  ) {
    host.addController(this);
    if (options.src) this.source = new JourneySource(host);
    if (options.sliced) this.slices = new SlicedValidation(host);
  }

  /** Resolves once a document being validated in slices is validated (and its update requested). */
  get settled(): Promise<void> {
    return this.slices?.settled ?? Promise.resolve();
  }

  /** The normalized journey, when the document has no errors. */
  get journey(): NormalizedJourney | undefined {
    return this.prepared?.journey;
  }

  /** True while `src` is loading and nothing else gives the element a document. */
  get loading(): boolean {
    return Boolean(this.source && this.ownInput() === undefined && this.options.src?.() && this.source.fetchState.status === 'loading');
  }

  /**
   * Reads and validates the input (a look-up when nothing changed), then runs `derive`, the host's
   * own derived state; a throw in either is kept as the crash the panel shows.
   */
  update(derive?: () => void): void {
    this.crash = undefined;
    try {
      this.read();
      derive?.();
    } catch (error) {
      this.crash = error;
    }
  }

  /** The column layout of the journey at `width` (rounded down), computed once per journey, width and options. */
  layout(width: number, options: ColumnOptions, journey = this.journey): ColumnLayout | undefined {
    return journey && this.columns.get(journey, width, options);
  }

  /**
   * The element's drawing, or what stands in for it: the crash, the failed load, the loading
   * status, the document's errors. `draw` runs when none of them applies (also without a document:
   * it decides what an empty element shows); a throw in it becomes the crash panel.
   */
  render(draw: () => TemplateResult | typeof nothing): TemplateResult | typeof nothing {
    const words = this.options.words();
    try {
      if (this.crash !== undefined) return renderErrorPanel([internalProblem(this.crash)], words);
      if (this.enabled()) {
        if ((this.loading && this.options.loadingStatus) || this.validating) {
          return html`<div part="loading" class="loading" role="status">${mapString(words, 'status.loading')}</div>`;
        }
        const network = this.networkProblem();
        if (network) return renderErrorPanel([network], words, 'network');
        const prepared = this.prepared;
        if (prepared && !prepared.journey) return renderErrorPanel(prepared.result.errors, words, 'document', this.file);
      }
      return draw();
    } catch (error) {
      return renderErrorPanel([internalProblem(error)], words);
    }
  }

  hostUpdated(): void {
    this.report();
  }

  private enabled(): boolean {
    return this.options.enabled?.() ?? true;
  }

  private ownInput(): unknown {
    return this.options.journey();
  }

  private read(): void {
    this.validating = false;
    if (!this.enabled()) {
      this.prepared = undefined;
      return;
    }
    const own = this.ownInput();
    const src = this.options.src?.();
    this.source?.load(own === undefined ? src : undefined);
    let input = own !== undefined ? own : this.source?.input(Boolean(src));
    this.file = own === undefined && src && input !== undefined ? src : undefined;
    this.fromFallback = input === undefined && this.options.fallback !== undefined;
    if (this.fromFallback) input = this.options.fallback!();
    this.validating = input !== undefined && this.slices?.pending(input, this.options.words().locale) === true;
    if (this.validating) this.prepared = undefined;
    else this.prepared = input === undefined ? undefined : prepareJourney(input, this.options.words().locale, this.prepared);
  }

  /** The failed load of `src`, when nothing else gives the element a document. */
  private networkProblem(): JourneyProblem | undefined {
    if (!this.source || this.ownInput() !== undefined) return undefined;
    return fetchProblem(this.source.fetchState, this.options.words());
  }

  /** `problems` with those of the whole document (path '') placed in the file read, as the panel shows them; the prepared ones stay as they are. */
  private named(problems: JourneyProblem[]): JourneyProblem[] {
    const file = this.file;
    if (!file || !problems.some((problem) => !problem.path)) return problems;
    const place = mapString(this.options.words(), 'error.file', { name: file });
    return problems.map((problem) => (problem.path ? problem : { ...problem, place }));
  }

  /** One `journey-error` per failed load and per document (and per new set of the host's warnings). */
  private report(): void {
    if (this.crash !== undefined || !this.enabled()) return;
    const network = this.networkProblem();
    if (network) {
      if (this.reportedFetch !== this.source!.fetchState) {
        this.reportedFetch = this.source!.fetchState;
        emit(this.host, 'journey-error', { errors: [network], warnings: [], source: 'network' });
      }
      return;
    }
    const prepared = this.prepared;
    if (!prepared || this.fromFallback) {
      // No document: the next one given is reported, even if it is the one reported before.
      this.reportedInput = undefined;
      return;
    }
    const added = prepared.journey ? (this.options.warnings?.() ?? NONE) : NONE;
    if (this.reportedInput === prepared.input && this.reportedWarnings === added) return;
    this.reportedInput = prepared.input;
    this.reportedWarnings = added;
    const errors = this.named(prepared.result.errors);
    const warnings = added.length ? [...prepared.result.warnings, ...added] : prepared.result.warnings;
    if (errors.length || warnings.length) emit(this.host, 'journey-error', { errors, warnings, source: 'document' });
  }
}
