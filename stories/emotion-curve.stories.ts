import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { JourneyDocument } from '../src/model/types.js';
import { phoneSystemJourney } from '../src/samples/index.js';
import { documentFor, minimalJourney } from './documents.js';
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

interface CurveArgs extends CommonArgs {
  journey?: unknown;
  compare?: unknown;
  curve?: 'monotone-x' | 'linear' | 'step';
  persona?: string;
  highlight?: string;
  height?: number;
  traces?: 'auto' | 'lines' | 'density';
}

function renderCurve(args: CurveArgs, context: StoryRenderContext) {
  return inPage(
    context,
    html`<emotion-curve
      .journey=${documentFor(args.journey)}
      .compare=${documentFor(args.compare)}
      curve=${optional(args.curve)}
      persona=${optional(args.persona)}
      highlight=${optional(args.highlight)}
      traces=${optional(args.traces)}
      locale=${optional(args.locale)}
      theme=${optional(themeFor(args, context))}
      height=${optional(args.height)}
      .strings=${args.strings}
      @journey-select=${args.onJourneySelect}
      @journey-error=${args.onJourneyError}
      @journey-lane-toggle=${args.onJourneyLaneToggle}
    ></emotion-curve>`,
  );
}

/** The minimal document without its emotion value: steps to draw over, but no line. */
const noEmotionJourney = {
  ...minimalJourney,
  title: 'Booking a haircut (no emotion recorded)',
  stages: minimalJourney.stages.map((stage) => ({
    ...stage,
    steps: stage.steps?.map((step) => ({ ...step, emotion: undefined })),
  })),
};

/** The sample's steps with `count` personas whose values wave around neutral: every series colour in use. */
function withPersonas(count: number): JourneyDocument {
  const personas = Array.from({ length: count }, (_, i) => ({ id: `p${i + 1}`, name: `Persona ${i + 1}` }));
  return {
    schemaVersion: 1,
    title: `${count} personas`,
    scale: phoneSystemJourney.scale,
    personas,
    stages: phoneSystemJourney.stages.map((stage, s) => ({
      id: stage.id,
      title: stage.title,
      steps: (stage.steps ?? []).map((step, t) => ({
        id: step.id,
        title: step.title,
        momentOfTruth: step.momentOfTruth,
        emotion: Object.fromEntries(personas.map((persona, p) => [persona.id, Math.round(Math.sin(s + t + p) * 4) / 2])),
      })),
    })),
  };
}

const meta = {
  title: 'Elements/emotion-curve',
  component: 'emotion-curve',
  tags: ['autodocs'],
  render: (args, context) => renderCurve(args, context),
  args: { journey: 'phone-system', curve: 'monotone-x', height: 240 },
  argTypes: {
    journey: documentArgType('The journey document (`journey` property).'),
    compare: documentArgType('A second journey drawn dashed, the difference shaded (`compare` property), typically the future state.'),
    curve: {
      control: 'inline-radio',
      options: ['monotone-x', 'linear', 'step'],
      description: 'Line shape (`curve` attribute).',
      table: { category: 'attributes' },
    },
    persona: {
      control: 'inline-radio',
      options: ['ops', 'cfo', 'anna', 'sergey', 'mihai', 'ioana'],
      description: 'Persona id (`persona` attribute): only that persona’s line and customers.',
      table: { category: 'attributes' },
    },
    highlight: {
      control: 'text',
      description: 'Customer id from the document’s `individuals` (`highlight` attribute), drawn on top with its channels.',
      table: { category: 'attributes' },
    },
    traces: {
      control: 'inline-radio',
      options: ['auto', 'lines', 'density'],
      description: 'How customers are drawn (`traces` attribute): lines, a density, or `auto` (a density above 500 customers).',
      table: { category: 'attributes' },
    },
    height: { control: { type: 'number', min: 60, step: 20 }, description: 'Height of the plot in px (`height` attribute).', table: { category: 'attributes' } },
    locale: localeArgType,
    theme: themeArgType,
    strings: stringsArgType,
    ...eventArgTypes,
  },
  parameters: {
    docs: {
      description: {
        component:
          'How each persona feels at each step. A marker is its persona’s colour and its shape says the sentiment; moments of truth are ringed; missing values leave a gap. One tab stop, arrow keys move between points, “Show table” gives the values as a table.',
      },
    },
  },
} satisfies Meta<CurveArgs>;

export default meta;
type Story = StoryObj<CurveArgs>;

const story = (description: string, args: Partial<CurveArgs> = {}): Story => ({
  args,
  parameters: { docs: { description: { story: description } } },
});

