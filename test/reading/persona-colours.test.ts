/**
 * One colour per persona must tell personas apart at a glance: the six series colours differ from
 * each other by at least ΔE*ab 20 (CIE76) in the light and in the dark theme. (The fifth was fuchsia
 * beside the third's purple: 11.9 apart in the dark theme.)
 */
import { expect } from '@open-wc/testing';
import { THEME_TOKENS } from '../../src/elements/shared/tokens.js';

function lab(hex: string): [number, number, number] {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047);
  const y = f(r * 0.2126 + g * 0.7152 + b * 0.0722);
  const z = f((r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

const deltaE = (a: string, b: string) => Math.hypot(...lab(a).map((value, i) => value - lab(b)[i]));

describe('persona colours', () => {
  const series = [1, 2, 3, 4, 5, 6].map((n) => /^light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)$/.exec(THEME_TOKENS[`series-${n}` as keyof typeof THEME_TOKENS])!);

  for (const [theme, index] of [['light', 1], ['dark', 2]] as const) {
    it(`the six series colours are at least ΔE 20 apart in the ${theme} theme`, () => {
      const colours = series.map((match) => match[index]);
      for (let i = 0; i < colours.length; i++) {
        for (let j = i + 1; j < colours.length; j++) {
          expect(deltaE(colours[i], colours[j]), `series ${i + 1} and ${j + 1}`).to.be.at.least(20);
        }
      }
    });
  }
});
