import { html, nothing, svg, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { repeat } from 'lit/directives/repeat.js';
import { customerString } from '../../i18n/customer-strings.js';
import type { CustomerColumn, CustomerSort } from '../../layout/customer-table.js';
import { CUSTOMER_COLUMNS } from '../../layout/customer-table.js';
import type { CustomerSummary } from '../../model/customers.js';
import type { NormalizedJourney } from '../../model/types.js';
import { styleProps } from '../shared/style-props.js';
import { dataText, uiDir } from '../shared/bidi.js';
import { dataLang } from '../shared/data-lang.js';
import { customerSummaryText, rowTexts, type CustomerWords } from '../../views/customers.js';

/** Height of one body row in px; the styles give rows exactly this height so the window math holds. */
export const ROW_HEIGHT = 40;

export interface TableView extends CustomerWords {
  journey: NormalizedJourney;
  customers: readonly CustomerSummary[];
  /** Indices into `customers`, filtered and sorted. */
  rows: readonly number[];
  start: number;
  end: number;
  /** Position (in `rows`) of the row holding the tab stop. */
  active: number;
  selectedId?: string;
  /** Labels more than one customer has: those rows show the customer's id under the label. */
  repeated: ReadonlySet<string>;
  sort: CustomerSort;
  onSort: (column: CustomerColumn) => void;
  onRowKey: (event: KeyboardEvent, position: number) => void;
  onRowClick: (position: number) => void;
}

const columnName = (view: CustomerWords, column: CustomerColumn) =>
  customerString(view, `customers.column.${column}`);

const sortIcon = (direction: 'ascending' | 'descending' | undefined) =>
  svg`<svg class="sort-icon" viewBox="0 0 10 14" aria-hidden="true" focusable="false">
    <path class=${direction === 'descending' ? 'dim' : ''} d="M5 1 9 6H1z"></path>
    <path class=${direction === 'ascending' ? 'dim' : ''} d="M5 13 1 8h8z"></path>
  </svg>`;

function headerCell(view: TableView, column: CustomerColumn): TemplateResult {
  const sorted = view.sort.column === column ? view.sort.direction : undefined;
  const name = columnName(view, column);
  return html`<th scope="col" part="column-header" class=${`col col--${column}`} aria-sort=${sorted ?? 'none'}>
    <button
      type="button"
      part="sort-button"
      class="sort"
      data-column=${column}
      title=${customerString(view, 'customers.sort', { column: name })}
      @click=${() => view.onSort(column)}
    >
      <span>${name}</span>${sortIcon(sorted)}
    </button>
  </th>`;
}

/** The document's texts (a segment, a step's title) in its language; dates, scores and "80 days" in the UI's direction. */
function cellText(column: CustomerColumn, text: string, view: TableView, lang: string | undefined): TemplateResult {
  return column === 'segment' || column === 'step' ? dataText(text, lang) : html`<span dir=${uiDir(view.locale)}>${text}</span>`;
}

function bodyRow(view: TableView, position: number): TemplateResult {
  const customer = view.customers[view.rows[position]];
  const lang = dataLang(view.journey);
  const texts = rowTexts(customer, view.journey, view);
  const selected = customer.id === view.selectedId;
  const withId = view.repeated.has(customer.label) && customer.label !== customer.id;
  return html`<tr
    part=${selected ? 'row selected' : 'row'}
    class=${classMap({ row: true, selected, stalled: customer.stalled, finished: customer.finished })}
    aria-rowindex=${position + 2}
    aria-current=${selected ? 'true' : 'false'}
    data-customer-id=${customer.id}
    @click=${() => view.onRowClick(position)}
  >
    <th scope="row" class="col col--label">
      <button
        type="button"
        class="pick"
        tabindex=${position === view.active ? '0' : '-1'}
        data-position=${position}
        aria-label=${customerSummaryText(customer, view.journey, view, withId)}
        @keydown=${(event: KeyboardEvent) => view.onRowKey(event, position)}
      >${dataText(texts[0], lang)}</button>${withId ? html`<span class="id" aria-hidden="true">${customer.id}</span>` : nothing}
    </th>
    ${texts.slice(1).map((text, i) => html`<td class=${`col col--${CUSTOMER_COLUMNS[i + 1]}`} title=${text}>${cellText(CUSTOMER_COLUMNS[i + 1], text, view, lang)}</td>`)}
  </tr>`;
}

const spacer = (rows: number) =>
  rows > 0
    ? html`<tr class="spacer" aria-hidden="true"><td colspan="6" style=${styleProps({ blockSize: `${rows * ROW_HEIGHT}px` })}></td></tr>`
    : nothing;

/** The table: sortable column buttons, and only the rows in view (with spacers for the others). */
export function renderTable(view: TableView): TemplateResult {
  const positions: number[] = [];
  for (let p = view.start; p < view.end; p++) positions.push(p);
  return html`<table
    part="table"
    class="table"
    aria-label=${customerString(view, 'customers.label')}
    aria-rowcount=${view.rows.length + 1}
  >
    <thead>
      <tr aria-rowindex="1">${CUSTOMER_COLUMNS.map((column) => headerCell(view, column))}</tr>
    </thead>
    <tbody>
      ${spacer(view.start)}
      ${repeat(positions, (p) => view.rows[p], (p) => bodyRow(view, p))}
      ${spacer(view.rows.length - view.end)}
    </tbody>
  </table>`;
}
