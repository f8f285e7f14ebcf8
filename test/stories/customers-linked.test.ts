// The linked table + map story: the table and the map are two blocks of the page, with space between
// them (they were drawn touching: the map's title right under the table's border).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/define.js';
import meta, { LinkedToMap } from '../../stories/journey-customers.stories.js';
import type { StoryRenderContext } from '../../stories/helpers.js';

describe('story: journey-customers, linked to a map', () => {
  it('leaves space between the table and the map title', async function () {
    this.timeout(60_000);
    const frame = await fixture<HTMLDivElement>(html`<div style="inline-size: 1200px"></div>`);
    const args = { ...meta.args, ...LinkedToMap.args };
    const context = { globals: { theme: 'light', locale: 'en', direction: 'ltr' }, args } as unknown as StoryRenderContext;
    render(meta.render!(args, context as never), frame);
    const table = frame.querySelector('journey-customers')!;
    const map = frame.querySelector('journey-map')!;
    await waitUntil(() => map.shadowRoot?.querySelector('[part~="title"]') && table.shadowRoot?.querySelector('.scroller'), 'both drawn', { timeout: 30_000 });
    const tableBottom = table.getBoundingClientRect().bottom;
    const title = map.shadowRoot!.querySelector('[part~="title"]')!.getBoundingClientRect();
    expect(title.top - tableBottom, 'space above the map title').to.be.at.least(16);
  });
});
