import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import type { JourneyMap } from '../src/elements/journey-map/journey-map.component.js';
import {
  bankCardJourneyRu,
  partnerProgrammeJourneyRo,
  phoneSystemFutureJourney,
  phoneSystemJourney,
  phoneSystemWithIndividuals,
} from '../src/samples/index.js';
import { renderExportBeside } from './export-beside.js';
import { passportJourneyHe } from './rtl-hebrew.js';
import { bankCardFutureRu, poorHealth, reviewedJourney, withHistory } from './over-time-documents.js';
import { documentFor } from './documents.js';
import { renderEditable } from './editing.js';
import { b2bTrialMap, b2bTrialMapRu } from './flow-documents.js';
import { customersDocument, customersDocumentRu, finishedCustomerId, firstCustomerId, firstCustomerIdRu, linkedTable, longestStalledId, offMapCustomerId, offMapDocument } from './customer-stories.js';
import {
  assetUrl,
  CORPORATE_PALETTE_CSS,
  DARK_GLOBALS,
  documentArgType,
  eventArgTypes,
  headingLevelArgType,
  inPage,
  localeArgType,
  optional,
  pageStyle,
  RTL_GLOBALS,
  stringsArgType,
  themeArgType,
  themeFor,
  type CommonArgs,
  type StoryRenderContext,
} from './helpers.js';

interface MapArgs extends CommonArgs {
  journey?: unknown;
  src?: string;
  lanes?: string;
  persona?: string;
  selected?: string;
  headingLevel?: number;
  /** A document to compare with (`compareTo`). */
  compareTo?: unknown;
  /** The map's clock (`now`), as an ISO date. */
  now?: string;
  traces?: 'auto' | 'lines' | 'density';
  /** Id of a customer to open (`customer`), and the stall threshold in days (`stall-after`). */
  customer?: string;
  stallAfter?: number;
  'stall-after'?: never;
  editable?: boolean;
  lastPatch?: unknown;
  onJourneyChange?: (event: Event) => void;
  /** The health panel (`health`). */
  health?: boolean;
  /** The filter toolbar (`toolbar`). */
  toolbar?: boolean;
  /** Stage roll-ups and the "Fix first" panel (`rollups`). */
  rollups?: boolean;
  /** No switch markers in the touchpoint lane (`no-switches`). */
  noSwitches?: boolean;
  /** The manifest's `no-switches` attribute row, hidden: `noSwitches` sets that attribute. */
  'no-switches'?: never;
  /** Hides the overview strip (`no-overview`). */
  noOverview?: boolean;
  /** The manifest's `no-overview` attribute row, hidden: `noOverview` sets that attribute. */
  'no-overview'?: never;
  /** What to show in full (`filter`); the rest is dimmed. */
  filter?: JourneyMap['filter'];
  /** The manifest's `heading-level` attribute row, hidden: `headingLevel` sets that attribute. */
  'heading-level'?: never;
}

function renderMap(args: MapArgs, context: StoryRenderContext, children: TemplateResult | typeof nothing = nothing) {
  return inPage(
    context,
    html`<journey-map
      .journey=${documentFor(args.journey) as JourneyMap['journey']}
      src=${optional(assetUrl(args.src))}
      locale=${optional(args.locale)}
      lanes=${optional(args.lanes)}
      persona=${optional(args.persona)}
      traces=${optional(args.traces)}
      theme=${optional(themeFor(args, context))}
      selected=${optional(args.selected)}
      customer=${optional(args.customer)}
      stall-after=${optional(args.stallAfter)}
      heading-level=${optional(args.headingLevel)}
      .strings=${args.strings}
      .compareTo=${args.compareTo}
      ?toolbar=${args.toolbar === true}
      ?health=${args.health === true}
      ?rollups=${args.rollups === true}
      ?no-switches=${args.noSwitches === true}
      ?no-overview=${args.noOverview === true}
      .filter=${args.filter}
      .now=${args.now ? new Date(args.now) : undefined}
      @journey-select=${args.onJourneySelect}
      @journey-error=${args.onJourneyError}
      @journey-lane-toggle=${args.onJourneyLaneToggle}
      >${children}</journey-map
    >`,
  );
}

