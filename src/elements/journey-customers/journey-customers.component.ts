import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { emit } from '../../events.js';
import { customerString } from '../../i18n/customer-strings.js';
import type { StringOverrides } from '../../i18n/locale.js';
import type { CsvOptions } from '../../layout/export-csv.js';
import { rowKeyTarget, scrollForRow, visibleRange, type CustomerColumn, type CustomerSort, type CustomerStatus } from '../../layout/customer-table.js';
import type { CustomersSummary } from '../../model/customers.js';
import type { JourneyDocument, NormalizedJourney } from '../../model/types.js';
import { errorPanelStyles } from '../shared/error-panel.js';
import { themeStyles } from '../shared/tokens.js';
import { JourneyController } from '../../controllers/journey-controller.js';
import { customersCSV } from './customers-csv.js';
import { renderTable, ROW_HEIGHT } from './customers-template.js';
import { CustomerRows } from './customer-rows.js';
import { ScrollerWatch } from './scroller-watch.js';
import { journeyCustomersStyles } from './journey-customers.styles.js';
import { MapLinkController } from './map-link.js';
import { renderToolbar } from './toolbar-template.js';

/**
 * @tagname journey-customers
 * @summary The table of a journey's real customers: label, segment, current step, last event, experience
 * score and status (stalled for N days, finished, active); sortable by every column, filtered by step, by stalled and by name, and
 * drawn a window of rows at a time so 10 000 customers scroll smoothly.
 *
 * @fires journey-customer-select - A customer was chosen by click or Enter. Detail: `{ customerId }`.
 * @fires journey-error - The table's own document has errors or warnings, or `src` could not be loaded.
 *
 * @csspart toolbar - The search field and filters above the table.
 * @csspart search - The search field.
 * @csspart filter - The step and status filters.
 * @csspart count - "N of M customers".
 * @csspart scroller - The scroll container of the table.
 * @csspart table - The table.
 * @csspart column-header - A column header.
 * @csspart sort-button - A column's sort button.
 * @csspart row - A customer's row.
 * @csspart selected - The row of the chosen customer.
 * @csspart empty - The message shown when no customer matches.
 * @csspart link-warning - The note shown when `for` names no `<journey-map>` on the page.
 * @csspart error - The error panel shown instead of the table.
 *
 * @cssprop [--journey-customers-block-size=min(36rem, 75vh)] - Most height of the scrolling table; fewer rows take less.
 */
export class JourneyCustomers extends LitElement {
  static override styles = [themeStyles(), journeyCustomersStyles, errorPanelStyles];

  /** The journey document (never modified). Takes precedence over `src`, a child JSON script and a linked map. */
  @property({ attribute: false }) journey?: JourneyDocument;

  /** URL of a journey document in JSON. */
  @property() src?: string;

  /** Id of a `<journey-map>` to link with: its journey is listed, and choosing a customer opens them on it. */
  @property({ attribute: 'for' }) for?: string;

  /** Locale of UI strings; default the linked map's, else the nearest `lang`, else the browser's. */
  @property() locale?: string;

  /** `light` or `dark` forces the theme; `auto` follows the system's colour scheme; unset follows the host page's `color-scheme` (light when the page declares none). */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** Days without an event after which a customer counts as stalled; default the linked map's, else 14. */
  @property({ attribute: 'stall-after', type: Number }) stallAfter?: number;

  /** Id of the chosen customer (set by a click or Enter; a linked map's `customer` is kept the same). */
  @property({ reflect: true }) customer?: string;

  /** Replacements for UI strings, by key (e.g. `{ 'customers.column.score': 'CX' }`). */
  @property({ attribute: false }) strings?: StringOverrides;

  @state() private sort: CustomerSort = { column: 'label', direction: 'ascending' };
  @state() private search = '';
  /** Step index, -1 for "not on this map", undefined for every step. */
  @state() private stepFilter?: number;
  @state() private statusFilter?: CustomerStatus;
  @state() private scrollOffset = 0;
  @state() private viewport = 480;
  @state() private active = 0;

  private readonly localeController = new LocaleController(this, () => this.locale ?? this.link.settings?.intlLocale);
  private readonly link = new MapLinkController(this, () => this.for);
  /** The table's own document (`journey`, else `src`, else a child script): validated, reported once, its problems in a panel. */
  private readonly doc = new JourneyController(this, {
    journey: () => this.journey,
    src: () => this.src,
    words: () => this.localeController.translator(this.strings),
  });
  private readonly data = new CustomerRows();
  private readonly watch = new ScrollerWatch(this, () => this.scroller, ({ height, offset }) => {
    if (height !== undefined && Math.abs(height - this.viewport) >= 1) this.viewport = height;
    if (offset !== undefined) this.scrollOffset = offset;
  });
  private linkedStep?: string;

  private get scroller(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.scroller') ?? null;
  }

  /** The journey listed: the table's own document, else the linked map's. */
  private currentJourney(): NormalizedJourney | undefined {
    return this.doc.prepared ? this.doc.journey : this.link.journey;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.link.sync();
    this.localeController.resolve();
    this.doc.update(() => this.followMap(changed));
  }

