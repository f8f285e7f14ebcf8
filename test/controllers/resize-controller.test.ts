import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ResizeController } from '../../src/controllers/resize-controller.js';

class ResizeProbe extends LitElement {
  readonly resize = new ResizeController(this);
  updates = 0;

  protected override updated(): void {
    this.updates += 1;
  }
}
customElements.define('resize-probe', ResizeProbe);

/** A host that only wants width updates while `active` (as a lane inside a map does not). */
class QuietProbe extends LitElement {
  active = false;
  readonly resize = new ResizeController(this, { enabled: () => this.active });
  updates = 0;

  protected override updated(): void {
    this.updates += 1;
  }
}
customElements.define('quiet-probe', QuietProbe);

async function frames(count = 3): Promise<void> {
  for (let i = 0; i < count; i += 1) await nextFrame();
}

describe('controllers/ResizeController', () => {
  it('measures the host and updates only for whole-pixel width changes', async () => {
    const probe = await fixture<ResizeProbe>(html`<resize-probe style="display: block; inline-size: 300px"></resize-probe>`);
    await frames();
    expect(probe.resize.width).to.equal(300);
    const settled = probe.updates;
    probe.style.inlineSize = '300.5px';
    await frames();
    expect(probe.updates).to.equal(settled);
    expect(probe.resize.width).to.equal(300);
    probe.style.inlineSize = '320px';
    await frames();
    expect(probe.resize.width).to.equal(320);
    expect(probe.updates).to.equal(settled + 1);
  });

  it('measures synchronously before the first report, and that report then causes no update', async () => {
    const probe = document.createElement('resize-probe') as ResizeProbe;
    probe.style.cssText = 'display: block; inline-size: 300px; padding-inline: 10px 30px; box-sizing: border-box';
    expect(probe.resize.measure()).to.equal(0);
    document.body.append(probe);
    try {
      expect(probe.resize.measure()).to.equal(260);
      await probe.updateComplete;
      const afterFirstRender = probe.updates;
      await frames();
      expect(probe.resize.width).to.equal(260);
      expect(probe.updates).to.equal(afterFirstRender);
      probe.style.inlineSize = '320px';
      await frames();
      expect(probe.resize.measure()).to.equal(280);
    } finally {
      probe.remove();
    }
  });

  it('tracks the width without updating the host while disabled', async () => {
    const probe = await fixture<QuietProbe>(html`<quiet-probe style="display: block; inline-size: 240px"></quiet-probe>`);
    await frames();
    expect(probe.resize.width).to.equal(240);
    expect(probe.updates).to.equal(1);
    probe.style.inlineSize = '250px';
    await frames();
    expect(probe.resize.width).to.equal(250);
    expect(probe.updates).to.equal(1);
    probe.active = true;
    probe.style.inlineSize = '270px';
    await frames();
    expect(probe.resize.width).to.equal(270);
    expect(probe.updates).to.equal(2);
  });

  it('stops observing when the host is disconnected', async () => {
    const probe = await fixture<ResizeProbe>(html`<resize-probe style="display: block; inline-size: 200px"></resize-probe>`);
    await frames();
    const parent = probe.parentElement!;
    probe.remove();
    const updates = probe.updates;
    probe.style.inlineSize = '260px';
    await frames();
    expect(probe.updates).to.equal(updates);
    expect(probe.resize.width).to.equal(200);
    parent.append(probe);
    await frames();
    expect(probe.resize.width).to.equal(260);
  });
});