/** A child `<script type="application/json">`: how a server-rendered page hands the map its document. */
function jsonScript(document: unknown): HTMLScriptElement {
  const script = window.document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(document, null, 2);
  return script;
}

const meta = {
  title: 'Elements/journey-map',
  component: 'journey-map',
  tags: ['autodocs'],
  render: (args, context) => renderMap(args, context),
  args: { journey: 'phone-system', headingLevel: 2 },
  argTypes: {
    journey: documentArgType('The journey document (`journey` property); takes precedence over `src`.'),
    src: { control: 'text', description: 'URL of a journey document in JSON (`src` attribute).', table: { category: 'attributes' } },
    lanes: {
      control: 'text',
      description: 'Comma-separated lane kinds (`lanes` attribute), used when the document names no lanes, e.g. `actions,emotion,painPoints,text:quotes`.',
      table: { category: 'attributes' },
    },
    persona: {
      control: 'inline-radio',
      options: ['ops', 'cfo', 'anna', 'sergey', 'mihai', 'ioana'],
      description: 'Persona id (`persona` attribute): only this persona’s emotion and pain points.',
      table: { category: 'attributes' },
    },
    selected: { control: 'text', description: 'Id of the selected step column (`selected` attribute, reflected).', table: { category: 'attributes' } },
    customer: { control: 'text', description: 'Id of a customer to lay over the map (`customer` attribute, reflected): docs/customers.md.', table: { category: 'attributes' } },
    stallAfter: { control: 'number', description: 'Days without an event after which a customer is stalled (`stall-after`, default 14).', table: { category: 'attributes' } },
    'stall-after': { table: { disable: true } },
    headingLevel: headingLevelArgType,
    'heading-level': { table: { disable: true } },
    locale: localeArgType,
    traces: {
      control: 'inline-radio',
      options: ['auto', 'lines', 'density'],
      description: 'How the emotion lane draws customers (`traces` attribute): lines, a density, or `auto` (a density above 500 customers).',
      table: { category: 'attributes' },
    },
    theme: themeArgType,
    strings: stringsArgType,
    health: { control: 'boolean', description: 'Shows the health panel (`health` attribute): lintJourney\'s score and warnings, each linked to its cell.', table: { category: 'attributes' } },
    toolbar: { control: 'boolean', description: 'Shows the filter toolbar (`toolbar` attribute): docs/insights.md.', table: { category: 'attributes' } },
    rollups: {
      control: 'boolean',
      description: 'Shows each stage\'s roll-up in its header and the "Fix first" panel (`rollups` attribute): docs/insights.md.',
      table: { category: 'attributes' },
    },
    noSwitches: {
      control: 'boolean',
      description: 'No channel, device or owner switch markers in the touchpoint lane, nor in the export (`no-switches` attribute): docs/journey-format.md.',
      table: { category: 'attributes' },
    },
    'no-switches': { table: { disable: true } },
    noOverview: {
      control: 'boolean',
      description: 'Hides the overview strip shown above a map whose columns do not fit (`no-overview` attribute): docs/reading-at-a-glance.md.',
      table: { category: 'attributes' },
    },
    'no-overview': { table: { disable: true } },
    filter: {
      control: 'object',
      description: 'What to show in full (`filter` property): `{ persona, channel, owner, category, minSeverity, evidence }`; the rest is dimmed.',
      table: { category: 'properties' },
    },
    compareTo: {
      control: 'object',
      description: 'Another journey document to show this one against (`compareTo` property), matched by id: docs/over-time.md.',
      table: { category: 'properties' },
    },
    now: { control: 'text', description: 'The map’s clock (`now` property) for "Review due", an ISO date here.', table: { category: 'properties' } },
    editable: {
      control: 'boolean',
      description: 'Editing in place (`editable` attribute): every committed edit dispatches `journey-change` with the new document and its JSON Patch (docs/editing.md).',
      table: { category: 'attributes' },
    },
    lastPatch: { control: 'object', description: 'The editable stories keep the last `journey-change` patch here.', table: { category: 'story' } },
    ...eventArgTypes,
    onJourneyChange: { action: 'journey-change', table: { category: 'events' } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The whole map: header with title, goal, state badge and personas; stages and steps as columns; one row per lane, aligned column for column. One tab stop, then arrow keys (see docs/accessibility.md).',
      },
    },
  },
} satisfies Meta<MapArgs>;

