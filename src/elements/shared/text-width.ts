/**
 * Widths of short UI texts (lane-name words, scale words) in the element's own font, measured on a
 * canvas and cached by font and text: the layout sizes a column so that no word has to break inside.
 */
let context: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

/** The canvas font of `element`'s text at `scale` of its font size, in `weight`. */
export function fontOf(element: Element, scale = 1, weight = 400): string {
  const style = getComputedStyle(element);
  return `${weight} ${(parseFloat(style.fontSize) || 16) * scale}px ${style.fontFamily || 'sans-serif'}`;
}

/**
 * A measure of texts in `font` (px), or undefined where there is no canvas (a server, a test
 * environment without one): callers fall back to their estimate.
 */
export function textMeasure(font: string): ((text: string) => number) | undefined {
  if (typeof document === 'undefined') return undefined;
  context ??= document.createElement('canvas').getContext('2d');
  const canvas = context;
  if (!canvas) return undefined;
  return (text) => {
    const key = `${font}\u0000${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      canvas.font = font;
      width = canvas.measureText(text).width;
      widths.set(key, width);
    }
    return width;
  };
}
