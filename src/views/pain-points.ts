import { formatSpokenNumber } from '../i18n/number-format.js';
import { colorSlot } from '../layout/curve-model.js';
import type { NormalizedStep, PainPoint } from '../model/types.js';
import { nonEmpty, personaName, records, text, type CellContext } from './context.js';

export const CLASSIC_CATEGORIES = ['financial', 'process', 'support', 'performance'] as const;
export type ClassicCategory = (typeof CLASSIC_CATEGORIES)[number];
/** The colour family of a pain point: a classic category's, or one shared by every team category. */
export type PainFamily = ClassicCategory | 'custom';

export const MAX_SEVERITY = 5;

/** One pain point as every output shows it. */
export interface PainPointView {
  text: string;
  family: PainFamily;
  /** The category as shown: a classic one in the UI language, a team's own exactly as written. */
  category?: string;
  /** True when `category` is a UI word (a classic category), false when it is the document's text. */
  categoryIsUiWord: boolean;
  /** 1..5, rounded and clamped; undefined when the document gives none. */
  severity?: number;
  /** "Severity 4 of 5" in the UI language. */
  severityWords?: string;
  /** "●●●●○": the severity for the eye. */
  severityDots?: string;
  /** The persona's name, when the map shows several personas and is not filtered to one. */
  persona?: string;
  /** The persona's colour slot (`--journey-series-N`), the same as its line on the curve; with `persona`. */
  personaColor?: number;
}

function categoryOf(painPoint: PainPoint, ctx: CellContext): Pick<PainPointView, 'family' | 'category' | 'categoryIsUiWord'> {
  if (!nonEmpty(painPoint.category)) return { family: 'custom', categoryIsUiWord: false };
  const written = painPoint.category.trim();
  const classic = CLASSIC_CATEGORIES.find((name) => name === written.toLowerCase());
  // A team's own category is shown exactly as written; trimming only decides whether it is a classic one.
  return classic
    ? { family: classic, category: text(ctx, `pain.${classic}`), categoryIsUiWord: true }
    : { family: 'custom', category: painPoint.category, categoryIsUiWord: false };
}

/** Severity on the 1..5 scale, or undefined when the document gives none. */
export function severityOf(painPoint: PainPoint): number | undefined {
  const value = painPoint.severity;
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  return Math.min(MAX_SEVERITY, Math.max(1, Math.round(value)));
}

/**
 * The step's pain points with text, in document order, as the map shows them: when it is filtered to
 * a persona, pain points that belong to another persona are left out.
 */
export function painPointViews(step: NormalizedStep, ctx: CellContext): PainPointView[] {
  return records<PainPoint>(step.painPoints)
    .filter((pain) => nonEmpty(pain.text) && (!ctx.persona || !nonEmpty(pain.persona) || pain.persona === ctx.persona))
    .map((pain) => {
      const severity = severityOf(pain);
      // Naming the persona only helps when the map shows several and is not already filtered to one.
      const persona =
        !ctx.persona && ctx.journey.personas.length > 1 && nonEmpty(pain.persona) ? personaName(ctx, pain.persona) : undefined;
      const view: PainPointView = { text: pain.text, ...categoryOf(pain, ctx), persona };
      if (persona) view.personaColor = colorSlot(ctx.journey, pain.persona!);
      if (severity !== undefined) {
        view.severity = severity;
        view.severityDots = '●'.repeat(severity) + '○'.repeat(MAX_SEVERITY - severity);
        view.severityWords = text(ctx, 'pain.severity', {
          value: formatSpokenNumber(severity, ctx.intlLocale),
          max: formatSpokenNumber(MAX_SEVERITY, ctx.intlLocale),
        });
      }
      return view;
    });
}