export default meta;
type Story = StoryObj<MapArgs>;

/** The English sample: a B2B buyer choosing a business phone system, as it is today. */
export const CurrentState: Story = {};

export const FutureState: Story = {
  args: { journey: 'phone-system-future' },
  parameters: { docs: { description: { story: 'The same journey as the team wants it to be (`state: "future"`).' } } },
};

export const RussianBankCard: Story = {
  args: { journey: 'bank-card-ru', locale: 'ru' },
  parameters: { docs: { description: { story: 'A Russian map: a retail customer ordering a debit card, UI strings in Russian.' } } },
};

export const RomanianPartnerProgramme: Story = {
  args: { journey: 'partner-programme-ro', locale: 'ro' },
  parameters: {
    docs: { description: { story: 'A Romanian map of a partner programme, with its own lane order and titles (document `lanes`).' } },
  },
};

export const LoadedFromSrc: Story = {
  args: { journey: undefined, src: 'assets/phone-system.json' },
  parameters: { docs: { description: { story: '`src="assets/phone-system.json"`: a loading message, then the map.' } } },
};

export const FromJsonScript: Story = {
  args: { journey: undefined },
  render: (args, context) => renderMap(args, context, html`${jsonScript(documentFor('minimal'))}`),
  parameters: { docs: { description: { story: 'The document in a child `<script type="application/json">`.' } } },
};

export const AllLanes: Story = {
  args: { journey: 'anatomy' },
  render: (args, context) => html`<div style="--journey-max-block-size: none">${renderMap(args, context)}</div>`,
  parameters: {
    docs: {
      description: {
        story: 'A small map with something in every lane: the anatomy of a journey map. `--journey-max-block-size: none` lets it grow instead of scrolling.',
      },
    },
  },
};

export const MinimalDocument: Story = {
  args: { journey: 'minimal' },
  parameters: { docs: { description: { story: 'One stage with one step: the smallest document that draws.' } } },
};

export const EmptyDocument: Story = {
  args: { journey: 'empty' },
  parameters: { errorPanel: true, docs: { description: { story: '`stages: []`: nothing to draw, so the error panel says why.' } } },
};

export const InvalidDocument: Story = {
  args: { journey: 'invalid' },
  parameters: {
    errorPanel: true,
    docs: { description: { story: 'Every problem listed with its JSON path; the host page gets a `journey-error` event, never an exception.' } },
  },
};

export const WithWarnings: Story = {
  args: { journey: 'warnings' },
  parameters: { docs: { description: { story: 'Recoverable problems: the map is drawn and the warnings are listed above it.' } } },
};

export const VeryLongText: Story = {
  args: { journey: 'long-text', locale: 'ru' },
  parameters: { docs: { description: { story: 'Long Russian and Romanian words wrap inside their columns; nothing is cut off.' } } },
};

export const LargeMap: Story = {
  args: { journey: 'large-60-stages' },
  parameters: {
    docs: {
      description: {
        story:
          '60 stages, 300 steps: scrolls in both directions with sticky headers. The overview strip above it shows every stage, the emotion line and the part in view: click a stage, or Tab to the strip, arrows and Enter, to jump there. The columns and lanes in view are drawn first and the rest in the next idle moments (far cells are empty for a moment); scrolling or moving the focus draws a cell before it is shown.',
      },
    },
  },
};

