import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Persona } from '../src/model/types.js';
import { bankCardJourneyRu, partnerProgrammeJourneyRo, phoneSystemJourney } from '../src/samples/index.js';
import { longTextJourney } from './documents.js';
import {
  assetUrl,
  DARK_GLOBALS,
  headingLevelArgType,
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

interface CardArgs extends CommonArgs {
  persona?: Persona;
  compact?: boolean;
  headingLevel?: number;
  /** The manifest's `heading-level` attribute row, hidden: `headingLevel` sets that attribute. */
  'heading-level'?: never;
  inMap?: boolean;
  'in-map'?: never;
  /** The persona's texts' language (`text-lang`). */
  textLang?: string;
  'text-lang'?: never;
}

function renderCard(args: CardArgs, context: StoryRenderContext) {
  const persona = args.persona && { ...args.persona, image: assetUrl(args.persona.image) };
  return inPage(
    context,
    html`<persona-card
      .persona=${persona}
      ?compact=${args.compact}
      locale=${optional(args.locale)}
      text-lang=${optional(args.textLang)}
      heading-level=${optional(args.headingLevel)}
      theme=${optional(themeFor(args, context))}
      .strings=${args.strings}
    ></persona-card>`,
  );
}

const personaOf = (journey: { personas?: Persona[] }, id: string): Persona => {
  const persona = journey.personas?.find((candidate) => candidate.id === id);
  if (!persona) throw new Error(`No persona "${id}" in the sample`);
  return persona;
};

const operationsManager = personaOf(phoneSystemJourney, 'ops');

const meta = {
  title: 'Elements/persona-card',
  component: 'persona-card',
  tags: ['autodocs'],
  render: (args, context) => renderCard(args, context),
  args: { persona: operationsManager, compact: false, headingLevel: 3 },
  argTypes: {
    persona: { control: 'object', description: 'The persona to show (`persona` property): one persona of a journey document.', table: { category: 'properties' } },
    compact: { control: 'boolean', description: 'Only the picture, name and role (`compact` attribute).', table: { category: 'attributes' } },
    headingLevel: headingLevelArgType,
    'heading-level': { table: { disable: true } },
    inMap: {
      control: false,
      description: 'Set by `<journey-map>` on the cards it draws (`in-map` attribute): the card then takes the map\'s theme tokens. Pages do not set it.',
      table: { category: 'attributes' },
    },
    'in-map': { table: { disable: true } },
    locale: localeArgType,
    textLang: {
      control: 'text',
      description: 'Language of the persona\'s texts (`text-lang` attribute), a BCP 47 tag: their `lang` and direction. `<journey-map>` sets the document\'s `locale`.',
      table: { category: 'attributes' },
    },
    'text-lang': { table: { disable: true } },
    theme: themeArgType,
    strings: stringsArgType,
  },
  parameters: {
    docs: {
      description: {
        component:
          'The customer a map is about: picture or initials, name, role, quote, goals, needs, frustrations, expectations, beliefs and attributes. The map shows compact cards in its header and a full card on demand.',
      },
    },
  },
} satisfies Meta<CardArgs>;

export default meta;
type Story = StoryObj<CardArgs>;

export const OperationsManager: Story = {
  parameters: { docs: { description: { story: 'A full card from the English sample. No picture, so the initials stand in.' } } },
};

export const WithPicture: Story = {
  args: { persona: { ...personaOf(phoneSystemJourney, 'cfo'), image: 'assets/persona-avatar.png' } },
  parameters: { docs: { description: { story: 'A picture from a relative URL; it is decorative, the name is right next to it.' } } },
};

export const UnsafePicture: Story = {
  args: { persona: { ...operationsManager, image: 'javascript:alert(1)' } },
  parameters: { docs: { description: { story: 'A picture URL with an unsafe scheme is never loaded: the initials are shown instead.' } } },
};

export const Compact: Story = {
  args: { compact: true },
  parameters: { docs: { description: { story: '`compact`: as in the map header.' } } },
};

export const NameOnly: Story = {
  args: { persona: { id: 'visitor', name: 'First-time visitor' } },
  parameters: { docs: { description: { story: 'Only the required fields: empty sections are left out.' } } },
};

export const Russian: Story = {
  args: { persona: personaOf(bankCardJourneyRu, 'anna'), locale: 'ru' },
  parameters: { docs: { description: { story: 'A persona of the Russian sample, section headings in Russian.' } } },
};

export const Romanian: Story = {
  args: { persona: personaOf(partnerProgrammeJourneyRo, 'mihai'), locale: 'ro' },
  parameters: { docs: { description: { story: 'A persona of the Romanian sample.' } } },
};

export const VeryLongText: Story = {
  args: {
    persona: {
      ...personaOf(longTextJourney, 'ip'),
      quote: 'Мне нужно переоформление без человеконенавистнических очередей и электрофотополупроводниковых копий.',
      frustrations: ['Неконституционность повторного предоставления документов', 'Высокопревосходительство формальностей'],
      attributes: { 'Стаж предпринимательской деятельности': 17, 'Регион': 'Ханты-Мансийский автономный округ — Югра' },
    },
    locale: 'ru',
  },
  parameters: { docs: { description: { story: 'Long names and words with no break opportunity wrap inside the card.' } } },
};

export const RenamedSections: Story = {
  args: { strings: { 'persona.goals': 'Jobs to be done', 'persona.frustrations': 'Pains' } },
  parameters: { docs: { description: { story: 'The `strings` property renames section headings.' } } },
};

export const RightToLeft: Story = {
  globals: RTL_GLOBALS,
  parameters: { docs: { description: { story: 'Under `dir="rtl"`.' } } },
};

export const Dark: Story = {
  args: { persona: { ...personaOf(phoneSystemJourney, 'cfo'), image: 'assets/persona-avatar.png' } },
  globals: DARK_GLOBALS,
  parameters: { docs: { description: { story: '`theme="dark"`.' } } },
};
