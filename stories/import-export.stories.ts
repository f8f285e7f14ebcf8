import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { JourneyMap } from '../src/elements/journey-map/journey-map.component.js';
import { journeyFromCSV } from '../src/import/csv.js';
import { journeyFromMermaid } from '../src/import/mermaid.js';
import { inPage, optional, themeFor, type CommonArgs, type StoryRenderContext } from './helpers.js';
import journeyMapMeta from './journey-map.stories.js';

/** Mermaid's documented user-journey example, as a wiki page would hold it. */
const MERMAID = `journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me`;

/** A hand-made sheet: lanes down, stages and steps across, `;` as Excel writes it in ru and ro locales. */
const CSV = `;Awareness;;Purchase
;Sees an ad;Asks a friend;Pays
Doing;Scrolls past;"Calls Ana
Texts Bo";Pays online
Emotion;0;"Me: 1
Cat: -1";2
Pain points;;;"Fees (financial; severity 4)"
Opportunities;;"Referral code (owner Marketing; impact high; effort low)";`;

const layout = html`<style>
  .side-by-side {
    display: grid;
    grid-template-columns: minmax(16rem, 1fr) 3fr;
    gap: 1rem;
    align-items: start;
  }
  .side-by-side pre,
  .side-by-side textarea {
    margin: 0;
    font: 0.85rem/1.4 ui-monospace, monospace;
    padding: 0.75rem;
    border: 1px solid CanvasText;
    border-radius: 4px;
    background: Canvas;
    color: CanvasText;
    white-space: pre;
    overflow: auto;
  }
  .side-by-side textarea {
    inline-size: 100%;
    box-sizing: border-box;
    block-size: 16rem;
  }
  .side-by-side label,
  .side-by-side .caption {
    display: block;
    font: 600 0.9rem system-ui, sans-serif;
    margin-block-end: 0.25rem;
  }
  .side-by-side ul {
    font: 0.85rem system-ui, sans-serif;
    padding-inline-start: 1.25rem;
  }
  @media (max-width: 48rem) {
    .side-by-side {
      grid-template-columns: 1fr;
    }
  }
</style>`;

/** Reads the textarea's CSV into the map next to it, and lists what could not be read. */
function readSheet(textarea: HTMLTextAreaElement, locale: string | undefined): void {
  const root = textarea.closest('.side-by-side')!;
  const map = root.querySelector('journey-map') as JourneyMap;
  const list = root.querySelector('ul')!;
  const result = journeyFromCSV(textarea.value, { locale, title: 'From the sheet' });
  if (result.journey) map.journey = result.journey;
  list.replaceChildren(
    ...[...result.errors, ...result.warnings].map((problem) => Object.assign(document.createElement('li'), { textContent: problem.message })),
  );
}

const meta = {
  title: 'Guides/Import and export',
  component: 'journey-map',
  tags: ['autodocs'],
  // The map's own controls; these stories use its locale and theme, the document comes from the text.
  argTypes: journeyMapMeta.argTypes,
  parameters: {
    docs: {
      description: {
        component:
          '`journeyFromMermaid`, `journeyToMermaid` and `journeyFromCSV` bring journeys teams already have into the map, and take them out again. See docs/import-export.md for the mapping tables and limits.',
      },
    },
  },
} satisfies Meta<CommonArgs>;

export default meta;
type Story = StoryObj<CommonArgs>;

/**
 * A Mermaid `journey` block and the map made from it by `journeyFromMermaid`. On a page, wrapping
 * the block in `<journey-map>` as `<script type="text/x-mermaid">` does the same.
 */
export const MermaidBesideTheMap: Story = {
  render: (args, context) =>
    inPage(
      context as StoryRenderContext,
      html`${layout}
        <div class="side-by-side">
          <figure style="margin: 0">
            <figcaption class="caption">Mermaid</figcaption>
            <pre tabindex="0" aria-label="Mermaid text" dir="ltr">${MERMAID}</pre>
          </figure>
          <journey-map
            .journey=${journeyFromMermaid(MERMAID).journey}
            locale=${optional(args.locale)}
            theme=${optional(themeFor(args, context as StoryRenderContext))}
          ></journey-map>
        </div>`,
    ),
};

/** A sheet pasted into the text area becomes the map as you type; what cannot be read is listed under it. */
export const CsvPastedLive: Story = {
  render: (args, context) =>
    inPage(
      context as StoryRenderContext,
      html`${layout}
        <div class="side-by-side">
          <div>
            <label for="sheet">CSV (lanes down, stages and steps across)</label>
            <textarea
              id="sheet"
              dir="ltr"
              spellcheck="false"
              .value=${CSV}
              @input=${(event: Event) => readSheet(event.target as HTMLTextAreaElement, args.locale)}
              ${ref((element) => element && queueMicrotask(() => readSheet(element as HTMLTextAreaElement, args.locale)))}
            ></textarea>
            <ul aria-live="polite"></ul>
          </div>
          <journey-map locale=${optional(args.locale)} theme=${optional(themeFor(args, context as StoryRenderContext))}></journey-map>
        </div>`,
    ),
};