export const TwoPersonas = story('The English sample: one line per persona (operations manager and CFO).');
export const OnePersona = story('`persona="ops"`: one persona’s line only.', { persona: 'ops' });
export const NoPersonas = story('A document without personas: one line for everyone.', { journey: 'minimal' });
export const SixPersonas = story('Six personas: every series colour, with the legend.', { journey: withPersonas(6) });
export const CompareWithFutureState = story('`compare` set to the future-state journey, for one persona: dashed, the difference shaded.', {
  compare: 'phone-system-future',
  persona: 'ops',
});
export const Customers200 = story('200 real customers as translucent traces, with their median and interquartile band.', {
  journey: 'customers-200',
});
export const CustomersOfOnePersona = story(
  '200 customers with `persona="cfo"`: the CFO’s customers, their band and median in the CFO’s colour, like the CFO’s line and markers.',
  { journey: 'customers-200', persona: 'cfo' },
);
export const Customers10000 = story('10 000 customers on the canvas layer: the page must stay responsive.', {
  journey: 'customers-10000',
});
export const Density10000 = story(
  '10 000 customers as a density (`traces="auto"` above 500): how many lines pass through each pixel, each line counting once per column; persona lines, median and band on top.',
  { journey: 'customers-10000' },
);
export const Density100000 = story('100 000 customers: binned in slices of ~12 ms, so the page stays responsive while the density is drawn.', {
  journey: 'customers-100000',
});
export const DensityHighlightedCustomer = story('A density with `highlight="cust-0001"`: the customer is still a line on top.', {
  journey: 'customers-10000',
  highlight: 'cust-0001',
});
export const DensityDark: Story = {
  ...story('The density in the dark theme.', { journey: 'customers-10000' }),
  globals: DARK_GLOBALS,
};
export const TracesOverview: Story = {
  args: {},
  parameters: {
    docs: {
      description: {
        story: 'Overview: the same 2 000 customers as `traces="lines"` and `traces="density"`, and 200 customers under `auto` (lines).',
      },
    },
  },
  render: (args, context) =>
    inPage(
      context,
      html`<div style="display: grid; gap: 24px">
        ${(['lines', 'density'] as const).map(
          (traces) => html`<emotion-curve .journey=${documentFor('customers-2000')} traces=${traces}
            theme=${optional(themeFor(args, context))} locale=${optional(args.locale)}></emotion-curve>`,
        )}
        <emotion-curve .journey=${documentFor('customers-200')} theme=${optional(themeFor(args, context))}
          locale=${optional(args.locale)}></emotion-curve>
      </div>`,
    ),
};
export const HighlightedCustomer = story('`highlight="cust-0001"`: one customer on top, their channels marked.', {
  journey: 'customers-200',
  highlight: 'cust-0001',
});
export const LinearCurve = story('`curve="linear"`.', { curve: 'linear' });
export const StepCurve = story('`curve="step"`.', { curve: 'step' });
export const RussianBankCard = story('The Russian sample with Russian UI strings and scale labels.', { journey: 'bank-card-ru', locale: 'ru' });
export const RomanianPartnerProgramme = story('The Romanian sample.', { journey: 'partner-programme-ro', locale: 'ro' });
export const NoEmotionValues = story('Steps but no emotion values: the chart says so instead of drawing zeros.', {
  journey: noEmotionJourney,
});

export const EmptyDocument: Story = {
  args: { journey: 'empty' },
  parameters: { errorPanel: true, docs: { description: { story: '`stages: []`: the error panel.' } } },
};

export const InvalidDocument: Story = {
  args: { journey: 'invalid' },
  parameters: { errorPanel: true, docs: { description: { story: 'An invalid document: the error panel lists every problem.' } } },
};

export const RightToLeft: Story = { ...story('Under `dir="rtl"` the steps run from the right.', { compare: 'phone-system-future' }), globals: RTL_GLOBALS };

export const NarrowRussian: Story = {
  args: { journey: 'bank-card-ru', locale: 'ru' },
  render: (args, context) => html`<div style="max-inline-size: 375px">${renderCurve(args, context)}</div>`,
  parameters: {
    docs: {
      description: {
        story:
          'At 375 px: the step names stagger on two tiers, each two columns wide and centred on its point; the stages are bands above the plot. Long names wrap and are clamped; the full name is the tooltip and what screen readers read.',
      },
    },
  },
};

export const NarrowRussianDensity: Story = {
  args: { journey: 'customers-10000', locale: 'ru' },
  render: (args, context) => html`<div style="max-inline-size: 375px">${renderCurve(args, context)}</div>`,
  parameters: {
    docs: {
      description: {
        story:
          '10 000 customers at 375 px in Russian: the counts under the steps ("10 тыс.") are wider than their columns, so only those that keep clear of the last one are written; the legend groups its count ("Клиентов: 10 000") and says it to screen readers without groups.',
      },
    },
  },
};

export const Dark: Story = { ...story('The dark theme, with customers.', { journey: 'customers-200' }), globals: DARK_GLOBALS };

export const InJourneyMap: Story = {
  args: { compare: 'phone-system-future' },
  render: (args, context) =>
    inPage(
      context,
      html`<journey-map .journey=${documentFor(args.journey) as JourneyDocument} theme=${optional(themeFor(args, context))}>
        <stage-lane kind="actions"></stage-lane>
        <emotion-curve .compare=${documentFor(args.compare)} curve=${optional(args.curve)} height=${optional(args.height)}></emotion-curve>
        <stage-lane kind="painPoints"></stage-lane>
      </journey-map>`,
    ),
  parameters: { docs: { description: { story: 'Inside a map: the emotion lane, each point over its step column.' } } },
};