export const PersonaFilter: Story = {
  args: { persona: 'cfo' },
  parameters: { docs: { description: { story: '`persona="cfo"`: the emotion curve and pain points of one persona only.' } } },
};

export const Selection: Story = {
  args: { selected: phoneSystemJourney.stages[2].steps![1].id },
  parameters: { docs: { description: { story: '`selected`: the chosen step column is highlighted in every lane.' } } },
};

export const ChosenLanes: Story = {
  args: { lanes: 'actions,touchpoints,emotion,painPoints,text:quotes' },
  parameters: { docs: { description: { story: 'The `lanes` attribute picks and orders lanes; `text:quotes` shows a custom field.' } } },
};

export const RenamedStrings: Story = {
  args: { strings: { 'lane.actions': 'Tasks', 'lane.painPoints': 'Friction', 'state.current': 'Today' } },
  parameters: { docs: { description: { story: 'The `strings` property replaces any UI string by key.' } } },
};

export const DeclarativeLanes: Story = {
  render: (args, context) =>
    renderMap(
      args,
      context,
      html`<stage-lane kind="actions"></stage-lane>
        <emotion-curve></emotion-curve>
        <stage-lane kind="painPoints"></stage-lane>
        <stage-lane kind="text" field="quotes" lane-title="Interview quotes"></stage-lane>
        <stage-lane kind="backstage"></stage-lane>`,
    ),
  parameters: {
    docs: {
      description: {
        story: '`<stage-lane>` and `<emotion-curve>` children replace the default lanes, in the order written, lined up by context.',
      },
    },
  },
};

export const WithCustomers: Story = {
  args: { journey: 'customers-200' },
  parameters: { docs: { description: { story: '200 real customers drawn in the emotion lane: traces, median and quartiles.' } } },
};

export const CustomerOpen: Story = {
  args: { journey: customersDocument, customer: firstCustomerId },
  parameters: {
    docs: {
      description: {
        story:
          'The customers sample with `customer` set: a customer lane under the step headers with their events, their trace over the others in the emotion lane, a header line, and every step header counting who is there now and who is stalled.',
      },
    },
  },
};

export const StalledCustomer: Story = {
  args: { journey: customersDocument, customer: longestStalledId },
  parameters: { docs: { description: { story: 'The customer stalled longest: no event for more than `stall-after` days (14) before `asOf`.' } } },
};

export const CustomerOffMap: Story = {
  args: { journey: offMapDocument, customer: offMapCustomerId },
  parameters: { docs: { description: { story: 'A customer with events on steps this map does not have: listed under the grid, never dropped.' } } },
};

export const CustomersTableLinked: Story = {
  args: { journey: customersDocument, customer: firstCustomerId },
  render: (args, context) => renderMap(args, context, linkedTable(args, context)),
  parameters: {
    docs: {
      description: {
        story: 'A `<journey-customers>` in the map’s `customers` slot: choosing a row opens that customer on the map; choosing a step on the map filters the table.',
      },
    },
  },
};

export const FinishedCustomer: Story = {
  args: { journey: customersDocument, customer: finishedCustomerId },
  render: (args, context) => renderMap(args, context, linkedTable(args, context)),
  parameters: {
    docs: {
      description: {
        story:
          'A customer who reached a final step (one with no way on): the header line says "Finished" and never "Stalled", however long ago the last event; the linked table shows "Finished" in their row (and its status filter has "Finished"); the step badges count them there now, not stalled.',
      },
    },
  },
};

export const FinishedCustomerDark: Story = { ...FinishedCustomer, globals: DARK_GLOBALS };

export const CustomerRussian: Story = { args: { journey: customersDocumentRu, customer: firstCustomerIdRu, locale: 'ru' } };
export const CustomerDark: Story = { args: { journey: customersDocument, customer: longestStalledId }, globals: DARK_GLOBALS };

