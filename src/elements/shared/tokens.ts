import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The public theme tokens: every `--journey-*` custom property with its default. Colours use
 * `light-dark()`, so one list serves both themes: the element that declares the tokens takes
 * `color-scheme` from the host page, or from its `theme` attribute (`auto` = the user's preference), and lanes inside a map inherit
 * both the tokens and the scheme. Names match the ones lane cells and persona cards read. Text colours
 * (text, muted, accent, moment-of-truth, good, bad) meet WCAG AA on surface, surface-alt,
 * step-background and selection in both themes; text and muted also on stage-background.
 */
export const THEME_TOKENS = {
  surface: 'light-dark(#ffffff, #111827)',
  'surface-alt': 'light-dark(#f3f4f6, #1f2937)',
  text: 'light-dark(#1f2937, #f3f4f6)',
  muted: 'light-dark(#4b5563, #9ca3af)',
  border: 'light-dark(#d1d5db, #374151)',
  accent: 'light-dark(#1d4ed8, #93c5fd)',
  'on-accent': 'light-dark(#ffffff, #111827)',
  selection: 'light-dark(#eff6ff, #1c3354)',
  'focus-ring': 'light-dark(#1d4ed8, #93c5fd)',
  'stage-background': 'light-dark(#e5e7eb, #273244)',
  'step-background': 'light-dark(#f9fafb, #161e2e)',
  'moment-of-truth': 'light-dark(#92400e, #fbbf24)',
  'visibility-line': 'light-dark(#6b7280, #9ca3af)',
  good: 'light-dark(#15803d, #4ade80)',
  bad: 'light-dark(#b91c1c, #f87171)',
  'emotion-positive': 'light-dark(#15803d, #4ade80)',
  'emotion-neutral': 'light-dark(#4b5563, #9ca3af)',
  'emotion-negative': 'light-dark(#b91c1c, #f87171)',
  'pain-financial': 'light-dark(#a16207, #fbbf24)',
  'pain-process': 'light-dark(#1d4ed8, #93c5fd)',
  'pain-support': 'light-dark(#7e22ce, #d8b4fe)',
  'pain-performance': 'light-dark(#be123c, #fda4af)',
  'pain-custom': 'light-dark(#0f766e, #5eead4)',
  'series-1': 'light-dark(#1d4ed8, #93c5fd)',
  'series-2': 'light-dark(#c2410c, #fdba74)',
  'series-3': 'light-dark(#7e22ce, #d8b4fe)',
  'series-4': 'light-dark(#0f766e, #5eead4)',
  'series-5': 'light-dark(#be185d, #f9a8d4)',
  'series-6': 'light-dark(#4d7c0f, #bef264)',
  'zone-positive': 'light-dark(rgb(21 128 61 / 0.07), rgb(74 222 128 / 0.1))',
  'zone-negative': 'light-dark(rgb(185 28 28 / 0.07), rgb(248 113 113 / 0.1))',
  'compare-dash': '6 4',
  'grid-line': 'light-dark(#e5e7eb, #2b3544)',
  individual: 'light-dark(#334155, #cbd5e1)',
  highlight: 'light-dark(#111827, #fde68a)',
  'space-1': '0.25rem',
  'space-2': '0.5rem',
  'space-3': '0.75rem',
  radius: '8px',
  'chip-radius': '6px',
  'column-min-width': '176px',
  'header-width': '160px',
  'max-block-size': '80vh',
} as const;

export type ThemeToken = keyof typeof THEME_TOKENS;

/** `--journey-<token>: <default>;` for every token, to declare on the `:host` that owns the theme. */
export const tokenDeclarations: CSSResult = unsafeCSS(
  Object.entries(THEME_TOKENS)
    .map(([name, value]) => `--journey-${name}: ${value};`)
    .join('\n'),
);

/** System colours replace the palette in forced-colors mode (Windows high contrast). */
export const forcedColorTokens: CSSResult = unsafeCSS(
  [
    '--journey-surface: Canvas;',
    '--journey-surface-alt: Canvas;',
    '--journey-step-background: Canvas;',
    '--journey-stage-background: Canvas;',
    '--journey-text: CanvasText;',
    '--journey-muted: CanvasText;',
    '--journey-border: CanvasText;',
    '--journey-accent: Highlight;',
    '--journey-on-accent: HighlightText;',
    // Selection is shown by a Highlight outline, not a fill: CanvasText stays readable on Canvas.
    '--journey-selection: Canvas;',
    '--journey-focus-ring: Highlight;',
    '--journey-moment-of-truth: CanvasText;',
    '--journey-visibility-line: CanvasText;',
  ].join('\n'),
);

function pixels(value: string, element: Element): number | undefined {
  const match = /^(-?\d*\.?\d+)(px|rem|em)?$/.exec(value.trim());
  if (!match) return undefined;
  const amount = Number(match[1]);
  if (match[2] === 'rem') return amount * parseFloat(getComputedStyle(element.ownerDocument.documentElement).fontSize);
  if (match[2] === 'em') return amount * parseFloat(getComputedStyle(element).fontSize);
  return amount;
}

/**
 * The column sizes an author set through `--journey-header-width` and `--journey-column-min-width`
 * (px, rem or em), for `computeColumns`; undefined entries fall back to its defaults.
 */
export function columnOptionsFrom(element: Element): { headerWidth?: number; minColumnWidth?: number } {
  const style = getComputedStyle(element);
  return {
    headerWidth: pixels(style.getPropertyValue('--journey-header-width'), element),
    minColumnWidth: pixels(style.getPropertyValue('--journey-column-min-width'), element),
  };
}

/**
 * The theme of an element that owns its tokens, as a style sheet of its own (no interpolation inside
 * rules, so CSS linters can read every other sheet): the tokens on `:host`; `color-scheme` inherited
 * from the host page by default (a page that declares none is light, even on a dark system), the
 * system's with `theme="auto"`, forced with `theme="light"`/`"dark"`; system colours in forced-colors mode. `condition`
 * narrows the host, e.g. `:not([role='row'])` for a lane that is only its own theme owner when alone.
 */
export function themeStyles(condition = ''): CSSResult {
  const host = (extra = '') => (condition || extra ? `:host(${condition}${extra})` : ':host');
  return unsafeCSS(`
${host()} { ${tokenDeclarations.cssText} }
${host("[theme='auto']")} { color-scheme: light dark; }
${host("[theme='light']")} { color-scheme: light; }
${host("[theme='dark']")} { color-scheme: dark; }
@media (forced-colors: active) { ${host()} { ${forcedColorTokens.cssText} } }
`);
}
