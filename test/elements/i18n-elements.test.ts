/**
 * "Any language", end to end in the elements: which language they speak (locale attribute, nearest
 * lang ancestor, the browser), host overrides and another language through `strings`, numbers through
 * Intl for the full tag, and screen-reader text without space group separators.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { EmotionCurve } from '../../src/elements/emotion-curve/emotion-curve.component.js';
import type { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import type { PersonaCard } from '../../src/elements/persona-card/persona-card.component.js';
import type { StageLane } from '../../src/elements/stage-lane/stage-lane.component.js';
import { CURVE_STRINGS } from '../../src/i18n/curve-strings.js';
import { laneStrings } from '../../src/i18n/lane-strings.js';
import type { Locale } from '../../src/i18n/locale.js';
import { mapStrings } from '../../src/i18n/map-strings.js';
import { problemMessage } from '../../src/i18n/messages.js';
import { personaStrings } from '../../src/i18n/persona-strings.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { deepElements, deepText } from '../hardening/shadow-walk.js';
import { laptopJourney, mapLanes, settle } from './map-fixture.js';

const shadow = (element: Element) => element.shadowRoot!;
const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** What a screen reader reads of `element`'s text: without what is `aria-hidden`. */
function spokenText(element: Element | null | undefined): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return;
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    node.childNodes.forEach(walk);
  };
  if (element) walk(element);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
const lane = (map: JourneyMap, key: string) => mapLanes(map).find((row) => row.laneKey === key)!;

/** Renders markup inside a sized wrapper; the first element found by `selector` gets the journey. */
async function render<T extends HTMLElement & { updateComplete: Promise<unknown> }>(
  markup: string,
  selector: string,
  journey: unknown = laptopJourney(),
): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1200px"></div>`);
  wrapper.innerHTML = markup;
  const element = wrapper.querySelector<T>(selector)!;
  (element as unknown as { journey: unknown }).journey = journey;
  await settle(element);
  return element;
}

/** What a map says in a language: its badge, a lane name, the emotion row's name. */
function mapWords(map: JourneyMap) {
  return {
    badge: text(shadow(map).querySelector('[part="badge"]')),
    actions: text(lane(map, 'actions').gridCells()[0]),
    emotion: lane(map, 'emotion').gridCells()[0].getAttribute('aria-label'),
    corner: text(shadow(map).querySelector('.step-row > .corner')),
  };
}
const expectedWords = (locale: Locale) => ({
  badge: mapStrings[locale]['state.current'],
  actions: laneStrings[locale]['lane.actions'],
  emotion: laneStrings[locale]['lane.emotion'],
  corner: mapStrings[locale]['grid.lane'],
});

/** Runs `body` with navigator.language reporting `language` and no lang on <html>. */
async function withBrowserLanguage(language: string, body: () => Promise<void>): Promise<void> {
  const root = document.documentElement;
  const lang = root.getAttribute('lang');
  root.removeAttribute('lang');
  Object.defineProperty(navigator, 'language', { value: language, configurable: true });
  try {
    await body();
  } finally {
    delete (navigator as unknown as Record<string, unknown>).language;
    if (lang !== null) root.setAttribute('lang', lang);
  }
}

/** Every text meant only for screen readers: aria labels and visually hidden text, across shadow roots. */
function screenReaderTexts(root: Element): string[] {
  const texts: string[] = [];
  for (const element of deepElements(root.shadowRoot!)) {
    for (const name of ['aria-label', 'aria-valuetext', 'aria-description']) {
      const value = element.getAttribute(name);
      if (value) texts.push(value);
    }
    if (element.classList.contains('visually-hidden')) texts.push(element.textContent ?? '');
  }
  return texts;
}

/** "12 345" with a space, NBSP or narrow NBSP between digit groups. */
const SPACE_GROUPED = /\d[\u0020\u00a0\u202f]\d{3}(?!\d)/;

