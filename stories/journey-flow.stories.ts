import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { phoneSystemWithIndividuals } from '../src/samples/index.js';
import { b2bTrialJourney, invalidNextJourney, supportLoopJourney } from './flow-documents.js';
import {
  DARK_GLOBALS,
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

interface FlowArgs extends CommonArgs {
  journey?: unknown;
  src?: string;
  stallAfter?: number;
}

function renderFlow(args: FlowArgs, context: StoryRenderContext) {
  return inPage(
    context,
    html`<journey-flow
      .journey=${args.journey}
      src=${optional(args.src)}
      stall-after=${optional(args.stallAfter)}
      locale=${optional(args.locale)}
      theme=${optional(themeFor(args, context))}
      .strings=${args.strings}
      @journey-select=${args.onJourneySelect}
    ></journey-flow>`,
  );
}

const meta = {
  title: 'Elements/journey-flow',
  component: 'journey-flow',
  tags: ['autodocs'],
  render: (args, context) => renderFlow(args, context),
  args: { journey: b2bTrialJourney },
  argTypes: {
    journey: { control: 'object', description: 'The journey document (`journey` property).', table: { category: 'properties' } },
    src: { control: 'text', description: 'URL of a JSON journey document (`src` attribute).', table: { category: 'attributes' } },
    stallAfter: { control: 'number', description: 'Days without an event after which a counted customer has dropped off (`stall-after`, default 14).', table: { category: 'attributes' } },
    locale: localeArgType,
    theme: themeArgType,
    strings: stringsArgType,
  },
  parameters: {
    docs: {
      description: {
        component:
          'The journey as the flow it is: link widths are shares or counts, loops arc back above, drop-offs leave downwards, the main path is strongest. Arrow keys move along the links (→ on, ← back, ↑/↓ among the ways out of a step), Enter selects; the table lists every transition (docs/flow.md).',
      },
    },
  },
} satisfies Meta<FlowArgs>;

export default meta;
type Story = StoryObj<FlowArgs>;

export const BranchingTrial: Story = {
  parameters: { docs: { description: { story: 'A B2B trial with shares and counts written in `next` and `exit`: branches, a skip, loops back and drop-offs.' } } },
};

export const LoopHeavySupport: Story = {
  args: { journey: supportLoopJourney },
  parameters: { docs: { description: { story: 'A support journey that goes round: `next` without figures, so every arrow has the same width. The good end, “Ticket closed”, is a final step (`next: []`); giving up while waiting is a drop-off (`exit`).' } } },
};

export const CountedFromCustomers: Story = {
  args: { journey: phoneSystemWithIndividuals(600) },
  parameters: { docs: { description: { story: 'No figures written: transitions and drop-offs counted from 600 customers’ events (stalled customers are drop-offs).' } } },
};

export const InvalidNext: Story = {
  args: { journey: invalidNextJourney },
  parameters: { docs: { description: { story: 'A `next` to an unknown step, shares out of range and a self-loop: warnings with their paths, and the flow drawn anyway.' } } },
};

export const Russian: Story = {
  args: { locale: 'ru' },
  parameters: { docs: { description: { story: 'Russian strings and number formats ("25 %").' } } },
};

export const Romanian: Story = {
  args: { locale: 'ro' },
  parameters: { docs: { description: { story: 'Romanian strings and number formats.' } } },
};

export const Dark: Story = {
  globals: DARK_GLOBALS,
  parameters: { docs: { description: { story: 'The dark theme.' } } },
};

export const RightToLeft: Story = {
  globals: RTL_GLOBALS,
  parameters: { docs: { description: { story: 'Mirrored: the first step on the right, loops arcing back to the right.' } } },
};