export const FlowLane: Story = {
  args: { journey: b2bTrialMap },
  parameters: {
    docs: {
      description: {
        story:
          'A document with branches, a skip, loops back and drop-offs gets the `flow` lane by default, right after the emotion lane: each step’s node sits in its column, loops arc above, skips below, drop-offs leave downwards. Left and right arrows on its cells follow the links; Enter selects (with `toStepId` on a link).',
      },
    },
  },
};

export const FlowLaneCountedFromCustomers: Story = {
  args: { journey: customersDocument, lanes: 'flow, emotion, actions' },
  parameters: {
    docs: { description: { story: 'The customers sample: the flow lane counts every transition and drop-off from the customers’ events (stalled customers are the drop-offs).' } },
  },
};

export const FlowLaneRussian: Story = { args: { journey: b2bTrialMapRu, locale: 'ru' } };
export const FlowLaneDark: Story = { args: { journey: b2bTrialMap }, globals: DARK_GLOBALS };
export const FlowLaneRightToLeft: Story = { args: { journey: b2bTrialMap }, globals: RTL_GLOBALS };

export const RightToLeft: Story = {
  args: { journey: 'passport-he' },
  globals: RTL_GLOBALS,
  parameters: {
    docs: {
      description: {
        story:
          'A Hebrew document (`locale: "he"`) on a page in `dir="rtl"`: columns run from the right, arrows mirror, and the document’s texts carry `lang="he"`.',
      },
    },
  },
};

export const Dark: Story = {
  globals: DARK_GLOBALS,
  parameters: { docs: { description: { story: '`theme="dark"`.' } } },
};

export const CorporatePalette: Story = {
  args: { journey: 'anatomy' },
  render: (args, context) => html`${pageStyle(CORPORATE_PALETTE_CSS)}${renderMap(args, context)}`,
  parameters: {
    docs: {
      description: {
        story: 'The worked example of docs/theming.md: a company palette set with `--journey-*` custom properties, for both themes.',
      },
    },
  },
};

/** Saves a string or Blob as a file through an object URL and a temporary `<a download>`. */
function download(fileName: string, data: string | Blob, type: string): void {
  const url = URL.createObjectURL(typeof data === 'string' ? new Blob([data], { type }) : data);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download reads the URL asynchronously; revoke it once it surely has (as FileSaver.js does).
  setTimeout(() => URL.revokeObjectURL(url), 40_000);
}

function mapNear(event: Event): JourneyMap | null {
  return (event.currentTarget as HTMLElement).closest('.export-story')?.querySelector('journey-map') ?? null;
}

async function exportAs(event: Event, format: 'csv' | 'svg' | 'png'): Promise<void> {
  const map = mapNear(event);
  const status = (event.currentTarget as HTMLElement).closest('.export-story')?.querySelector('[role="status"]');
  if (!map || !status) return;
  try {
    if (format === 'csv') download('journey-map.csv', map.exportCSV(), 'text/csv;charset=utf-8');
    if (format === 'svg') download('journey-map.svg', map.exportSVG(), 'image/svg+xml');
    if (format === 'png') download('journey-map.png', await map.exportPNG({ scale: 2 }), 'image/png');
    status.textContent = `Saved journey-map.${format}`;
  } catch (error) {
    status.textContent = `Could not export: ${String(error)}`;
  }
}

export const Export: Story = {
  render: (args, context) =>
    html`<div class="export-story">
      <div role="toolbar" aria-label="Export the map" style="display: flex; gap: 0.5rem; margin-block-end: 0.75rem">
        <button type="button" @click=${(event: Event) => exportAs(event, 'csv')}>Download CSV</button>
        <button type="button" @click=${(event: Event) => exportAs(event, 'svg')}>Download SVG</button>
        <button type="button" @click=${(event: Event) => exportAs(event, 'png')}>Download PNG</button>
        <button type="button" @click=${() => window.print()}>Print</button>
      </div>
      <p role="status"></p>
      ${renderMap(args, context)}
    </div>`,
  parameters: {
    docs: {
      description: {
        story:
          '`exportCSV()`, `exportSVG()` and `exportPNG({ scale })` save the whole map (every column, not only those on screen); Print lays every column out on the page (add `@page { size: A3 landscape }` to the page). See docs/export.md.',
      },
    },
  },
};

