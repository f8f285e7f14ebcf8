/** Where glyphs are drawn: shared by the direction-run tests (bidi, compare-bidi). */

/** The x of the first `char` in the text under `element`. */
export function charLeft(element: Element, char: string): number {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(char);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 1);
    return range.getBoundingClientRect().left;
  }
  throw new Error(`no "${char}" in ${element.textContent}`);
}
