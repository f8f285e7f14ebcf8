import { sendKeys } from '@web/test-runner-commands';
import type { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import type { JourneyChangeEvent } from '../../src/events.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { laptopJourney, mapLanes, mountMap, settle } from './map-fixture.js';

/** What the editing tests read in an editable map's shadow root. */
export const root = (map: JourneyMap) => map.shadowRoot!;
export const stepHeader = (map: JourneyMap, id: string) => root(map).querySelector<HTMLElement>(`.step-row > [data-step-id="${id}"]`)!;
export const laneCell = (map: JourneyMap, key: string, index: number) => mapLanes(map).find((row) => row.laneKey === key)!.gridCells()[index + 1];
export const editor = (map: JourneyMap) => root(map).querySelector<HTMLElement>('.editor');
export const status = (map: JourneyMap) => root(map).querySelector('[role="status"]')?.textContent?.trim();

/** An editable map of `journey`, 1200 px wide, with every `journey-change` it dispatches. */
export async function editableMap(journey: JourneyDocument = laptopJourney()): Promise<{ map: JourneyMap; changes: JourneyChangeEvent[] }> {
  const map = await mountMap(journey, 1200, { editable: '' });
  const changes: JourneyChangeEvent[] = [];
  map.addEventListener('journey-change', (event) => changes.push(event));
  return { map, changes };
}

/** Presses `keys` one after another, then lets the map settle. */
export async function press(map: JourneyMap, ...keys: string[]): Promise<void> {
  for (const key of keys) await sendKeys({ press: key });
  await settle(map);
}
