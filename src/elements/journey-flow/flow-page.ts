/**
 * The standalone `<journey-flow>` page: its warnings, the drawing, the legend with where the numbers
 * come from, and the table alternative (the parts are in flow-template.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { JourneyProblem } from '../../model/types.js';
import { renderWarnings } from '../journey-map/map-header.js';
import { renderDrawing, renderLegend, renderSource, renderTable, sourceText, type FlowHandlers, type FlowView } from './flow-template.js';

export interface FlowPageOptions extends FlowHandlers {
  /** The warnings to show (none once dismissed). */
  warnings: readonly JourneyProblem[];
  onDismissWarnings: () => void;
  /** The drawing (flow-drawing.ts) of `view`. */
  drawing: SVGSVGElement;
  /** What the live region says about the focus. */
  announcement: string;
  onTableToggle: (open: boolean) => void;
  onDownload: () => void;
}

export function renderFlowPage(view: FlowView, options: FlowPageOptions): TemplateResult {
  return html`<div class="base" part="base">
    ${options.warnings.length ? renderWarnings(options.warnings, view.words, options.onDismissWarnings) : nothing}
    ${view.flow.nodes.length
      ? html`${renderDrawing(view, options.drawing, options, options.announcement)}
          <div class="footer">
            ${renderLegend(view)}
            ${renderSource(view, 'source')}
          </div>
          ${renderTable(view, options.onTableToggle, options.onDownload)}`
      : html`<p class="empty">${sourceText(view)}</p>`}
  </div>`;
}