  /** A step chosen on the linked map filters the table; the map's opened customer is the table's. */
  private followMap(changed: PropertyValues<this>): void {
    // A step chosen on the linked map filters the table to it.
    const chosen = this.link.settings?.selectedStepId;
    if (chosen !== this.linkedStep) {
      this.linkedStep = chosen;
      const index = chosen === undefined ? undefined : this.currentJourney()?.stepIndexById.get(chosen);
      this.stepFilter = index;
      this.active = 0;
    }
    if (this.link.map && this.link.map.customer !== undefined && !changed.has('customer')) this.customer = this.link.map.customer;
  }

  private customers(journey: NormalizedJourney): CustomersSummary {
    return this.data.summarize(journey, this.stallAfter ?? (this.link.map?.stallAfter as number | undefined));
  }

  private rows(summary: CustomersSummary): number[] {
    const { locale, intlLocale } = this.localeController;
    return this.data.rows(summary, { sort: this.sort, search: this.search, step: this.stepFilter, status: this.statusFilter, locale, intlLocale });
  }

  protected override render(): TemplateResult | typeof nothing {
    return this.doc.render(() => this.renderCustomers());
  }

  private renderCustomers(): TemplateResult | typeof nothing {
    const journey = this.currentJourney();
    const words = this.localeController.translator(this.strings);
    if (!journey) {
      return this.link.missing && !this.doc.prepared
        ? html`<p part="link-warning" class="empty" role="status">${customerString(words, 'customers.noMap', { id: this.for ?? '' })}</p>`
        : nothing;
    }
    const summary = this.customers(journey);
    if (summary.count === 0) {
      return html`<p part="empty" class="empty">${customerString(words, 'customers.none')}</p>`;
    }
    const rows = this.rows(summary);
    const active = Math.min(this.active, Math.max(0, rows.length - 1));
    const { start, end } = visibleRange(this.scrollOffset, this.viewport, ROW_HEIGHT, rows.length);
    return html`${renderToolbar({
        ...words,
        journey,
        search: this.search,
        step: this.stepFilter,
        status: this.statusFilter,
        shown: rows.length,
        total: summary.count,
        onSearch: (text) => this.resetRows(() => (this.search = text)),
        onStep: (step) => this.resetRows(() => (this.stepFilter = step)),
        onStatus: (status) => this.resetRows(() => (this.statusFilter = status)),
      })}
      <div part="scroller" class="scroller" @scroll=${this.watch.onScroll}>
        ${renderTable({
          ...words,
          journey,
          customers: summary.customers,
          rows,
          start,
          end: rows.length ? Math.max(end, Math.min(rows.length, active + 1)) : 0,
          active,
          selectedId: this.customer,
          repeated: this.data.repeated,
          sort: this.sort,
          onSort: (column) => this.sortBy(column),
          onRowKey: (event, position) => this.onRowKey(event, position, rows),
          onRowClick: (position) => this.choose(rows, position),
        })}
        ${rows.length === 0 ? html`<p part="empty" class="empty">${customerString(words, 'customers.empty')}</p>` : nothing}
      </div>`;
  }

  private resetRows(change: () => void): void {
    change();
    this.active = 0;
    this.scrollOffset = 0;
    if (this.scroller) this.scroller.scrollTop = 0;
  }

  private sortBy(column: CustomerColumn): void {
    const direction = this.sort.column === column && this.sort.direction === 'ascending' ? 'descending' : 'ascending';
    this.sort = { column, direction };
  }

  private onRowKey(event: KeyboardEvent, position: number, rows: readonly number[]): void {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.choose(rows, position);
      return;
    }
    const target = rowKeyTarget(event.key, position, rows.length, Math.max(1, Math.floor(this.viewport / ROW_HEIGHT) - 1));
    if (target === undefined) return;
    event.preventDefault();
    void this.focusRow(target);
  }

  /** Moves the tab stop to a row, scrolling it into the window first. */
  private async focusRow(position: number): Promise<void> {
    this.active = position;
    const scroller = this.scroller;
    if (scroller) {
      const head = scroller.querySelector('thead')?.getBoundingClientRect().height ?? ROW_HEIGHT;
      scroller.scrollTop = scrollForRow(position, ROW_HEIGHT, head, scroller.scrollTop, scroller.clientHeight);
      this.scrollOffset = scroller.scrollTop;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`.pick[data-position="${position}"]`)?.focus();
  }

  private choose(rows: readonly number[], position: number): void {
    const customer = this.data.customer(rows[position]);
    if (!customer) return;
    this.active = position;
    this.customer = customer.id;
    if (this.link.map) this.link.map.customer = customer.id;
    emit(this, 'journey-customer-select', { customerId: customer.id });
  }

  /**
   * The rows as filtered and sorted now, as CSV (RFC 4180, CRLF line ends): a header row in the
   * table's language, then one row per customer with the texts the table shows (dates as ISO dates,
   * scores and days as plain numbers). Cells a spreadsheet would run as a formula start with an
   * apostrophe. Starts with a UTF-8 byte order mark unless `{ bom: false }`. '' without a journey.
   */
  exportCSV({ bom = true }: CsvOptions = {}): string {
    const journey = this.currentJourney();
    if (!journey) return '';
    const summary = this.customers(journey);
    return customersCSV(summary, this.rows(summary), journey, this.localeController.translator(this.strings), bom);
  }
}
