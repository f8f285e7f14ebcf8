import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { emit } from '../../events.js';
import { insightString, type InsightStringKey } from '../../i18n/insight-strings.js';
import { laneString } from '../../i18n/lane-strings.js';
import type { StringOverrides } from '../../i18n/locale.js';
import { dimmedSteps, type JourneyFilter } from '../../layout/filter.js';
import { EFFORT_COLUMNS, IMPACT_ROWS, opportunityMatrix, type MatrixCard } from '../../layout/matrix.js';
import type { JourneyDocument, Level } from '../../model/types.js';
import { JourneyController } from '../../controllers/journey-controller.js';
import { themeStyles } from '../shared/tokens.js';
import { moveInCell, moveInGrid } from './matrix-keys.js';
import { opportunityMatrixStyles } from './opportunity-matrix.styles.js';

/** What the matrix needs of a map it is linked to (`for`) or placed in. */
interface LinkedMap extends HTMLElement {
  journey?: JourneyDocument;
  filter?: JourneyFilter;
  selected?: string;
}

/**
 * The document's opportunities on impact × effort.
 *
 * @tagname opportunity-matrix
 * @summary Opportunities on a 3 × 3 impact × effort matrix, each a card with its step, owner and
 * status. One tab stop; arrow keys move between cells, Enter into a cell's cards, Escape back.
 * Selecting a card dispatches `journey-select` with its step and selects the column of a linked map.
 *
 * @fires journey-select - A card was chosen: `{ stageId, stepId, lane: 'opportunities' }`.
 * @fires journey-error - The document is invalid or could not be loaded.
 *
 * @csspart grid - The matrix (role grid).
 * @csspart cell - One of the nine cells.
 * @csspart card - An opportunity card (a button).
 * @csspart unrated - The list of opportunities without impact or effort.
 *
 * @cssprop [--journey-text=light-dark(#1f2937, #f3f4f6)] - Text colour.
 * @cssprop [--journey-muted=light-dark(#4b5563, #9ca3af)] - Secondary text.
 * @cssprop [--journey-surface=light-dark(#ffffff, #111827)] - Background.
 * @cssprop [--journey-border=light-dark(#d1d5db, #374151)] - Cell and card borders.
 * @cssprop [--journey-accent=light-dark(#1d4ed8, #93c5fd)] - The selected card.
 * @cssprop [--journey-focus-ring=light-dark(#1d4ed8, #93c5fd)] - Focus outline.
 */
export class OpportunityMatrix extends LitElement {
  static override styles = [themeStyles(), opportunityMatrixStyles];

  /** The journey document; without it the matrix reads `src`, else the linked map's document. */
  @property({ attribute: false }) journey?: JourneyDocument;

  /** URL of a JSON journey document (loaded as the map loads it). */
  @property() src?: string;

  /** Id of a `<journey-map>` on the page: its document, filter and selected column are shared. */
  @property() for?: string;

  /** What to dim; default the linked map's filter. */
  @property({ attribute: false }) filter?: JourneyFilter;

  /** BCP 47 tag of the UI language; defaults to the nearest `lang` ancestor, then the browser's. */
  @property() locale?: string;

  /** Host replacements for UI strings, by key. */
  @property({ attribute: false }) strings?: StringOverrides;

  /** `light` or `dark` forces the theme; `auto` follows the system's colour scheme; unset follows the host page's `color-scheme` (light when the page declares none). */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** Key of the selected card (`stepId/index`). */
  @state() private selectedCard?: string;
  /** The cell holding the tab stop. */
  @state() private active = { row: 0, column: 0 };

  private readonly localeController = new LocaleController(this, () => this.locale);
  /**
   * Its own document (`journey`, else `src`, else a child script), else the linked map's, which the
   * map reports: validated, reported once, its problems in a panel.
   */
  private readonly doc = new JourneyController(this, {
    journey: () => this.journey,
    src: () => this.src,
    fallback: () => this.linkedMap?.journey,
    words: () => this.localeController.translator(this.strings),
  });
  private watched?: LinkedMap;
  private readonly onMapChange = () => this.requestUpdate();

  /** The map this matrix is linked to (`for`), or the map it sits in. */
  get linkedMap(): LinkedMap | undefined {
    const root = this.getRootNode() as Document | ShadowRoot;
    const byId = this.for ? (root.getElementById?.(this.for) ?? document.getElementById(this.for)) : null;
    const map = byId ?? this.closest('journey-map');
    return map?.localName === 'journey-map' ? (map as LinkedMap) : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.watchMap();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.watchMap(true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('for')) this.watchMap();
    this.localeController.resolve();
    this.doc.update();
  }

  /** Follows the linked map's document and filter: it tells through `journey-filter-change` and `journey-select`. */
  private watchMap(stop = false): void {
    const map = stop ? undefined : this.linkedMap;
    if (map === this.watched) return;
    for (const name of ['journey-filter-change', 'journey-select', 'journey-change'] as const) {
      this.watched?.removeEventListener(name, this.onMapChange);
      map?.addEventListener(name, this.onMapChange);
    }
    this.watched = map;
  }

  private text(key: InsightStringKey, values?: Record<string, string | number>): string {
    return insightString(this.localeController.translator(this.strings), key, values);
  }

  private level(kind: 'impact' | 'effort', level: Level): string {
    return laneString(this.localeController.translator(this.strings), `${kind}.${level}`);
  }

