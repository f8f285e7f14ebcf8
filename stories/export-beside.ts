import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { JourneyMap } from '../src/elements/journey-map/journey-map.component.js';
import { inPage, optional, themeFor, type StoryRenderContext } from './helpers.js';

/** The map's args the export stories use. */
export interface ExportArgs {
  journey?: unknown;
  compareTo?: unknown;
  locale?: string;
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

/**
 * A sample as the screen shows it and, under it, as `exportSVG()` draws it (the "Export" stories):
 * the picture is the file a designer would open.
 */
export function renderExportBeside(args: ExportArgs, context: StoryRenderContext): TemplateResult {
  return inPage(
    context,
    html`<div class="export-beside" style="display: grid; gap: 1rem">
    <section aria-label="The map">
      <journey-map
        ${ref(showExport)}
        .journey=${args.journey}
        .compareTo=${args.compareTo}
        locale=${optional(args.locale)}
        theme=${themeFor(args, context) ?? 'light'}
      ></journey-map>
    </section>
    <figure style="margin: 0">
      <figcaption>exportSVG(), shown as an image</figcaption>
      <img class="export-picture" alt="The exported picture of the map above" style="max-inline-size: 100%; border: 1px solid #d1d5db" />
    </figure>
  </div>`,
  );
}

