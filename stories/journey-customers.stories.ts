import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { JourneyDocument } from '../src/model/types.js';
import { customersSample } from '../src/samples/index.js';
import { DARK_GLOBALS, inPage, localeArgType, optional, RTL_GLOBALS, stringsArgType, themeArgType, themeFor, type CommonArgs, type StoryRenderContext } from './helpers.js';

interface CustomersArgs extends CommonArgs {
  journey?: JourneyDocument;
  stallAfter?: number;
  'stall-after'?: never;
  src?: string;
  for?: string;
  customer?: string;
  linked?: boolean;
  onJourneyCustomerSelect?: (event: Event) => void;
}

const sample = customersSample();

function renderCustomers(args: CustomersArgs, context: StoryRenderContext) {
  const theme = optional(themeFor(args, context));
  if (args.linked) {
    return inPage(
      context,
      // Two blocks of the page, one above the other: the page sets the space between them.
      html`<div style="display: flex; flex-direction: column; gap: 1.5rem">
        <journey-customers
          for="customers-map"
          stall-after=${optional(args.stallAfter)}
          locale=${optional(args.locale)}
          theme=${theme}
          @journey-customer-select=${args.onJourneyCustomerSelect}
        ></journey-customers>
        <journey-map id="customers-map" .journey=${args.journey} locale=${optional(args.locale)} theme=${theme} lanes="actions, emotion"></journey-map>
      </div>`,
    );
  }
  return inPage(
    context,
    html`<journey-customers
      .journey=${args.journey}
      src=${optional(args.src)}
      customer=${optional(args.customer)}
      stall-after=${optional(args.stallAfter)}
      locale=${optional(args.locale)}
      theme=${theme}
      .strings=${args.strings}
      @journey-customer-select=${args.onJourneyCustomerSelect}
    ></journey-customers>`,
  );
}

const meta = {
  title: 'Elements/journey-customers',
  component: 'journey-customers',
  tags: ['autodocs'],
  render: (args, context) => renderCustomers(args, context),
  args: { journey: sample },
  argTypes: {
    journey: { control: 'object', description: 'The journey document (`journey` property).', table: { category: 'properties' } },
    stallAfter: { control: 'number', description: 'Days without an event after which a customer is stalled (`stall-after`).', table: { category: 'attributes' } },
    'stall-after': { table: { disable: true } },
    src: { control: 'text', description: 'URL of a journey document in JSON (`src`).', table: { category: 'attributes' } },
    for: { control: 'text', description: 'Id of a `<journey-map>` to link with (`for`).', table: { category: 'attributes' } },
    customer: { control: 'text', description: 'Id of the chosen customer (`customer`).', table: { category: 'attributes' } },
    linked: { control: false, table: { disable: true } },
    locale: localeArgType,
    theme: themeArgType,
    strings: stringsArgType,
    onJourneyCustomerSelect: { action: 'journey-customer-select', table: { category: 'events' } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The table of a journey’s real customers: where each is now, when they were last seen, their experience score and whether they are stalled. Sort by any column, filter by step and status, search by name; choose a customer with a click or Enter.',
      },
    },
  },
} satisfies Meta<CustomersArgs>;

export default meta;
type Story = StoryObj<CustomersArgs>;

export const Customers: Story = {
  parameters: { docs: { description: { story: 'The customers sample: 401 customers of the phone-system journey, `asOf` 2026-07-15.' } } },
};

export const LinkedToMap: Story = {
  args: { linked: true },
  parameters: {
    docs: {
      description: {
        story: '`for="customers-map"`: choosing a customer opens them on the map; choosing a step on the map filters the table to it.',
      },
    },
  },
};

export const TenThousand: Story = {
  args: { journey: customersSample(10_000) },
  parameters: { docs: { description: { story: '10 000 customers: only the rows in view are in the page.' } } },
};

export const Russian: Story = { args: { locale: 'ru' } };
export const Romanian: Story = { args: { locale: 'ro' } };
export const Dark: Story = { globals: DARK_GLOBALS };
export const RightToLeft: Story = { globals: RTL_GLOBALS };
