/**
 * Pain-point chips keep WCAG AA (4.5:1) for every text on their tint: each category (the classic ones
 * and a team's own), each severity, light and dark. Colours are resolved by the browser (color-mix,
 * light-dark) and read back through a canvas, so the ratio is the one on screen.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { mountMap } from './map-fixture.js';

const CATEGORIES = ['financial', 'process', 'support', 'performance', 'Billing delays'];

const doc: JourneyDocument = {
  schemaVersion: 1,
  title: 'Chips',
  personas: [{ id: 'ana', name: 'Ana Pop' }, { id: 'bo', name: 'Bo Lind' }],
  stages: [
    {
      id: 's',
      title: 'Stage',
      steps: [1, 2, 3, 4, 5].map((severity) => ({
        id: `sev-${severity}`,
        title: `Severity ${severity}`,
        painPoints: CATEGORIES.map((category) => ({ text: `${category} pain`, category, severity, persona: 'ana' })),
      })),
    },
  ],
  lanes: [{ kind: 'painPoints' }],
};

const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;

/** A CSS colour as sRGB 0–255, as the browser paints it. */
function rgb(color: string): [number, number, number] {
  canvas.clearRect(0, 0, 1, 1);
  canvas.fillStyle = '#000';
  canvas.fillStyle = color;
  canvas.fillRect(0, 0, 1, 1);
  const [r, g, b] = canvas.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

function luminance([r, g, b]: [number, number, number]): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: string, b: string): number {
  const [high, low] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

describe('pain-point chips: text contrast on every tint', () => {
  it('computes WCAG ratios as the spec does', () => {
    expect(contrast('#000000', '#ffffff')).to.be.closeTo(21, 1e-9);
    // #9ca3af (dark muted) on the custom category's 20 % tint of #111827: the reported 4.26:1.
    expect(contrast('#9ca3af', 'color-mix(in srgb, #5eead4 20%, #111827)')).to.be.closeTo(4.26, 0.02);
  });

  for (const theme of ['light', 'dark']) {
    it(`keeps ≥ 4.5:1 for the category, text and severity words of every chip (${theme})`, async function () {
      this.timeout(60_000);
      const map = await mountMap(doc, 1400, { locale: 'en', theme });
      const chips = Array.from(map.shadowRoot!.querySelectorAll('stage-lane')).flatMap((lane) => Array.from(lane.shadowRoot!.querySelectorAll<HTMLElement>('.chip.pain')));
      expect(chips.length).to.equal(25);
      const failing: string[] = [];
      for (const chip of chips) {
        const background = getComputedStyle(chip).backgroundColor;
        for (const part of chip.querySelectorAll<HTMLElement>('.chip__category, .pain__text, .severity__words, .pain__persona')) {
          const ratio = contrast(getComputedStyle(part).color, background);
          if (ratio < 4.5) failing.push(`${chip.className} severity ${chip.dataset.severity} .${part.className}: ${ratio.toFixed(2)}`);
        }
      }
      expect(failing).to.deep.equal([]);
      await expect(map).to.be.accessible();
    });
  }
});