function bigNumbersJourney(customers: number): JourneyDocument {
  const journey = laptopJourney();
  const steps = ['search', 'ask', 'order', 'wait', 'use'];
  return {
    ...journey,
    metrics: [{ id: 'revenue', label: 'Revenue', unit: '€' }],
    stages: journey.stages.map((stage) => ({
      ...stage,
      steps: stage.steps?.map((step) => ({ ...step, metrics: [{ metric: 'revenue', value: 1234567.5, previous: 987654, target: 2000000 }] })),
    })),
    individuals: Array.from({ length: customers }, (_, k) => ({
      id: `c${k}`,
      events: steps.map((step, s) => ({ step, emotion: ((k + s) % 5) - 2 })),
    })),
  };
}

describe('languages in the elements', () => {
  describe('which language', () => {
    it('uses the browser’s language when there is no locale and no lang ancestor', async () => {
      await withBrowserLanguage('ro-RO', async () => {
        const map = await render<JourneyMap>('<journey-map></journey-map>', 'journey-map');
        expect(mapWords(map)).to.deep.equal(expectedWords('ro'));
      });
      await withBrowserLanguage('ru', async () => {
        const card = await fixture<PersonaCard>(html`<persona-card .persona=${{ id: 'a', name: 'Ana', goals: ['Fast delivery'] }}></persona-card>`);
        const headings = Array.from(shadow(card).querySelectorAll('h2, h3, h4, h5, h6, [role="heading"]')).map(text);
        expect(headings).to.include(personaStrings.ru['persona.goals']);
      });
    });

    it('takes the nearest lang ancestor over the browser, and its own locale over both', async () => {
      await withBrowserLanguage('en-US', async () => {
        const map = await render<JourneyMap>('<div lang="ru"><section lang="ro"><journey-map></journey-map></section></div>', 'journey-map');
        expect(mapWords(map)).to.deep.equal(expectedWords('ro'));
        map.setAttribute('locale', 'ru-RU');
        await settle(map);
        expect(mapWords(map)).to.deep.equal(expectedWords('ru'));
        map.removeAttribute('locale');
        await settle(map);
        expect(mapWords(map)).to.deep.equal(expectedWords('ro'));
      });
    });

    it('speaks the lang of its ancestor in every element standing alone', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="ro" style="inline-size: 900px">
        <stage-lane kind="actions" .journey=${laptopJourney()}></stage-lane>
        <emotion-curve .journey=${laptopJourney()}></emotion-curve>
      </div>`);
      const stage = wrapper.querySelector<StageLane>('stage-lane')!;
      const curve = wrapper.querySelector<EmotionCurve>('emotion-curve')!;
      await settle(stage);
      await settle(curve);
      expect(text(shadow(stage).querySelector('[role="rowheader"]'))).to.equal(laneStrings.ro['lane.actions']);
      expect(text(shadow(curve).querySelector('.table-toggle'))).to.equal(CURVE_STRINGS.ro['curve.table.show']);
    });

    it('shows validation errors in the element’s language', async () => {
      for (const locale of ['ru', 'ro'] as const) {
        const map = await render<JourneyMap>(`<div lang="${locale}"><journey-map></journey-map></div>`, 'journey-map', {
          schemaVersion: 1,
          title: 'Empty',
          stages: [],
        });
        expect(text(shadow(map).querySelector('.error__title')), locale).to.equal(mapStrings[locale]['error.title']);
        expect(text(shadow(map).querySelector('.problem__message')), locale).to.equal(problemMessage('empty-stages', locale));
      }
    });

    it('keeps no global language: two maps on one page speak their own, and the page is untouched', async () => {
      const lang = document.documentElement.getAttribute('lang');
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1200px">
        <journey-map locale="ru" .journey=${laptopJourney()}></journey-map>
        <journey-map locale="ro" .journey=${laptopJourney()}></journey-map>
        <journey-map .journey=${laptopJourney()}></journey-map>
      </div>`);
      const [ru, ro, plain] = Array.from(wrapper.querySelectorAll<JourneyMap>('journey-map'));
      ru.strings = { 'lane.actions': 'Задачи' };
      for (const map of [ru, ro, plain]) await settle(map);
      expect(mapWords(ru)).to.deep.equal({ ...expectedWords('ru'), actions: 'Задачи' });
      expect(mapWords(ro)).to.deep.equal(expectedWords('ro'));
      expect(mapWords(plain).actions).to.equal(laneStrings.en['lane.actions']);
      expect(document.documentElement.getAttribute('lang')).to.equal(lang);
    });
  });

  describe('another language through strings', () => {
    it('takes every word from strings and formats numbers for the full tag (de-DE)', async () => {
      const journey = laptopJourney();
      journey.stages[1].steps![0].emotion = { ana: 1.5, bo: 1 };
      const map = await render<JourneyMap>('<journey-map locale="de-DE"></journey-map>', 'journey-map', journey);
      map.strings = { 'state.current': 'Ist-Zustand', 'grid.lane': 'Bahn', 'lane.actions': 'Handlungen', 'lane.emotion': 'Gefühl' };
      await settle(map);
      expect(mapWords(map)).to.deep.equal({ badge: 'Ist-Zustand', actions: 'Handlungen', emotion: 'Gefühl', corner: 'Bahn' });
      const cell = lane(map, 'emotion').gridCells()[3];
      expect(cell.getAttribute('aria-label')).to.include('+1,5');
      // 1.5 and 1 at one step are close: their labels merge into one ('+1,5 / +1'), each number in
      // the tag's format.
      const labels = Array.from(shadow(lane(map, 'emotion')).querySelectorAll('.value-label')).map(text);
      expect(labels.join(' | ')).to.match(/\+1,5 \/ \+1(?![,\d])/);
    });
  });

  describe('numbers', () => {
    it('formats every number the curve shows or speaks through Intl for the full tag', async () => {
      // The -u-nu-arab extension switches Intl to Arabic-Indic digits: a number not formatted by Intl
      // would keep its ASCII digits.
      const curve = await render<EmotionCurve>('<emotion-curve locale="en-u-nu-arab"></emotion-curve>', 'emotion-curve', bigNumbersJourney(12));
      shadow(curve).querySelector<HTMLButtonElement>('.table-toggle')!.click();
      await curve.updateComplete;
      const legend = text(shadow(curve).querySelector('[part="legend"]'));
      expect(legend).to.include('١٢ customers');
      const summary = text(shadow(curve).querySelector('[part="summary"]'));
      expect(summary).to.include('٥ steps');
      const table = shadow(curve).querySelector('[part="table"] tbody')!;
      const titles = laptopJourney().stages.flatMap((stage) => (stage.steps ?? [{ title: stage.title }]).map((step) => step.title));
      const shown = [legend, summary, ...Array.from(table.querySelectorAll('td')).map(text)].join(' | ');
      expect(shown.replace(/Customer \w+|c\d+/g, ''), `ASCII digits in: ${shown}`).not.to.match(/[0-9]/);
      expect(titles.length).to.equal(5);
    });

    for (const locale of ['en', 'ru', 'ro'] as const) {
      it(`keeps space group separators out of screen-reader text (${locale})`, async () => {
        const map = await render<JourneyMap>(`<journey-map locale="${locale}"></journey-map>`, 'journey-map', bigNumbersJourney(10500));
        const spoken = screenReaderTexts(map);
        expect(spoken.length).to.be.greaterThan(15);
        const legend = shadow(lane(map, 'emotion')).querySelector('[part="legend"]');
        spoken.push(spokenText(legend));
        expect(spoken.at(-1)).to.include('10500');
        expect(spoken.filter((value) => SPACE_GROUPED.test(value))).to.deep.equal([]);
        expect(spoken.join(' ')).to.match(/1234567[.,]5/);
        // The same numbers are grouped where they are only shown: the legend's count beside the count row's.
        const shown = text(legend!.querySelector('li[data-key="band"] span[aria-hidden="true"]'));
        expect(shown).to.include({ en: '10,500 customers', ru: 'Клиентов: 10 500', ro: '10.500 clienți' }[locale]);
        if (locale === 'ru') expect(deepText(map)).to.match(/1\s234\s567,5/);
      });
    }
  });
});
