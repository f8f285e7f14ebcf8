import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { JourneyDocument } from '../src/model/types.js';
import { bankCardJourneyRu, phoneSystemJourney } from '../src/samples/index.js';
import {
  DARK_GLOBALS,
  inPage,
  localeArgType,
  optional,
  stringsArgType,
  themeArgType,
  themeFor,
  type CommonArgs,
  type StoryRenderContext,
} from './helpers.js';

interface MatrixArgs extends CommonArgs {
  journey?: JourneyDocument;
  src?: string;
  for?: string;
  filter?: Record<string, unknown>;
}

function renderMatrix(args: MatrixArgs, context: StoryRenderContext) {
  return inPage(
    context,
    html`<opportunity-matrix
      .journey=${args.journey}
      locale=${optional(args.locale)}
      theme=${optional(themeFor(args, context))}
      .strings=${args.strings}
      @journey-select=${args.onJourneySelect}
    ></opportunity-matrix>`,
  );
}

const meta = {
  title: 'Elements/opportunity-matrix',
  component: 'opportunity-matrix',
  tags: ['autodocs'],
  render: (args, context) => renderMatrix(args, context),
  args: { journey: phoneSystemJourney },
  argTypes: {
    journey: { control: 'object', description: 'The journey document (`journey` property).', table: { category: 'properties' } },
    src: { control: 'text', description: 'URL of a JSON journey document (`src` attribute).', table: { category: 'attributes' } },
    for: { control: 'text', description: 'Id of a `<journey-map>` whose document, filter and selection the matrix shares (`for` attribute).', table: { category: 'attributes' } },
    filter: { control: 'object', description: 'What to dim (`filter` property); default the linked map\'s.', table: { category: 'properties' } },
    locale: localeArgType,
    theme: themeArgType,
    strings: stringsArgType,
  },
  parameters: {
    docs: {
      description: {
        component:
          'The opportunities of a journey on impact × effort: quick wins in the first cell. Arrow keys move between cells, Enter into a cell, Escape back; choosing a card selects its step (docs/insights.md).',
      },
    },
  },
} satisfies Meta<MatrixArgs>;

export default meta;
type Story = StoryObj<MatrixArgs>;

export const PhoneSystem: Story = {
  parameters: { docs: { description: { story: 'The English sample: every opportunity with its step, owner and status.' } } },
};

export const Russian: Story = {
  args: { journey: bankCardJourneyRu, locale: 'ru' },
  parameters: { docs: { description: { story: 'The Russian sample, in Russian.' } } },
};

export const Dark: Story = {
  globals: DARK_GLOBALS,
  parameters: { docs: { description: { story: 'The dark theme.' } } },
};

export const NarrowContainer: Story = {
  render: (args, context) => html`<div style="max-inline-size: 375px">${renderMatrix(args, context)}</div>`,
  parameters: {
    docs: {
      description: {
        story:
          'In a 375 px box (a phone, a side panel): under 560 px of its own width the matrix stacks — each impact a band, each cell under it with its effort named — instead of three columns too narrow for a card.',
      },
    },
  },
};

/** A map and its matrix side by side: choosing a card selects the step's column in the map. */
export const LinkedToAMap: Story = {
  render: (args, context) =>
    inPage(
      context,
      html`<journey-map id="story-linked-map" toolbar .journey=${args.journey} locale=${optional(args.locale)} lanes="opportunities,insights"></journey-map>
        <opportunity-matrix for="story-linked-map" locale=${optional(args.locale)}></opportunity-matrix>`,
    ),
  parameters: { docs: { description: { story: 'Linked with `for`: the matrix reads the map\'s document and filter (set it from the map\'s toolbar) and selects its columns.' } } },
};

/** The evidence lane and the step header's evidence count ("3 sources · n = 3,400"). */
export const EvidenceInTheMap: Story = {
  render: (args, context) =>
    inPage(context, html`<journey-map .journey=${args.journey} locale=${optional(args.locale)} lanes="actions,painPoints,insights"></journey-map>`),
  parameters: { docs: { description: { story: 'Insights per step as a lane, and the evidence count next to the evidence mark.' } } },
};

export const EvidenceInTheMapRussian: Story = {
  ...EvidenceInTheMap,
  args: { locale: 'ru' },
  parameters: { docs: { description: { story: 'The same in Russian: plurals and number formats of the language.' } } },
};
