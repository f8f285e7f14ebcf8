/** The words of `element`'s first text that the browser drew on more than one line (broken inside the word). */
export function brokenWords(element: HTMLElement): string[] {
  const text = [...element.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
  if (!text) return [];
  const broken: string[] = [];
  const content = text.textContent!;
  for (const match of content.matchAll(/\S+/g)) {
    const range = document.createRange();
    range.setStart(text, match.index!);
    range.setEnd(text, match.index! + match[0].length);
    const tops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
    if (tops.size > 1) broken.push(match[0]);
  }
  return broken;
}
