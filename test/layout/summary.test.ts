import { expect } from '@open-wc/testing';
import { chartSummary, describeValue, formatEmotion, seriesStats, seriesSummary } from '../../src/layout/summary.js';
import { translator } from '../../src/i18n/translator.js';

const scale = {
  min: -2,
  max: 2,
  labels: { '-2': 'Frustrated', '-1': 'Annoyed', '0': 'Neutral', '1': 'Satisfied', '2': 'Delighted' },
};
const steps = ['Calls get missed', 'Compare vendors', 'Sign the quote', 'Renewal'];

describe('layout/summary', () => {
  it('finds the lowest and highest steps (first on ties) and the trend from first to last value', () => {
    expect(seriesStats([-1, undefined, -2, 1, 1])).to.deep.equal({ count: 4, lowest: 2, highest: 3, first: 0, last: 4, trend: 'rising' });
    expect(seriesStats([1, 0, 1])).to.include({ trend: 'flat', lowest: 1, highest: 0 });
    expect(seriesStats([2, NaN, -1])?.trend).to.equal('falling');
    expect(seriesStats([undefined, NaN])).to.equal(undefined);
  });

  it('formats values signed, with the scale word when one is near', () => {
    expect(formatEmotion(1.5, 'en')).to.equal('+1.5');
    expect(formatEmotion(-2, 'en')).to.equal('-2');
    expect(formatEmotion(0, 'en')).to.equal('0');
    expect(formatEmotion(-1.25, 'ru')).to.equal('-1,25');
    expect(describeValue(-1.5, scale, translator('en'))).to.equal('-1.5 (Annoyed)');
    expect(describeValue(0.2, { min: -2, max: 2, labels: {} }, translator('en'))).to.equal('+0.2');
  });

  it('writes one sentence per series in English', () => {
    const text = seriesSummary('Dana', [-2, -1, undefined, 2], steps, scale, translator('en'));
    expect(text).to.equal(
      'Dana: lowest -2 (Frustrated) at “Calls get missed”, highest +2 (Delighted) at “Renewal”; overall rising from -2 (Frustrated) to +2 (Delighted).',
    );
    expect(seriesSummary('Marcus', [1, 0.5, 0, -1], steps, scale, translator('en'))).to.equal(
      'Marcus: lowest -1 (Annoyed) at “Renewal”, highest +1 (Satisfied) at “Calls get missed”; overall falling from +1 (Satisfied) to -1 (Annoyed).',
    );
    expect(seriesSummary('Flat', [1, 0, 1], steps, scale, translator('en'))).to.equal(
      'Flat: lowest 0 (Neutral) at “Compare vendors”, highest +1 (Satisfied) at “Calls get missed”; overall unchanged at +1 (Satisfied).',
    );
    expect(seriesSummary('One', [undefined, 1], steps, scale, translator('en'))).to.equal('One: one value, +1 (Satisfied) at “Compare vendors”.');
    expect(seriesSummary('None', [], steps, scale, translator('en'))).to.equal('None: no values.');
  });

  it('is localized in Russian and Romanian, with Intl number formats', () => {
    expect(seriesSummary('Дана', [-1.5, 2], steps, scale, translator('ru'))).to.equal(
      'Дана: минимум -1,5 (Annoyed) на шаге «Calls get missed», максимум +2 (Delighted) на шаге «Compare vendors»; в целом рост с -1,5 (Annoyed) до +2 (Delighted).',
    );
    expect(seriesSummary('Dana', [0.5, -1], steps, { min: -2, max: 2, labels: {} }, translator('ro'))).to.equal(
      'Dana: cel mai jos -1 la „Compare vendors”, cel mai sus +0,5 la „Calls get missed”; per total în scădere de la +0,5 la -1.',
    );
  });

  it('opens with the chart and lets hosts override any string', () => {
    const text = chartSummary('Phone system', steps, scale, [{ label: 'Dana', values: [0, 0, 0, 0] }], translator('en', { 'curve.trend.flat': 'steady at {first}' }));
    expect(text).to.equal(
      'Emotion across the 4 steps of “Phone system”. Dana: lowest 0 (Neutral) at “Calls get missed”, highest 0 (Neutral) at “Calls get missed”; steady at 0 (Neutral).',
    );
  });
});