/** Every metric measured four times: a sparkline with the target as a dashed line, and the change since the previous measurement. */
export const KpiHistory: Story = {
  args: { journey: withHistory(phoneSystemJourney) },
};

/** Reviewed on 1 April every six months, seen on 2 December: "Review due since 1 October 2026" and a `journey-review-due` event. */
export const DueForReview: Story = {
  args: { journey: reviewedJourney, now: '2026-12-02' },
};

/** The future state against the current one on the whole map: new steps, removed steps (ghost columns, and one line above the grid that opens to their list), deltas in words and colour, both curves. */
export const CurrentVsFuture: Story = {
  args: { journey: phoneSystemFutureJourney, compareTo: phoneSystemJourney },
};

/** The current state had a "Contract review" stage the future drops: a ghost stage header over its ghost column, and the removed steps as ghost columns between their old neighbours. */
export const RemovedStepsAndStage: Story = {
  args: {
    journey: phoneSystemFutureJourney,
    compareTo: {
      ...phoneSystemJourney,
      stages: [
        ...phoneSystemJourney.stages.slice(0, 3),
        { id: 'contract-review', title: 'Contract review', steps: [{ id: 'legal-review', title: 'Legal reads the contract' }] },
        ...phoneSystemJourney.stages.slice(3),
      ],
    },
  },
};

/** A Russian future state compared with its current state: strings, numbers and dates in Russian. */
export const RussianComparison: Story = {
  args: { journey: bankCardFutureRu(), compareTo: bankCardJourneyRu, locale: 'ru' },
};

const editableDescription =
  '`editable`: Enter, F2 or a double-click edits the focused cell or header in place (a step header with its moment of truth and evidence level; a persona from the button under its card); + adds an item, a step or a stage, Delete removes, Alt+arrows move a step, a mouse, pen or finger drags a step header or an emotion point, Ctrl+Z undoes. Every edit writes the new document and its JSON Patch back into the story’s args (Controls) and shows the patch under the map. See docs/editing.md.';

/** The map as an editor: its document kept in the story's args, the last patch shown under it. */
export const Editable: Story = {
  args: { journey: 'phone-system', editable: true },
  render: (args, context) => renderEditable(args, context),
  parameters: { docs: { description: { story: editableDescription } } },
};

/** Editing a Russian map: editor, refusals and announcements in Russian. */
export const EditableRussian: Story = {
  args: { journey: 'bank-card-ru', locale: 'ru', editable: true },
  render: (args, context) => renderEditable(args, context),
  parameters: { docs: { description: { story: 'The editable map in Russian: the editor, its buttons, refusals and what a screen reader hears.' } } },
};

/** Editing a Romanian map. */
export const EditableRomanian: Story = {
  args: { journey: 'partner-programme-ro', locale: 'ro', editable: true },
  render: (args, context) => renderEditable(args, context),
  parameters: { docs: { description: { story: 'The editable map in Romanian.' } } },
};

export const EditableRightToLeft: Story = {
  args: { journey: 'passport-he', editable: true },
  globals: RTL_GLOBALS,
  render: (args, context) => renderEditable(args, context),
  parameters: {
    docs: { description: { story: 'Editing a Hebrew map on a `dir="rtl"` page: the editor opens from its cell’s right edge, Alt+← moves a step later, a dragged header lands by its right (reading-start) half.' } },
  },
};

export const EditableDark: Story = {
  args: { journey: 'phone-system', editable: true },
  globals: DARK_GLOBALS,
  render: (args, context) => renderEditable(args, context),
  parameters: { docs: { description: { story: 'The editable map in `theme="dark"`.' } } },
};

