import { css, html, nothing, type TemplateResult } from 'lit';
import { mapString } from '../../i18n/map-strings.js';
import type { JourneyProblem } from '../../model/types.js';
import type { Translator } from '../../i18n/translator.js';

/** A failure of the library itself, shown like a document problem rather than thrown into the page. */
export function internalProblem(error: unknown): JourneyProblem {
  return { path: '', code: 'internal', message: error instanceof Error ? error.message : String(error), severity: 'error' };
}

/** The document's own fields a reader knows by where the map shows them (the header's freshness line). */
const FIELD_PLACES: Record<string, 'place.asOf' | 'place.review'> = { '/asOf': 'place.asOf', '/reviewedAt': 'place.review', '/reviewEvery': 'place.review' };

/**
 * Where a problem is: the item in words when the path names one ("stage “Book”, step “Calls the
 * booking line”", or "map header, “Data as of”" for `/asOf`), then its JSON path; a problem of the
 * whole document read from `file` (the `src` URL, such as a JSON syntax error) names the file
 * instead of "(document)". Text only.
 */
export function renderProblemWhere(problem: JourneyProblem, t: Translator, file?: string): TemplateResult {
  const field = Object.prototype.hasOwnProperty.call(FIELD_PLACES, problem.path) ? FIELD_PLACES[problem.path] : undefined;
  const place = problem.place ?? (field ? mapString(t, field) : undefined);
  if (!problem.path && file) return html`<span class="problem__place">${mapString(t, 'error.file', { name: file })}</span>`;
  return html`${place ? html`<span class="problem__place">${place}</span> ` : nothing}<code class="problem__path"
      >${problem.path || mapString(t, 'error.root')}</code
    >`;
}

/**
 * The panel shown instead of a map that cannot be drawn: every problem with its JSON path and
 * message, announced once as an alert.
 */
export function renderErrorPanel(
  problems: readonly JourneyProblem[],
  t: Translator,
  source: 'document' | 'network' = 'document',
  file?: string,
): TemplateResult {
  // A document that never arrived has no paths to point at.
  const paths = source === 'document';
  return html`<div class="error" part="error" role="alert">
    <p class="error__title">${mapString(t, 'error.title')}</p>
    <p>${mapString(t, paths ? 'error.intro' : 'error.loadIntro')}</p>
    <ul class="problems">
      ${problems.map(
        (problem) =>
          html`<li data-code=${problem.code}>
            ${paths ? renderProblemWhere(problem, t, file) : nothing}
            <span class="problem__message">${problem.message}</span>
          </li>`,
      )}
    </ul>
  </div>`;
}

export const errorPanelStyles = css`
  .error {
    box-sizing: border-box;
    padding: calc(var(--journey-space-2) * 2);
    border: 2px solid var(--journey-emotion-negative);
    border-radius: var(--journey-radius);
    background: var(--journey-surface);
    color: var(--journey-text);
  }
  .error__title {
    margin: 0 0 var(--journey-space-2);
    font-weight: 700;
    font-size: 1.1em;
  }
  .error p {
    margin-block: 0 var(--journey-space-2);
  }
  .problems {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .problems li + li {
    margin-block-start: calc(var(--journey-space-2) / 2);
  }
  .problem__place {
    font-weight: 600;
  }
  .problem__path {
    margin-inline-end: 0.5em;
    padding-inline: 0.25em;
    border-radius: 3px;
    background: var(--journey-surface-alt);
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
`;
