import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { StringOverrides } from '../../i18n/locale.js';
import type { JourneyFilter } from '../../layout/filter.js';
import type { JourneyDocument } from '../../model/types.js';

/**
 * The public properties of `<journey-map>`, its CSS parts and custom properties, declared apart from
 * its behaviour (journey-map.component.ts) so that each file reads in one sitting. Not a tag itself.
 *
 * @csspart header - The header with title, state badge, goal, description and personas.
 * @csspart title - The map's title (a heading of level `heading-level`).
 * @csspart badge - The current-state / future-state badge.
 * @csspart details-toggle - In a map narrower than 640 px, the header's "Details" button that shows the freshness, the whole goal, the description and the personas.
 * @csspart goal - The goal line.
 * @csspart description - The description.
 * @csspart freshness - "Data as of …", the version and the owner.
 * @csspart review-due - The "Review due since …" status.
 * @csspart next-review - The date of the next review, while it is not due.
 * @csspart personas - The list of compact persona cards.
 * @csspart persona-button - The button over each persona card that opens the persona's full card.
 * @csspart dialog - The dialog with a persona's full card.
 * @csspart dialog-close - The dialog's close button.
 * @csspart warnings - The dismissible note listing warnings.
 * @csspart comparison - With `compareTo`: the line naming the compared document and the removed steps.
 * @csspart removed - With `compareTo`: the steps the compared document has and this one does not, folded to one line (a `<details>`) that opens to the list.
 * @csspart changes - With `compareTo`: what changed at a step, under its title.
 * @csspart ghost - With `compareTo`: a removed step's (or stage's) narrow ghost column: its header, its stage header and its cell in every lane.
 * @csspart compare-error - The problems of an invalid `compareTo` document (the map is still shown).
 * @csspart overview - The overview strip above a map whose columns do not fit (unless `no-overview`).
 * @csspart overview-stage - A stage of the overview strip, a button that takes the reader to the stage.
 * @csspart overview-spark - The emotion line of the overview strip.
 * @csspart overview-window - The window of the overview strip over the columns in view.
 * @csspart scroller - The scroll container of the grid.
 * @csspart grid - The grid (role="grid").
 * @csspart corner - The header cells above the lane names.
 * @csspart stage - A stage header.
 * @csspart step - A step header.
 * @csspart moment-of-truth - The moment-of-truth marker of a step header.
 * @csspart evidence - The evidence level of a step header.
 * @csspart customers-badge - With `individuals`: "N now, M stalled" in a step header.
 * @csspart customer-line - With `customer`: the line under the header with the customer's label, segment, current step, score and stalled days.
 * @csspart customer-lane - With `customer`: the row of the customer's events under the step headers.
 * @csspart customer-offmap - With `customer`: the customer's events on steps the map does not have.
 * @csspart customer-warning - The note shown when `customer` names no customer of the document.
 * @csspart lane - A default lane element.
 * @csspart lane-header - A default lane's row header.
 * @csspart toggle - A default lane's collapse button.
 * @csspart visibility-line - The line-of-visibility label above the backstage lane.
 * @csspart cell - A lane cell.
 * @csspart selected - Headers and cells of the selected column.
 * @csspart error - The error panel shown instead of the map.
 * @csspart loading - The loading message shown while `src` loads.
 * @csspart editor - `editable` only: the in-place editor over a cell or header.
 * @csspart edit-button - `editable` only: the header's "Edit title" and "Edit goal" buttons and the "Edit ‹name›" button under each persona's card.
 * @csspart edit-refusal - `editable` only: the note saying why a shortcut's edit was refused.
 * @csspart drop-line - `editable` only: the line showing where a dragged step header will land.
 * @csspart health - The health panel (`health`): the score and the methodology warnings.
 * @csspart health-score - The score with its word (good, needs work, poor).
 * @csspart health-link - A warning that takes the reader to its cell.
 * @csspart rollup - A stage header's roll-up (`rollups`): pain points by category, opportunities by status, the lowest emotion.
 * @csspart fix-first - The "Fix first" panel (`rollups`): the steps ranked by severity × affected × emotion.
 * @csspart fix-first-link - A ranked step, a button that takes the reader to its column.
 * @csspart filter - The filter toolbar (`toolbar`).
 * @csspart filter-control - Each select of the filter toolbar.
 * @csspart filter-clear - The toolbar's "Clear filter" button.
 * @csspart dimmed - The shade over columns outside the filter.
 * @csspart notice - The notice shown instead of the grid when the journey has more steps than a map can draw (2 000).
 *
 * @cssprop [--journey-surface=light-dark(#ffffff, #111827)] - Background of the map and cells.
 * @cssprop [--journey-surface-alt=light-dark(#f3f4f6, #1f2937)] - Background of lane headers.
 * @cssprop [--journey-text=light-dark(#1f2937, #f3f4f6)] - Text colour.
 * @cssprop [--journey-muted=light-dark(#4b5563, #9ca3af)] - Secondary text.
 * @cssprop [--journey-border=light-dark(#d1d5db, #374151)] - Borders and rules.
 * @cssprop [--journey-accent=light-dark(#1d4ed8, #93c5fd)] - Accent: badges, edges of the selected column.
 * @cssprop [--journey-on-accent=light-dark(#ffffff, #111827)] - Text on the accent colour.
 * @cssprop [--journey-selection=light-dark(#eff6ff, #1c3354)] - Background of the selected column.
 * @cssprop [--journey-focus-ring=light-dark(#1d4ed8, #93c5fd)] - Focus outline.
 * @cssprop [--journey-stage-background=light-dark(#e5e7eb, #273244)] - Stage headers.
 * @cssprop [--journey-step-background=light-dark(#f9fafb, #161e2e)] - Step headers.
 * @cssprop [--journey-moment-of-truth=light-dark(#92400e, #fbbf24)] - Moment-of-truth marker.
 * @cssprop [--journey-visibility-line=light-dark(#6b7280, #9ca3af)] - The line of visibility.
 * @cssprop [--journey-good=light-dark(#15803d, #4ade80)] - Improving metrics.
 * @cssprop [--journey-bad=light-dark(#b91c1c, #f87171)] - Worsening metrics.
 * @cssprop [--journey-emotion-positive=light-dark(#15803d, #4ade80)] - Positive emotion.
 * @cssprop [--journey-emotion-neutral=light-dark(#4b5563, #9ca3af)] - Neutral emotion.
 * @cssprop [--journey-emotion-negative=light-dark(#b91c1c, #f87171)] - Negative emotion.
 * @cssprop [--journey-pain-financial=light-dark(#a16207, #fbbf24)] - Financial pain points.
 * @cssprop [--journey-pain-process=light-dark(#1d4ed8, #93c5fd)] - Process pain points.
 * @cssprop [--journey-pain-support=light-dark(#7e22ce, #d8b4fe)] - Support pain points.
 * @cssprop [--journey-pain-performance=light-dark(#be123c, #fda4af)] - Performance pain points.
 * @cssprop [--journey-pain-custom=light-dark(#0f766e, #5eead4)] - A team's own pain-point categories.
 * @cssprop [--journey-space-1=0.25rem] - Small gap.
 * @cssprop [--journey-space-2=0.5rem] - Cell padding.
 * @cssprop [--journey-space-3=0.75rem] - Large gap.
 * @cssprop [--journey-radius=8px] - Corner radius of panels.
 * @cssprop [--journey-chip-radius=6px] - Corner radius of chips.
 * @cssprop [--journey-column-min-width=176px] - Narrowest step column; narrower hosts scroll.
 * @cssprop [--journey-header-width=160px] - Width of the sticky lane-header column.
 * @cssprop [--journey-max-block-size=80vh] - Height after which the grid scrolls with sticky headers.
 * @cssprop [--journey-step-title-lines=4] - Lines of a step title in its header before it ends in … (the whole title is its tooltip).
 * @cssprop [--journey-print-width=1490px] - Widest the map lays out when printed (px, mm, cm, in or pt); the default fits A3 landscape. Not a theme token: unset unless the page sets it.
 */
