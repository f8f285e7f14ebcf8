import { expect, nextFrame } from '@open-wc/testing';

/** The frame, then the task after it (the frame is painted). */
const afterFrame = async () => {
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve));
};
import { measureClipped, measureClippedInFrame } from '../../src/elements/stage-lane/cell-clip.js';

/** A capped cell of `lines` lines of text in a box of about two lines. */
function cell(stepId: string, lines: number): HTMLElement {
  const element = document.createElement('div');
  element.className = 'capped';
  element.dataset.stepId = stepId;
  element.style.cssText = 'max-block-size: 2.8em; overflow: hidden; line-height: 1.4';
  element.textContent = Array.from({ length: lines }, (_, i) => `line ${i + 1}`).join('\n');
  element.style.whiteSpace = 'pre-line';
  document.body.append(element);
  return element;
}

describe('measureClippedInFrame: lanes measure their cells once after a frame, together', () => {
  it('reads nothing until the frame is painted, then every waiting lane in one pass; asking again replaces the earlier request', async () => {
    const a = [cell('a1', 6), cell('a2', 1)];
    const b = [cell('b1', 9)];
    const reads: string[] = [];
    const results: Record<string, string[]> = {};
    const laneA = {};
    const laneB = {};
    const ask = (owner: object, name: string, cells: HTMLElement[]) =>
      measureClippedInFrame(owner, () => (reads.push(name), cells), (clipped) => (results[name] = [...clipped]));
    ask(laneA, 'a (first)', a);
    ask(laneB, 'b', b);
    ask(laneA, 'a', a);
    expect(reads).to.deep.equal([]);
    // Not in the animation frame (reading there forced the frame's layout early, then laid out again).
    await nextFrame();
    expect(reads).to.deep.equal([]);
    await new Promise((resolve) => setTimeout(resolve));
    // Only the latest request of lane a runs (in a's place), once.
    expect(reads).to.deep.equal(['a', 'b']);
    expect(results).to.deep.equal({ a: ['a1'], b: ['b1'] });
    await afterFrame();
    expect(reads).to.have.length(2);
    for (const element of [...a, ...b]) element.remove();
  });

  it('reads no cell of a row lower than the cap, and every cell of a row that reaches it', () => {
    const row = document.createElement('div');
    row.style.display = 'flex';
    document.body.append(row);
    const cells = [cell('s1', 1), cell('s2', 1)];
    row.append(...cells);
    let reads = 0;
    for (const element of cells) {
      const { scrollHeight } = element;
      Object.defineProperty(element, 'scrollHeight', { configurable: true, get: () => (reads++, scrollHeight) });
    }
    // One line under a cap of two: the row is lower than the cap, so no cell can be cut.
    expect([...measureClipped(cells, row)]).to.deep.equal([]);
    expect(reads).to.equal(0);
    // Without the row every cell is read.
    expect([...measureClipped(cells)]).to.deep.equal([]);
    expect(reads).to.equal(2);
    const tall = cell('s3', 5);
    row.append(tall);
    expect([...measureClipped([...cells, tall], row)]).to.deep.equal(['s3']);
    expect(reads).to.equal(4);
    row.remove();
  });
});
