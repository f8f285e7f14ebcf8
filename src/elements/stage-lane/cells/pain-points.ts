import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatSpokenNumber } from '../../../i18n/number-format.js';
import type { NormalizedStep, PainPoint } from '../../../model/types.js';
import { nonEmpty, personaName, records, text, uiWord, type CellContext } from './shared.js';

export const CLASSIC_CATEGORIES = ['financial', 'process', 'support', 'performance'] as const;
export type ClassicCategory = (typeof CLASSIC_CATEGORIES)[number];

export const MAX_SEVERITY = 5;

/** The colour family of a chip (a fixed class, never built from data) and the label shown on it. */
function categoryOf(painPoint: PainPoint, ctx: CellContext): { family: ClassicCategory | 'custom'; label?: string } {
  if (!nonEmpty(painPoint.category)) return { family: 'custom' };
  const written = painPoint.category.trim();
  const classic = CLASSIC_CATEGORIES.find((name) => name === written.toLowerCase());
  // A team's own category is shown exactly as written; trimming only decides whether it is a classic one.
  return classic ? { family: classic, label: text(ctx, `pain.${classic}`) } : { family: 'custom', label: painPoint.category };
}

/** Severity on the 1..5 scale, or undefined when the document gives none. */
function severityOf(painPoint: PainPoint): number | undefined {
  const value = painPoint.severity;
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  return Math.min(MAX_SEVERITY, Math.max(1, Math.round(value)));
}

/** Severity as dots (for the eye) and words ("Severity 4 of 5", for everyone, in the UI language). */
function renderSeverity(severity: number, ctx: CellContext): TemplateResult {
  const dots = '●'.repeat(severity) + '○'.repeat(MAX_SEVERITY - severity);
  const words = text(ctx, 'pain.severity', {
    value: formatSpokenNumber(severity, ctx.intlLocale),
    max: formatSpokenNumber(MAX_SEVERITY, ctx.intlLocale),
  });
  return html`<span class="severity" data-severity=${severity}
    ><span class="severity__dots" aria-hidden="true">${dots}</span> ${uiWord(ctx, words, 'severity__words')}</span
  >`;
}

function renderPainPoint(painPoint: PainPoint, ctx: CellContext): TemplateResult {
  const { family, label } = categoryOf(painPoint, ctx);
  const severity = severityOf(painPoint);
  // Naming the persona only helps when the map shows several and is not already filtered to one.
  const persona =
    !ctx.persona && ctx.journey.personas.length > 1 && nonEmpty(painPoint.persona)
      ? personaName(ctx, painPoint.persona)
      : undefined;
  // Weight by severity (data-severity): the strongest pain in a column is the most prominent card.
  return html`<li class="chip pain pain--${family}" data-severity=${severity ?? 0}>
    ${label ? html`<span class="chip__category" lang=${ifDefined(family === 'custom' ? undefined : ctx.locale)}>${label}</span>` : nothing}
    <span class="pain__text">${painPoint.text}</span>
    ${severity !== undefined || persona
      ? html`<span class="meta"
          >${severity !== undefined ? renderSeverity(severity, ctx) : nothing}
          ${persona ? html`<span class="pain__persona">${persona}</span>` : nothing}</span
        >`
      : nothing}
  </li>`;
}

/**
 * Pain points as chips coloured and labelled by category, with severity as dots and words. When the
 * map is filtered to a persona, pain points that belong to another persona are left out.
 */
export function renderPainPointsCell(step: NormalizedStep, ctx: CellContext): TemplateResult | typeof nothing {
  const painPoints = records<PainPoint>(step.painPoints).filter(
    (painPoint) =>
      nonEmpty(painPoint.text) && (!ctx.persona || !nonEmpty(painPoint.persona) || painPoint.persona === ctx.persona),
  );
  if (!painPoints.length) return nothing;
  return html`<ul class="items items--plain">
    ${painPoints.map((painPoint) => renderPainPoint(painPoint, ctx))}
  </ul>`;
}
