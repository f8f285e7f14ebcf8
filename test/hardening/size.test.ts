/**
 * Size: huge documents never hang the page: the map shows either itself or a clear notice (a hang
 * fails the test by the suite's timeout), and long words wrap inside their cells instead of
 * overflowing them. How long the huge documents take is measured by the bench, not here (`npm run
 * bench -- --only=hardening`, target ≤ 2 s busy each; docs/performance.md): a timed assertion on a
 * shared machine fails for the machine's load, not the code's.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import { MAX_MAP_COLUMNS } from '../../src/elements/journey-map/map-limits.js';
import type { JourneyDocument, Stage } from '../../src/model/types.js';
import { validateJourney } from '../../src/model/validate.js';
import { mapLanes, settle } from '../elements/map-fixture.js';
import { pageErrors } from './page-errors.js';

/** `count` steps in stages of 100, each with one action. */
function manySteps(count: number): JourneyDocument {
  const stages: Stage[] = [];
  for (let s = 0; s * 100 < count; s += 1) {
    const size = Math.min(100, count - s * 100);
    stages.push({
      id: `stage-${s}`,
      title: `Stage ${s + 1}`,
      steps: Array.from({ length: size }, (_, k) => ({ id: `step-${s}-${k}`, title: `Step ${s * 100 + k + 1}`, actions: ['Acts'] })),
    });
  }
  return { schemaVersion: 1, title: `${count} steps`, stages };
}

interface Rendered {
  map: JourneyMap;
  errors: string[];
}

/** Assigns `journey` to a map in a 1 000 px wide page and waits until the map has settled. */
async function renderSettled(journey: JourneyDocument, locale?: string): Promise<Rendered> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1000px"></div>`);
  const map = document.createElement('journey-map');
  if (locale) map.locale = locale;
  const errors = pageErrors();
  try {
    map.journey = journey;
    wrapper.append(map);
    await map.updateComplete;
    await settle(map);
    return { map, errors: [...errors.list] };
  } finally {
    errors.dispose();
  }
}

const root = (map: JourneyMap) => map.shadowRoot!;
/** Collapses layout whitespace; no-break spaces from number formatting are kept. */
const squash = (text: string) => text.replace(/[ \t\n\r]+/g, ' ').trim();
const box = (element: Element) => element.getBoundingClientRect();

/** True when an ancestor in the same shadow tree clips or scrolls its content sideways. */
function insideScroller(element: Element): boolean {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (getComputedStyle(parent).overflowX !== 'visible') return true;
  }
  return false;
}

/** The cell (and everything in it) stays inside its column, and its content does not overflow it. */
function expectContained(cell: HTMLElement, column: DOMRect, label: string): void {
  const rect = box(cell);
  expect(rect.width, `${label}: cell width`).to.be.closeTo(column.width, 1);
  expect(cell.scrollWidth, `${label}: scrollWidth`).to.be.at.most(cell.clientWidth + 1);
  for (const child of Array.from(cell.querySelectorAll('*'))) {
    const inner = box(child);
    if (inner.width === 0) continue;
    expect(inner.left, `${label}: <${child.localName}> start`).to.be.at.least(rect.left - 1);
    expect(inner.right, `${label}: <${child.localName}> end`).to.be.at.most(rect.right + 1);
  }
}

