import { THEME_TOKENS, type ThemeToken } from '../elements/shared/tokens.js';

/** The colours of an export, each a concrete `#rrggbb` (an SVG opened elsewhere has no CSS variables). */
export interface ExportPalette {
  surface: string;
  laneHeader: string;
  stage: string;
  step: string;
  border: string;
  text: string;
  muted: string;
  accent: string;
  good: string;
  bad: string;
  grid: string;
  moment: string;
  individual: string;
  /** The opened customer's trace. */
  highlight: string;
  emotionPositive: string;
  emotionNeutral: string;
  emotionNegative: string;
  zonePositive: string;
  zoneNegative: string;
  painFinancial: string;
  painProcess: string;
  painSupport: string;
  painPerformance: string;
  painCustom: string;
  series: string[];
}

const PALETTE_TOKENS: Record<Exclude<keyof ExportPalette, 'series'>, ThemeToken> = {
  surface: 'surface',
  laneHeader: 'surface-alt',
  stage: 'stage-background',
  step: 'step-background',
  border: 'border',
  text: 'text',
  muted: 'muted',
  accent: 'accent',
  good: 'good',
  bad: 'bad',
  grid: 'grid-line',
  moment: 'moment-of-truth',
  individual: 'individual',
  highlight: 'highlight',
  emotionPositive: 'emotion-positive',
  emotionNeutral: 'emotion-neutral',
  emotionNegative: 'emotion-negative',
  zonePositive: 'zone-positive',
  zoneNegative: 'zone-negative',
  painFinancial: 'pain-financial',
  painProcess: 'pain-process',
  painSupport: 'pain-support',
  painPerformance: 'pain-performance',
  painCustom: 'pain-custom',
};
const SERIES_TOKENS = ['series-1', 'series-2', 'series-3', 'series-4', 'series-5', 'series-6'] as const satisfies readonly ThemeToken[];

const hex = (value: number) => Math.round(value).toString(16).padStart(2, '0');

/**
 * The light value of a `light-dark(light, dark)` token as `#rrggbb`: a hex colour as written, a
 * translucent `rgb(r g b / a)` flattened onto white (the light surface).
 */
function lightValue(token: ThemeToken): string {
  const value = THEME_TOKENS[token];
  const written = /#[0-9a-f]{6}/i.exec(value)?.[0];
  if (written) return written;
  const rgb = /rgb\((\d+) (\d+) (\d+) \/ ([\d.]+)\)/.exec(value);
  if (!rgb) return '#000000';
  const alpha = Number(rgb[4]);
  return `#${[rgb[1], rgb[2], rgb[3]].map((part) => hex(Number(part) * alpha + 255 * (1 - alpha))).join('')}`;
}

/** The light theme's defaults, used when the map's own colours cannot be read. */
export const LIGHT_PALETTE: ExportPalette = {
  ...(Object.fromEntries(Object.entries(PALETTE_TOKENS).map(([key, token]) => [key, lightValue(token)])) as Omit<ExportPalette, 'series'>),
  series: SERIES_TOKENS.map(lightValue),
};

/** A colour as sRGB bytes and an opacity from 0 to 1. */
type Rgba = readonly [number, number, number, number];

/** `top` painted over an opaque `bottom`. */
const over = (top: Rgba, bottom: Rgba): Rgba => {
  const a = top[3];
  return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
};

/** The background colours of the elements the map sits in, nearest first, across shadow roots. */
function ancestorBackgrounds(host: Element): string[] {
  const colours: string[] = [];
  let node: Element | null = host;
  while (node) {
    colours.push(getComputedStyle(node).backgroundColor);
    // As the page lays it out: a slotted map sits in its slot's container, not in its light-DOM parent.
    node = node.assignedSlot ?? node.parentElement ?? ((node.getRootNode() as Partial<ShadowRoot>).host ?? null);
  }
  return colours;
}

/**
 * The palette the map shows right now (its theme, the host page's `--journey-*` overrides, dark or
 * light), each colour resolved to `#rrggbb`: a probe inside the map's shadow root takes each token as
 * its `color`, and a 1×1 canvas turns whatever the browser computed (rgb(), oklch(), a system colour)
 * into sRGB bytes. A translucent colour is flattened onto what it shows on: the map's surface onto
 * the page behind the map (its ancestors' backgrounds over the page's canvas, white unless the page's
 * colour scheme is dark), the other colours onto the surface, so a see-through map on a dark page
 * exports dark.
 */
export function readPalette(host: HTMLElement): ExportPalette {
  const root = host.shadowRoot;
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!root || !context) return LIGHT_PALETTE;
  const probe = document.createElement('span');
  probe.hidden = true;
  root.append(probe);
  try {
    const rgba = (colour: string, fallback: string): Rgba => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = fallback;
      context.fillStyle = colour;
      context.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
      return [r, g, b, a / 255];
    };
    const token = (name: ThemeToken, fallback: string): Rgba => {
      probe.style.setProperty('color', `var(--journey-${name}, ${fallback})`);
      return rgba(getComputedStyle(probe).color, fallback);
    };
    // The page's canvas under everything: white, or dark where the page's colour scheme is dark.
    probe.style.setProperty('color-scheme', getComputedStyle(document.documentElement).colorScheme);
    probe.style.setProperty('color', 'Canvas');
    const canvas = over(rgba(getComputedStyle(probe).color, '#ffffff'), [255, 255, 255, 1]);
    probe.style.removeProperty('color-scheme');
    const page = ancestorBackgrounds(host).reduceRight<Rgba>((below, colour) => over(rgba(colour, 'transparent'), below), canvas);
    const surface = over(token('surface', LIGHT_PALETTE.surface), page);
    const resolve = (name: ThemeToken, fallback: string): string => {
      const [r, g, b] = name === 'surface' ? surface : over(token(name, fallback), surface);
      return `#${hex(r)}${hex(g)}${hex(b)}`;
    };
    const palette = Object.fromEntries(
      Object.entries(PALETTE_TOKENS).map(([key, name]) => [key, resolve(name, LIGHT_PALETTE[key as keyof typeof PALETTE_TOKENS])]),
    ) as Omit<ExportPalette, 'series'>;
    return { ...palette, series: SERIES_TOKENS.map((name, i) => resolve(name, LIGHT_PALETTE.series[i])) };
  } finally {
    probe.remove();
  }
}
