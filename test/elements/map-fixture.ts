import { fixture, html, nextFrame } from '@open-wc/testing';
import type { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import type { JourneyDocument } from '../../src/model/types.js';

/**
 * Five columns in three stages (the last stage has no steps), two personas, and data for the actions,
 * thoughts, touchpoints, emotion, pain-point and backstage lanes.
 */
export function laptopJourney(): JourneyDocument {
  return {
    schemaVersion: 1,
    title: 'Ordering a laptop',
    goal: 'A working laptop within a week',
    description: 'From the first search to the first login.',
    state: 'current',
    personas: [
      { id: 'ana', name: 'Ana Pop', role: 'Office manager', goals: ['Fast delivery'] },
      { id: 'bo', name: 'Bo Lind', role: 'CFO' },
    ],
    channels: [
      { id: 'web', label: 'Website' },
      { id: 'phone', label: 'Phone' },
    ],
    stages: [
      {
        id: 'discover',
        title: 'Discover',
        steps: [
          {
            id: 'search',
            title: 'Searches online',
            actions: ['Compares models'],
            touchpoints: [{ channel: 'web', text: 'Shop pages' }],
            emotion: { ana: 1, bo: 0 },
            evidence: 'research',
          },
          {
            id: 'ask',
            title: 'Asks sales',
            actions: ['Calls sales'],
            touchpoints: [{ channel: 'phone', text: 'Sales line' }],
            momentOfTruth: true,
            emotion: { ana: -1, bo: -2 },
            painPoints: [
              { text: 'Long wait on the line', category: 'process', persona: 'ana' },
              { text: 'Price is unclear', category: 'financial', persona: 'bo' },
            ],
            backstage: [{ actor: 'Sales team', text: 'Routes the call', system: 'CRM' }],
            evidence: 'assumption',
          },
        ],
      },
      {
        id: 'buy',
        title: 'Buy',
        steps: [
          { id: 'order', title: 'Orders', actions: ['Pays by card'], emotion: { ana: 2, bo: 1 }, evidence: 'data' },
          { id: 'wait', title: 'Waits', actions: ['Tracks the parcel'], thoughts: ['Will it arrive on time?'] },
        ],
      },
      { id: 'use', title: 'Use', actions: ['Logs in'], emotion: 1 },
    ],
  };
}

/** Waits until resize observations, re-layouts and the lanes' renders have all settled. */
export async function settle(element: { updateComplete: Promise<unknown> }): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    await nextFrame();
    await element.updateComplete;
  }
}

/** The focused element, looking inside open shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export interface RowLike extends HTMLElement {
  gridCells(): HTMLElement[];
  laneKey: string;
  updateComplete: Promise<unknown>;
}

/** The lane elements of a map in row order (default lanes, or composed children). */
export function mapLanes(map: HTMLElement): RowLike[] {
  const root = map.shadowRoot!;
  const slot = root.querySelector('slot')!;
  const composed = slot.assignedElements().filter((el) => 'gridCells' in el);
  const own = Array.from(root.querySelectorAll('.lanes > *')).filter((el) => 'gridCells' in el);
  return (composed.length ? composed : own) as RowLike[];
}

/** Every row of a map's grid as its cells: stage headers, step headers, then each lane. */
export function gridRows(map: HTMLElement): HTMLElement[][] {
  const root = map.shadowRoot!;
  const head = (selector: string) => Array.from(root.querySelectorAll<HTMLElement>(`${selector} > [role]`));
  return [head('.stage-row'), head('.step-row'), ...mapLanes(map).map((lane) => lane.gridCells())];
}

/** Cells of a map that are in the tab order. */
export function tabStops(map: HTMLElement): HTMLElement[] {
  return gridRows(map)
    .flat()
    .filter((cell) => cell.getAttribute('tabindex') === '0');
}

type Step = NonNullable<JourneyDocument['stages'][number]['steps']>[number];

/** A copy of `journey` with the step `id` changed by `change` (every other object shared): an immutable update. */
export function withStep(journey: JourneyDocument, id: string, change: (step: Step) => Step): JourneyDocument {
  return {
    ...journey,
    stages: journey.stages.map((stage) => ({ ...stage, steps: stage.steps?.map((step) => (step.id === id ? change(step) : step)) })),
  };
}

/** A map of `journey` with `attributes`, in a box `width` px wide, settled. */
export async function mountMap(journey: JourneyDocument, width = 1200, attributes: Record<string, string> = {}): Promise<JourneyMap> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px"></div>`);
  const map = document.createElement('journey-map');
  for (const [name, value] of Object.entries(attributes)) map.setAttribute(name, value);
  map.journey = journey;
  wrapper.append(map);
  await settle(map);
  return map;
}

/** A map of `journey` compared with `compareTo` (in `locale`), `width` px wide, settled. */
export async function mountCompared(journey: JourneyDocument, compareTo: unknown, locale = 'en', width = 1100): Promise<JourneyMap> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px"></div>`);
  const map = document.createElement('journey-map');
  map.setAttribute('locale', locale);
  map.journey = journey;
  map.compareTo = compareTo;
  wrapper.append(map);
  await settle(map);
  return map;
}
