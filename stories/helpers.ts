/**
 * What every story file shares: how the toolbar globals reach the elements, where the JSON assets
 * are, and the argTypes of properties and events that several elements have in common.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { StringOverrides } from '../src/i18n/locale.js';
import { documentNames } from './documents.js';

/** The toolbar globals of .storybook/preview.ts. */
export interface StoryGlobals {
  theme?: 'light' | 'dark';
  locale?: string;
  direction?: 'ltr' | 'rtl';
}

/** The part of Storybook's story context the render functions read. */
export interface StoryRenderContext {
  globals: StoryGlobals | Record<string, unknown>;
}

/** Args every element takes. Event handlers are filled in by Storybook's actions. */
export interface CommonArgs {
  locale?: string;
  theme?: 'light' | 'dark';
  strings?: StringOverrides;
  onJourneySelect?: (event: Event) => void;
  onJourneyError?: (event: Event) => void;
  onJourneyLaneToggle?: (event: Event) => void;
}

const ASSETS = 'assets/';
const assets = { base: ASSETS };

/**
 * Where `assets/…` URLs in story args point. Relative by default, so the built Storybook works from
 * any folder of any web server (.storybook/main.ts serves stories/assets as `assets/`); the story
 * test points it at the dev server's `/stories/assets/`.
 */
export function setAssetsBase(base: string): void {
  assets.base = base.endsWith('/') ? base : `${base}/`;
}

/** A URL from a story arg, with a leading `assets/` resolved at render time; other URLs unchanged. */
export function assetUrl(url: string | undefined): string | undefined {
  return url?.startsWith(ASSETS) ? `${assets.base}${url.slice(ASSETS.length)}` : url;
}

function globalsOf(context: StoryRenderContext): StoryGlobals {
  return context.globals as StoryGlobals;
}

/** The element's theme: the story's own `theme` arg, else the toolbar's. */
export function themeFor(args: { theme?: 'light' | 'dark' }, context: StoryRenderContext): 'light' | 'dark' | undefined {
  return args.theme || globalsOf(context).theme;
}

/** The language the story's elements speak: the story's own `locale` arg, else the toolbar's. */
export function localeFor(args: { locale?: string }, context: StoryRenderContext): string {
  return args.locale || globalsOf(context).locale || 'en';
}

/** An attribute value, or no attribute at all for an unset or cleared control. */
export function optional<T>(value: T | undefined | null | ''): T | typeof nothing {
  return value === undefined || value === null || value === '' ? nothing : value;
}

/**
 * The elements read the page's `lang` and `dir` when they render, as they would on a host page where
 * those rarely change. The toolbar changes them at any time, so the story's elements are created anew
 * whenever the locale or direction changes.
 */
export function inPage(context: StoryRenderContext, template: TemplateResult): TemplateResult {
  const { locale = 'en', direction = 'ltr' } = globalsOf(context);
  return html`${keyed(`${locale}|${direction}`, template)}`;
}

/** Story-level globals that force a state the toolbar could also pick. */
export const RTL_GLOBALS = { direction: 'rtl' } as const;
export const DARK_GLOBALS = { theme: 'dark' } as const;

/** argTypes of the properties and attributes several elements share. */
export const localeArgType = {
  control: 'inline-radio',
  options: ['en', 'ru', 'ro'],
  description: 'Locale of UI strings (`locale` attribute). Unset: the page language from the toolbar.',
  table: { category: 'attributes' },
} as const;

export const themeArgType = {
  control: 'inline-radio',
  options: ['light', 'dark'],
  description: '`theme` attribute. Unset in a story: the toolbar theme is passed.',
  table: { category: 'attributes' },
} as const;

export const stringsArgType = {
  control: 'object',
  description: 'Replacements for UI strings by key (`strings` property), e.g. `{ "lane.actions": "Tasks" }`.',
  table: { category: 'properties' },
} as const;

export const headingLevelArgType = {
  control: { type: 'number', min: 1, max: 6, step: 1 },
  description: 'Level of the title heading (`heading-level` attribute).',
  table: { category: 'attributes' },
} as const;

/**
 * A journey document picked by name from stories/documents.ts (a story may also pass a document
 * object); the render function turns the name into the document and sets the `journey` property.
 */
export function documentArgType(description: string) {
  return {
    control: 'select',
    options: documentNames,
    description,
    table: { category: 'properties' },
  } as const;
}

/** Storybook logs these events in its Actions panel. */
export const eventArgTypes = {
  onJourneySelect: { action: 'journey-select', table: { category: 'events' } },
  onJourneyError: { action: 'journey-error', table: { category: 'events' } },
  onJourneyLaneToggle: { action: 'journey-lane-toggle', table: { category: 'events' } },
} as const;

/**
 * The worked example of docs/theming.md: a company palette on every map of a page, in both themes.
 * The "Corporate palette" story applies exactly this text, and a test checks the page quotes it.
 */
export const CORPORATE_PALETTE_CSS = `journey-map {
  font-family: 'Segoe UI', system-ui, sans-serif;
  --journey-accent: light-dark(#00594f, #7fd6c8);
  --journey-focus-ring: light-dark(#00594f, #7fd6c8);
  --journey-on-accent: light-dark(#ffffff, #0b1f1c);
  --journey-selection: light-dark(#e3f1ee, #173a35);
  --journey-stage-background: light-dark(#d7e8e4, #1f3833);
  --journey-step-background: light-dark(#f3f8f7, #14211f);
  --journey-series-1: light-dark(#00594f, #7fd6c8);
  --journey-series-2: light-dark(#a8431c, #ffae85);
  --journey-radius: 2px;
  --journey-chip-radius: 2px;
}`;

/** A `<style>` element with `css`, for stories that show page-level styling. */
export function pageStyle(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  return style;
}
