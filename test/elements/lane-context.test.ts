import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { EmotionCurve } from '../../src/elements/emotion-curve/emotion-curve.component.js';
import type { StageLane } from '../../src/elements/stage-lane/stage-lane.component.js';
import { laptopJourney, settle } from './map-fixture.js';

/** Left edges (rounded) of a row's cells after its header: they line up with the map's step headers. */
const columnStarts = (cells: Element[]) => cells.slice(1).map((cell) => Math.round(cell.getBoundingClientRect().left));

describe('lane context: a lane moved out of a map renders standalone, and moved back in lines up again', () => {
  for (const tag of ['emotion-curve', 'stage-lane'] as const) {
    it(`<${tag}>`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1200px">
        <journey-map .journey=${laptopJourney()}>
          <stage-lane kind="actions"></stage-lane>
          ${tag === 'emotion-curve' ? html`<emotion-curve></emotion-curve>` : html`<stage-lane kind="thoughts"></stage-lane>`}
        </journey-map>
        <div class="outside"></div>
      </div>`);
      const map = wrapper.querySelector('journey-map')!;
      await settle(map);
      const lane = map.querySelector<EmotionCurve | StageLane>(tag === 'emotion-curve' ? 'emotion-curve' : 'stage-lane[kind="thoughts"]')!;
      // The step headers' left edges: the last of them are the columns a lane's cells sit under.
      const stepStarts = () =>
        Array.from(map.shadowRoot!.querySelectorAll('.step-row > [role="columnheader"]')).map((cell) => Math.round(cell.getBoundingClientRect().left));
      const linedUp = () => {
        const cells = columnStarts(lane.gridCells());
        expect(cells.length, 'one cell per step').to.equal(laptopJourney().stages.flatMap((stage) => stage.steps ?? [stage]).length);
        expect(cells).to.deep.equal(stepStarts().slice(-cells.length));
      };
      await settle(lane);
      expect(lane.getAttribute('role')).to.equal('row');
      linedUp();

      // Out of the map: no row role, its own grid, drawn from its own journey.
      lane.journey = laptopJourney();
      wrapper.querySelector('.outside')!.append(lane);
      await settle(lane);
      expect(lane.hasAttribute('role')).to.equal(false);
      expect(lane.hasAttribute('aria-rowindex')).to.equal(false);
      expect(lane.shadowRoot!.querySelector('[role="grid"], [role="img"], svg'), 'drawn standalone').to.exist;
      await expect(lane).to.be.accessible();

      // Back in: a row of the map again, its columns under the map's step headers.
      map.append(lane);
      await settle(map);
      await settle(lane);
      expect(lane.getAttribute('role')).to.equal('row');
      expect(lane.shadowRoot!.querySelector('[role="grid"]')).to.equal(null);
      linedUp();
    });
  }
});
