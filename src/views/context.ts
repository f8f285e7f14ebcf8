import { laneString, type LaneStringKey } from '../i18n/lane-strings.js';
import type { NormalizedJourney, NormalizedStep } from '../model/types.js';
import type { Translator } from '../i18n/translator.js';

/**
 * What a view of a cell needs besides the lane and the step. The screen's Lit cells, the SVG/PNG
 * export and the CSV read the same views built from it, so they cannot disagree.
 */
export interface CellContext extends Translator {
  journey: NormalizedJourney;
  /** Persona id the map is filtered to, or undefined for all personas. */
  persona?: string;
  /** The step in the column before, for switch markers; undefined in the first column. */
  previous?: NormalizedStep;
  /** The `no-switches` attribute: no channel, device or owner switch markers. */
  noSwitches?: boolean;
}

/** A localized lane string for the cell's locale and the host's overrides. */
export function text(ctx: CellContext, key: LaneStringKey, values?: Record<string, string | number>): string {
  return laneString(ctx, key, values);
}

/** The non-empty strings of a list field; anything else in it is skipped, never rendered. */
export function textList(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value] : [];
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is string => typeof item === 'string' && item.trim() !== '');
}

/** The object entries of a list field (touchpoints, pain points, …); anything else is skipped. */
export function records<T extends object>(value: unknown): T[] {
  return Array.isArray(value) ? value.filter((item): item is T => !!item && typeof item === 'object') : [];
}

export const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** The display name of a persona id, or undefined for the document-wide series. */
export function personaName(ctx: CellContext, id: string): string | undefined {
  const persona = ctx.journey.personas.find((candidate) => candidate.id === id);
  return persona && nonEmpty(persona.name) ? persona.name : undefined;
}