  override render(): TemplateResult | typeof nothing {
    return this.doc.render(() => this.renderMatrix());
  }

  private renderMatrix(): TemplateResult | typeof nothing {
    const journey = this.doc.journey;
    if (!journey) return nothing;
    const matrix = opportunityMatrix(journey);
    const dimmed = dimmedSteps(journey, this.filter ?? this.linkedMap?.filter);
    const total = matrix.cells.flat(2).length + matrix.unrated.length;
    if (total === 0) return html`<p class="empty">${this.text('matrix.empty')}</p>`;
    return html`<div part="grid" class="grid" role="grid" aria-label=${this.text('matrix.label')} @keydown=${this.onKeyDown}>
        <div role="row" class="row">
          <span role="columnheader" class="corner">${this.text('matrix.corner')}</span>
          ${EFFORT_COLUMNS.map((effort) => html`<span role="columnheader" class="head">${this.text('matrix.effort', { level: this.level('effort', effort) })}</span>`)}
        </div>
        ${IMPACT_ROWS.map(
          (impact, row) => html`<div role="row" class="row">
            <span role="rowheader" class="head">${this.text('matrix.impact', { level: this.level('impact', impact) })}</span>
            ${EFFORT_COLUMNS.map((effort, column) => this.renderCell(matrix.cells[row][column], row, column, impact, effort, dimmed))}
          </div>`,
        )}
      </div>
      ${matrix.unrated.length
        ? html`<section part="unrated" class="unrated" aria-label=${this.text('matrix.unrated')}>
            <h3>${this.text('matrix.unrated')}</h3>
            <ul>${matrix.unrated.map((card) => html`<li>${this.renderCard(card, dimmed, 0)}</li>`)}</ul>
          </section>`
        : nothing}`;
  }

  private renderCell(cards: MatrixCard[], row: number, column: number, impact: Level, effort: Level, dimmed?: ReadonlySet<string>): TemplateResult {
    const isActive = this.active.row === row && this.active.column === column;
    // Named by its row and column headers; the count is said after the cards, so the visible text stays the name.
    const label = this.text('matrix.cell', { impact: this.level('impact', impact), effort: this.level('effort', effort), count: cards.length });
    return html`<div role="gridcell" part="cell" class="cell" tabindex=${isActive ? 0 : -1} title=${label}
      data-row=${row} data-column=${column} @focusin=${() => (this.active = { row, column })}>
      <span class="cell__effort" aria-hidden="true">${this.text('matrix.effort', { level: this.level('effort', effort) })}</span>
      ${cards.length ? html`<ul>${cards.map((card) => html`<li>${this.renderCard(card, dimmed, -1)}</li>`)}</ul>` : nothing}
    </div>`;
  }

  private renderCard(card: MatrixCard, dimmed: ReadonlySet<string> | undefined, tabIndex: number): TemplateResult {
    const out = dimmed?.has(card.stepId) ?? false;
    const selected = this.selectedCard === card.key;
    const status = card.status ? this.text(`status.${card.status}`) : undefined;
    return html`<button part="card" type="button" tabindex=${tabIndex} data-key=${card.key} data-step-id=${card.stepId}
      class=${classMap({ card: true, dimmed: out, selected })} aria-pressed=${selected ? 'true' : 'false'}
      @click=${() => this.choose(card)}>
      <span class="card__text">${card.text}</span>
      <span class="card__meta">
        <span>${this.text('matrix.step', { step: card.stepTitle })}</span>
        ${card.owner ? html`<span>${this.text('matrix.owner', { owner: card.owner })}</span>` : nothing}
        ${status ? html`<span class="card__status" data-status=${card.status!}>${status}</span>` : nothing}
        ${out ? html`<span class="visually-hidden">${this.text('matrix.dimmed')}</span>` : nothing}
      </span>
    </button>`;
  }

  private choose(card: MatrixCard): void {
    this.selectedCard = card.key;
    const map = this.linkedMap;
    if (map) map.selected = card.stepId;
    emit(this, 'journey-select', { stageId: card.stageId, stepId: card.stepId, lane: 'opportunities' });
  }

  private onKeyDown(event: KeyboardEvent): void {
    const target = event.composedPath()[0] as HTMLElement;
    const cell = target.closest<HTMLElement>('[role="gridcell"]');
    if (!cell) return;
    const cards = Array.from(cell.querySelectorAll<HTMLElement>('button.card'));
    if (target !== cell) {
      // Focus is on a card inside the cell.
      if (event.key === 'Escape') {
        cell.focus();
      } else {
        const next = moveInCell(cards.indexOf(target), event.key, cards.length);
        if (next === undefined) return;
        cards[next].focus();
      }
      event.preventDefault();
      return;
    }
    if ((event.key === 'Enter' || event.key === 'F2' || event.key === ' ') && cards.length) {
      event.preventDefault();
      cards[0].focus();
      return;
    }
    const rtl = getComputedStyle(this).direction === 'rtl';
    const next = moveInGrid(this.active, event.key, event.ctrlKey, IMPACT_ROWS.length, EFFORT_COLUMNS.length, rtl);
    if (!next) return;
    event.preventDefault();
    this.active = next;
    this.shadowRoot?.querySelector<HTMLElement>(`[data-row="${next.row}"][data-column="${next.column}"]`)?.focus();
  }
}
