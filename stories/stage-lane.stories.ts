import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { StageLane } from '../src/elements/stage-lane/stage-lane.component.js';
import type { LaneKind } from '../src/model/types.js';
import { documentFor } from './documents.js';
import {
  DARK_GLOBALS,
  documentArgType,
  eventArgTypes,
  inPage,
  localeArgType,
  optional,
  RTL_GLOBALS,
  stringsArgType,
  themeArgType,
  themeFor,
  type CommonArgs,
  type StoryRenderContext,
} from './helpers.js';

interface LaneArgs extends CommonArgs {
  kind: LaneKind;
  field?: string;
  laneTitle?: string;
  /** The manifest's `lane-title` attribute row, hidden: `laneTitle` sets that attribute. */
  'lane-title'?: never;
  journey?: unknown;
  persona?: string;
  collapsed?: boolean;
  noSwitches?: boolean;
  /** The manifest's `no-switches` attribute row, hidden: `noSwitches` sets that attribute. */
  'no-switches'?: never;
}

const LANE_KINDS: LaneKind[] = [
  'actions',
  'thoughts',
  'questions',
  'motivations',
  'barriers',
  'touchpoints',
  'emotion',
  'painPoints',
  'opportunities',
  'backstage',
  'metrics',
  'owner',
  'text',
];

function renderLane(args: LaneArgs, context: StoryRenderContext) {
  return inPage(
    context,
    html`<stage-lane
      kind=${args.kind}
      field=${optional(args.field)}
      lane-title=${optional(args.laneTitle)}
      .journey=${documentFor(args.journey) as StageLane['journey']}
      locale=${optional(args.locale)}
      persona=${optional(args.persona)}
      theme=${optional(themeFor(args, context))}
      ?collapsed=${args.collapsed}
      ?no-switches=${args.noSwitches}
      .strings=${args.strings}
      @journey-select=${args.onJourneySelect}
      @journey-error=${args.onJourneyError}
      @journey-lane-toggle=${args.onJourneyLaneToggle}
    ></stage-lane>`,
  );
}

const meta = {
  title: 'Elements/stage-lane',
  component: 'stage-lane',
  tags: ['autodocs'],
  render: (args, context) => renderLane(args, context),
  args: { kind: 'actions', journey: 'phone-system', collapsed: false, noSwitches: false },
  argTypes: {
    kind: { control: 'select', options: LANE_KINDS, description: 'What the lane shows (`kind` attribute).', table: { category: 'attributes' } },
    field: { control: 'text', description: 'For `kind="text"`: the custom step field to show (`field` attribute).', table: { category: 'attributes' } },
    laneTitle: {
      control: 'text',
      description: 'Row header title (`lane-title` attribute); default the document’s lane title, else the localized lane name.',
      table: { category: 'attributes' },
    },
    'lane-title': { table: { disable: true } },
    journey: documentArgType('The journey document (`journey` property), for a lane used without a map.'),
    persona: {
      control: 'inline-radio',
      options: ['ops', 'cfo', 'anna', 'sergey', 'mihai', 'ioana'],
      description: 'Persona id (`persona` attribute): pain points of this persona only.',
      table: { category: 'attributes' },
    },
    collapsed: { control: 'boolean', description: 'Only the row header is shown (`collapsed` attribute).', table: { category: 'attributes' } },
    noSwitches: {
      control: 'boolean',
      description: 'No channel, device or owner switch markers in a touchpoint lane (`no-switches` attribute).',
      table: { category: 'attributes' },
    },
    'no-switches': { table: { disable: true } },
    locale: localeArgType,
    theme: themeArgType,
    strings: stringsArgType,
    ...eventArgTypes,
  },
  parameters: {
    docs: {
      description: {
        component:
          'One lane on its own, with a header row of step titles. Inside `<journey-map>` the same element becomes one row of the map, lined up with its columns.',
      },
    },
  },
} satisfies Meta<LaneArgs>;

export default meta;
type Story = StoryObj<LaneArgs>;

const lane = (kind: LaneKind, story: string, extra: Partial<LaneArgs> = {}): Story => ({
  args: { kind, ...extra },
  parameters: { docs: { description: { story } } },
});

export const Actions = lane('actions', 'What the customer does at each step.');
export const Thoughts = lane('thoughts', 'What they think and feel.');
export const Questions = lane('questions', 'What they ask themselves or the company.');
export const Motivations = lane('motivations', 'What drives them forward.');
export const Barriers = lane('barriers', 'What holds them back.');
export const Touchpoints = lane(
  'touchpoints',
  'Channel icon and label per touchpoint; a small marker in the corner where the channel, device or owner changes, explained by the legend under the lane’s name.',
);
export const TouchpointsWithoutSwitches = lane('touchpoints', '`no-switches`: the touchpoints alone, without switch markers.', { noSwitches: true });
export const Emotion = lane('emotion', 'The emotion value of each step as a cell (the curve itself is `<emotion-curve>`).');
export const PainPoints = lane('painPoints', 'Chips coloured and labelled by category, with severity.');
export const Opportunities = lane('opportunities', 'Ideas with owner, impact and effort.');
export const Backstage = lane('backstage', 'Below the line of visibility: who does what, in which system.');
export const Metrics = lane('metrics', 'Value against target, with the change since the previous measurement, formatted for the locale.');
export const Owner = lane('owner', 'The department that owns each step.');
export const CustomTextField = lane('text', 'A `text` lane over a custom step field (`field="quotes"`).', {
  field: 'quotes',
  laneTitle: 'Interview quotes',
});

export const Collapsed = lane('painPoints', 'Only the row header; its button expands the lane again.', { collapsed: true });

export const PainPointsOfOnePersona = lane('painPoints', '`persona="ops"`: the pain points of one persona.', { persona: 'ops' });

export const RussianPainPoints = lane('painPoints', 'Pain points of the Russian sample, UI strings in Russian.', {
  journey: 'bank-card-ru',
  locale: 'ru',
});

export const RomanianMetrics = lane('metrics', 'Metrics of the Romanian sample: numbers formatted for `ro`.', {
  journey: 'partner-programme-ro',
  locale: 'ro',
});

export const RussianMetrics = lane(
  'metrics',
  'One status per reading: a missed target in red leads, the trend beside it is muted; a change of a percentage in percentage points ("+0,3 п. п.").',
  { journey: 'bank-card-ru', locale: 'ru' },
);

export const VeryLongText = lane('actions', 'Long Russian words wrap inside the column.', { journey: 'long-text', locale: 'ru' });

export const InvalidDocument: Story = {
  args: { kind: 'actions', journey: 'invalid' },
  parameters: { errorPanel: true, docs: { description: { story: 'A standalone lane given an invalid document shows the error panel.' } } },
};

export const RightToLeft: Story = { ...lane('touchpoints', 'Touchpoints under `dir="rtl"`.'), globals: RTL_GLOBALS };

export const Dark: Story = { ...lane('painPoints', 'Pain-point chips in the dark theme.'), globals: DARK_GLOBALS };
