/**
 * What `<journey-flow>` exports: the picture (through the map's SVG writer, in the element's colours,
 * language and direction) and the download of the transition table as a CSV file.
 */
import { buildFlowScene } from '../../export/flow-scene.js';
import { readPalette } from '../../export/palette.js';
import { sceneSVG, serializeSVG, type MapSVG } from '../../export/svg.js';
import type { FlowView } from './flow-template.js';

/** The whole flow of `view` as an SVG picture in `host`'s current colours, mirrored when `host` is right to left. */
export function flowPicture(host: HTMLElement, view: FlowView, stallAfterDays: number | undefined): MapSVG {
  const palette = readPalette(host);
  const rtl = host.matches(':dir(rtl)');
  return serializeSVG(sceneSVG(buildFlowScene(view.journey, { words: view.words, palette, rtl, stallAfterDays }), palette));
}

/** Offers `csv` as a file download named `name` (nothing when it is empty). */
export function downloadCSV(csv: string, name: string): void {
  if (!csv) return;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
}
