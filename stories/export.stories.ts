import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { JourneyMap } from '../src/elements/journey-map/journey-map.component.js';
import type { JourneyDocument } from '../src/model/types.js';
import {
  bankCardJourneyRu,
  partnerProgrammeJourneyRo,
  phoneSystemFutureJourney,
  phoneSystemJourney,
  phoneSystemWithIndividuals,
} from '../src/samples/index.js';
import { themeFor, type StoryRenderContext } from './helpers.js';
import { passportJourneyHe } from './rtl-hebrew.js';

interface ExportArgs {
  journey: JourneyDocument;
  compareTo?: JourneyDocument;
  locale?: string;
  dir?: 'ltr' | 'rtl';
  theme?: 'light' | 'dark';
}

/** Once the map has drawn, puts its exported SVG in the image beside it (as a file would show it). */
function showExport(map: Element | undefined): void {
  if (!map) return;
  const element = map as JourneyMap;
  void element.updateComplete.then(() =>
    requestAnimationFrame(() => {
      const image = element.parentElement?.parentElement?.querySelector<HTMLImageElement>('img.export-picture');
      const svg = element.exportSVG();
      if (!image || !svg) return;
      if (image.src.startsWith('blob:')) URL.revokeObjectURL(image.src);
      image.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    }),
  );
}

function render(args: ExportArgs, context: StoryRenderContext): TemplateResult {
  return html`<div class="export-beside" dir=${args.dir ?? 'ltr'} style="display: grid; gap: 1rem">
    <section aria-label="The map">
      <journey-map
        ${ref(showExport)}
        .journey=${args.journey}
        .compareTo=${args.compareTo}
        locale=${args.locale ?? 'en'}
        theme=${themeFor(args, context) ?? 'light'}
      ></journey-map>
    </section>
    <figure style="margin: 0">
      <figcaption>exportSVG(), shown as an image</figcaption>
      <img class="export-picture" alt="The exported picture of the map above" style="max-inline-size: 100%; border: 1px solid #d1d5db" />
    </figure>
  </div>`;
}

const meta: Meta<ExportArgs> = {
  title: 'Export/Picture beside the map',
  render,
  parameters: {
    docs: {
      description: {
        component:
          'Each sample as the screen shows it and as `exportSVG()` draws it: the same pain-point colours and severity, sentiment markers, scale labels, moments of truth and switches, in the map’s language and direction. See docs/export.md.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<ExportArgs>;

export const PhoneSystem: Story = { args: { journey: phoneSystemJourney } };
export const FutureComparedWithCurrent: Story = { args: { journey: phoneSystemFutureJourney, compareTo: phoneSystemJourney } };
export const BankCardRussian: Story = { args: { journey: bankCardJourneyRu, locale: 'ru' } };
export const PartnerProgrammeRomanian: Story = { args: { journey: partnerProgrammeJourneyRo, locale: 'ro' } };
export const WithCustomers: Story = { args: { journey: phoneSystemWithIndividuals(300) } };
export const HebrewRightToLeft: Story = { args: { journey: passportJourneyHe, dir: 'rtl' } };