export class JourneyMapProperties extends LitElement {
  /** The journey document (never modified). Takes precedence over `src` and a child JSON (or `text/x-mermaid`) script. */
  @property({ attribute: false }) journey?: JourneyDocument;

  /** URL of a journey document in JSON, or of a Mermaid `journey` (`.mmd`, `text/vnd.mermaid`). */
  @property() src?: string;

  /** Locale of UI strings and messages; default the nearest `lang`, else the browser's. */
  @property() locale?: string;

  /** Comma-separated lane kinds (`text:<field>` for a custom field), used when the document has no `lanes`. */
  @property() lanes?: string;

  /** Persona id: show only this persona's emotion and pain points. */
  @property() persona?: string;

  /** How the emotion lane draws customers' traces: `auto` (default), `lines` or `density` (see `<emotion-curve>`). */
  @property() traces?: string;

  /** `light` or `dark` forces the theme; `auto` follows the system's colour scheme; unset follows the host page's `color-scheme` (light when the page declares none). */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** Id of the selected step column. */
  @property({ reflect: true }) selected?: string;

  /** Id of a customer (`individuals`) to lay over the map: their events, trace and a header line (docs/customers.md). */
  @property({ reflect: true }) customer?: string;

  /** Days without an event after which a customer counts as stalled (default 14), before `asOf` or today. */
  @property({ attribute: 'stall-after', type: Number }) stallAfter?: number;

  /** Level (1–6) of the title heading. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Replacements for UI strings, by key (e.g. `{ 'lane.actions': 'Tasks' }`). */
  @property({ attribute: false }) strings?: StringOverrides;

  /** The current time for "Review due" (a Date or epoch milliseconds); unset uses the clock. */
  @property({ attribute: false }) now?: Date | number;

  /** Another journey document (usually the current state of a future-state map) to show this one against, matched by id. */
  @property({ attribute: false }) compareTo?: unknown;
  /** What to show in full (persona, channel, owner, category, minSeverity, evidence): steps outside it are dimmed, never removed. */
  @property({ attribute: false }) filter?: JourneyFilter;

  /** Shows the health panel: lintJourney's score and warnings, each linked to its cell (docs/insights.md). */
  @property({ type: Boolean, reflect: true }) health = false;

  /** Shows each stage's roll-up in its header and the "Fix first" panel above the grid (docs/insights.md). */
  @property({ type: Boolean, reflect: true }) rollups = false;

  /** No channel, device or owner switch markers in the touchpoint lane, nor in the export. */
  @property({ type: Boolean, reflect: true, attribute: 'no-switches' }) noSwitches = false;

  /** Shows the filter toolbar above the grid. */
  @property({ type: Boolean, reflect: true }) toolbar = false;

  /** Editing in place (docs/editing.md): every committed edit replaces `journey` and dispatches `journey-change`. */
  @property({ type: Boolean, reflect: true }) editable = false;

  /** Hides the overview strip shown above a map whose columns do not fit (stages, emotion line, the part in view). */
  @property({ attribute: 'no-overview', type: Boolean, reflect: true }) noOverview = false;
}