export const Filtered: Story = {
  args: { toolbar: true, filter: { minSeverity: 4 } },
  parameters: {
    docs: { description: { story: 'The filter toolbar, with steps whose pain points reach severity 4 or more: the rest is dimmed, never removed, and the header says how many steps match.' } },
  },
};

export const FilteredRussian: Story = {
  args: { journey: bankCardJourneyRu, locale: 'ru', toolbar: true, filter: { evidence: 'research' } },
  parameters: { docs: { description: { story: 'The toolbar in Russian, filtering by evidence: only steps backed by research stay in full.' } } },
};

export const PoorHealth: Story = {
  args: { journey: poorHealth(phoneSystemJourney), health: true, now: '2026-12-04' },
  parameters: {
    docs: { description: { story: 'The `health` panel on a map with no opportunities, only assumptions and a review overdue: warnings of one kind come as one entry ("11 severe pain points with no opportunity") that opens to list them, and each warning takes the reader to its cell.' } },
  },
};

export const PoorHealthRussian: Story = {
  args: { journey: poorHealth(bankCardJourneyRu), locale: 'ru', health: true, now: '2026-12-04' },
  parameters: { docs: { description: { story: 'The health panel in Russian.' } } },
};

export const RollupsAndFixFirst: Story = {
  args: { rollups: true },
  parameters: {
    docs: {
      description: {
        story:
          'With `rollups`, each stage header says its pain points by category (with the highest severity), its opportunities by status and its lowest emotion; the "Fix first" panel ranks the steps by severity × affected × emotion.',
      },
    },
  },
};

export const RollupsRussian: Story = {
  args: { journey: bankCardJourneyRu, locale: 'ru', rollups: true },
  parameters: { docs: { description: { story: 'Roll-ups and the "Fix first" panel in Russian.' } } },
};

export const RollupsRomanian: Story = {
  args: { journey: 'partner-programme-ro', locale: 'ro', rollups: true },
  parameters: { docs: { description: { story: 'Roll-ups and the "Fix first" panel in Romanian.' } } },
};

/** The export of each sample beside the live map: what `exportSVG()` draws is what the screen shows. */
export const ExportPhoneSystem: Story = {
  args: { journey: phoneSystemJourney },
  render: (args, context) => renderExportBeside(args, context),
};

/** The future state compared with the current one, exported: changes under the step titles, the current curve dashed. */
export const ExportFutureComparedWithCurrent: Story = {
  args: { journey: phoneSystemFutureJourney, compareTo: phoneSystemJourney },
  render: (args, context) => renderExportBeside(args, context),
};

/** A Russian map exported: every word of the picture in Russian, Cyrillic wrapped by its measured width. */
export const ExportBankCardRussian: Story = {
  args: { journey: bankCardJourneyRu, locale: 'ru' },
  render: (args, context) => renderExportBeside(args, context),
};

/** A Romanian map exported. */
export const ExportPartnerProgrammeRomanian: Story = {
  args: { journey: partnerProgrammeJourneyRo, locale: 'ro' },
  render: (args, context) => renderExportBeside(args, context),
};

/** Three hundred customers exported: their band, the median line and the count per step. */
export const ExportWithCustomers: Story = {
  args: { journey: phoneSystemWithIndividuals(300) },
  render: (args, context) => renderExportBeside(args, context),
};

/** A Hebrew map on a right-to-left page, exported mirrored. */
export const ExportHebrewRightToLeft: Story = {
  args: { journey: passportJourneyHe },
  globals: RTL_GLOBALS,
  render: (args, context) => renderExportBeside(args, context),
};

export const NarrowContainer: Story = {
  render: (args, context) => html`<div style="max-inline-size: 375px">${renderMap(args, context)}</div>`,
  parameters: {
    docs: {
      description: {
        story:
          'The map in a 375 px box on a wide page: under 640 px of its own width (not the viewport’s), the lane names take 96 px and wrap, one step column fills the rest, and scrolling snaps from column to column.',
      },
    },
  },
};
