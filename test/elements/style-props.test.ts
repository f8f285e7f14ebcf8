import { expect } from '@open-wc/testing';
import { html, render, svg } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { styleProps } from '../../src/elements/shared/style-props.js';

/**
 * A same-origin frame whose own policy blocks style attributes, the way a strict page does
 * (`style-src 'self'` without 'unsafe-inline'). Templates are rendered into it with
 * `creationScope: doc`, so Lit creates and fills the nodes in the frame's document, under its policy.
 */
async function strictFrame(): Promise<{ doc: Document; violations: string[]; remove: () => void }> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="style-src 'self'"><body></body>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const violations: string[] = [];
  doc.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
  return { doc, violations, remove: () => frame.remove() };
}

/** Violation events are queued as tasks; let them arrive. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('styleProps', () => {
  it('sets sizes, transforms and custom properties on HTML and SVG elements without a CSP violation', async () => {
    const { doc, violations, remove } = await strictFrame();
    try {
      const container = doc.body;
      const draw = (width: number) =>
        render(
          html`<div id="box" style=${styleProps({ inlineSize: `${width}px`, blockSize: '20px', '--series-color': 'red' })}></div>
            <svg width="10" height="10"><g id="mark" style=${styleProps({ transform: `translate(${width}px, 3px)` })}></g></svg>`,
          container,
          { creationScope: doc },
        );
      draw(120);
      await settle();
      const box = container.querySelector<HTMLElement>('#box')!;
      const mark = container.querySelector<SVGGElement>('#mark')!;
      expect(violations).to.deep.equal([]);
      expect(box.getBoundingClientRect().width).to.equal(120);
      expect(box.style.getPropertyValue('--series-color')).to.equal('red');
      expect(mark.style.transform).to.equal('translate(120px, 3px)');
      draw(64);
      await settle();
      expect(violations).to.deep.equal([]);
      expect(box.getBoundingClientRect().width).to.equal(64);
      expect(mark.style.transform).to.equal('translate(64px, 3px)');
    } finally {
      remove();
    }
  });

  it('removes a property that is no longer given', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const draw = (props: Record<string, string | undefined>) => render(html`<div style=${styleProps(props)}></div>`, container);
    draw({ inlineSize: '30px', blockSize: '10px' });
    const box = container.firstElementChild as HTMLElement;
    draw({ inlineSize: '40px' });
    expect(box.style.inlineSize).to.equal('40px');
    expect(box.style.blockSize).to.equal('');
    draw({ inlineSize: undefined });
    expect(box.getAttribute('style') ?? '').to.equal('');
    container.remove();
  });

  it('is needed: the same frame reports Lit styleMap and style strings as violations', async () => {
    const { doc, violations, remove } = await strictFrame();
    try {
      const scope = { creationScope: doc };
      render(html`<div style=${styleMap({ inlineSize: '120px' })}></div>`, doc.body.appendChild(doc.createElement('div')), scope);
      render(svg`<g style="transform: translate(${4}px, 0)"></g>`, doc.body.appendChild(doc.createElement('svg')), scope);
      await settle();
      expect(violations).to.have.length(2);
      expect(violations.every((directive) => directive.startsWith('style-src'))).to.equal(true);
    } finally {
      remove();
    }
  });

  it('refuses to share the style attribute with other bindings', () => {
    const container = document.createElement('div');
    expect(() => render(html`<div style="color: red; ${styleProps({ inlineSize: '1px' })}"></div>`, container)).to.throw(
      /only binding/,
    );
  });
});