describe('hardening: size', function () {
  this.timeout(60000);

  it('100 000 steps: a localized "too large to draw" notice', async () => {
    const { map, errors } = await renderSettled(manySteps(100_000));
    expect(errors).to.deep.equal([]);
    const notice = root(map).querySelector('[role="status"]');
    expect(notice, 'notice').to.exist;
    expect(squash(notice!.textContent!)).to.equal(
      'This journey has 100,000 steps, more than the 2,000 a map can draw. Split it into smaller journeys, or pass only the stages you need.',
    );
    expect(root(map).querySelector('[role="grid"]'), 'no grid').to.equal(null);
    expect(root(map).querySelector('[part="title"]')!.textContent, 'the header is still shown').to.equal('100000 steps');
  });

  it('the notice follows the locale', async () => {
    const { map } = await renderSettled(manySteps(MAX_MAP_COLUMNS + 1), 'ru');
    const notice = root(map).querySelector('[role="status"]')!;
    expect(squash(notice.textContent!)).to.equal(
      'Шагов в этой карте пути: 2\u00a0001 — больше, чем может нарисовать карта (не более 2\u00a0000). Разделите её на несколько карт или передайте только нужные этапы.',
    );
  });

  it(`draws a map of exactly ${MAX_MAP_COLUMNS} steps (the limit)`, async () => {
    const { map, errors } = await renderSettled(manySteps(MAX_MAP_COLUMNS));
    expect(errors).to.deep.equal([]);
    expect(root(map).querySelector('[role="grid"]')!.getAttribute('aria-colcount')).to.equal(String(MAX_MAP_COLUMNS + 1));
    expect(root(map).querySelector('[role="status"]')).to.equal(null);
  });

  it('a 1 MB text in a text lane renders in full', async () => {
    const megabyte = 'Customers wait on hold and explain everything twice. '.repeat(20_000).slice(0, 1_000_000);
    const doc = manySteps(3);
    doc.lanes = [{ kind: 'text', field: 'transcript', title: 'Transcript' }];
    doc.stages[0].steps![1].transcript = megabyte;
    const { map, errors } = await renderSettled(doc);
    expect(errors).to.deep.equal([]);
    const cell = mapLanes(map)[0].gridCells()[2];
    expect(cell.querySelector('p')!.textContent!.length).to.equal(1_000_000);
  });

  it('a 10 000-character word wraps inside its cell in every lane and header', async () => {
    const word = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(230).slice(0, 10_000);
    const doc: JourneyDocument = {
      schemaVersion: 1,
      title: word,
      goal: word,
      description: word,
      personas: [{ id: 'p', name: word, role: word }],
      channels: [{ id: 'web', label: word }],
      metrics: [{ id: 'csat', label: word, unit: word }],
      stages: [
        {
          id: 'a',
          title: word,
          steps: [
            {
              id: 'a1',
              title: word,
              actions: [word],
              thoughts: [word],
              questions: [word],
              motivations: [word],
              barriers: [word],
              touchpoints: [{ channel: 'web', text: word, owner: word }],
              painPoints: [{ text: word, category: word, severity: 2 }],
              opportunities: [{ text: word, owner: word, impact: 'high', effort: 'low' }],
              backstage: [{ actor: word, text: word, system: word }],
              metrics: [{ metric: 'csat', value: 3, target: 4, previous: 2 }],
              owner: word,
              emotion: 1,
              notes: word,
            },
            { id: 'a2', title: 'Short', actions: ['Short'] },
          ],
        },
        { id: 'b', title: 'Short stage', actions: ['Short'] },
      ],
      lanes: [
        ...(['actions', 'thoughts', 'questions', 'motivations', 'barriers', 'touchpoints', 'emotion', 'painPoints', 'opportunities', 'backstage', 'metrics', 'owner'] as const).map(
          (kind) => ({ kind, title: word }),
        ),
        { kind: 'text', field: 'notes', title: word },
      ],
    };
    const { map, errors } = await renderSettled(doc);
    expect(errors).to.deep.equal([]);
    const steps = Array.from(root(map).querySelectorAll<HTMLElement>('.step-row > [role="columnheader"]')).slice(1);
    const columns = steps.map(box);
    expectContained(steps[0], columns[0], 'step header');
    const stage = root(map).querySelector<HTMLElement>('.stage-row > [role="columnheader"]:nth-child(2)')!;
    expect(stage.scrollWidth, 'stage header').to.be.at.most(stage.clientWidth + 1);
    for (const lane of mapLanes(map)) {
      const [header, ...cells] = lane.gridCells();
      expect(header.scrollWidth, `${lane.laneKey} header`).to.be.at.most(header.clientWidth + 1);
      cells.forEach((cell, index) => expectContained(cell, columns[index], `${lane.laneKey} cell ${index}`));
    }
    const header = root(map).querySelector<HTMLElement>('[part="header"]')!;
    expect(header.scrollWidth, 'map header').to.be.at.most(header.clientWidth + 1);
    expect(box(header).right).to.be.at.most(box(map).right + 1);
  });

  it('a 10 000-character word wraps inside a standalone persona card and emotion curve', async () => {
    const word = 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch'.repeat(180).slice(0, 10_000);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 420px"></div>`);
    const card = document.createElement('persona-card');
    card.persona = { id: 'p', name: word, role: word, quote: word, description: word, goals: [word], attributes: { [word]: word } };
    const curve = document.createElement('emotion-curve');
    curve.journey = {
      schemaVersion: 1,
      title: word,
      personas: [{ id: 'a', name: word }, { id: 'b', name: word }],
      scale: { labels: { '-2': word, '2': word } },
      stages: [{ id: 's', title: word, steps: [{ id: 'x', title: word, emotion: { a: 1, b: -1 } }, { id: 'y', title: word, emotion: 0 }] }],
    };
    wrapper.append(card, curve);
    await Promise.all([card.updateComplete, curve.updateComplete]);
    await settle(curve);
    for (const host of [card, curve]) {
      const limit = box(wrapper);
      for (const element of [host, ...Array.from(host.shadowRoot!.querySelectorAll('*'))]) {
        const rect = box(element);
        // Scroll containers may hold wider content on purpose (the plot scrolls); the container itself must fit.
        if (rect.width === 0 || element.closest('[hidden]') || insideScroller(element)) continue;
        expect(rect.right, `<${host.localName}> <${element.localName} class="${element.getAttribute('class') ?? ''}"> end`).to.be.at.most(limit.right + 1);
      }
    }
  });

  it('10 000-deep nesting in an unknown field: cut off with a warning, and the map is drawn', async () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 10_000; i += 1) deep = i % 2 ? { level: deep } : [deep];
    const doc = manySteps(5);
    doc.research = deep;
    const text = `{"schemaVersion":1,"title":"Deep","stages":[{"id":"s","title":"S"}],"extra":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;

    for (const input of [doc, text]) {
      const result = validateJourney(input);
      expect(result.ok).to.equal(true);
      expect(result.warnings.map((warning) => warning.code)).to.deep.equal(['too-deep']);
    }
    const { map, errors } = await renderSettled(doc);
    expect(errors).to.deep.equal([]);
    expect(root(map).querySelector('[role="grid"]')).to.exist;
    expect(root(map).querySelector('[part="warnings"]')!.textContent).to.contain('100 levels');
  });
});
