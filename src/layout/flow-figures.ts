/**
 * Where the flow's figures go (the share or count on each link): the first place next to the link's
 * arrowhead where the figure's box touches no arrowhead and no node. Pure; part of `layoutFlow`.
 */
import type { FlowDrop, FlowLink, FlowMeasure, FlowNode } from './flow.js';

const round = (value: number): number => Math.round(value * 100) / 100;

/** Half the base and the length of the arrowhead of a link `width` px wide: it stands out of the stroke by 4 px. */
export function arrowSize(width: number): { half: number; length: number } {
  const half = Math.ceil(width / 2) + 4;
  return { half, length: half + 2 };
}

/** A figure's box around its text position (x centre, y baseline of the 11 px text, its halo included). */
const FIGURE_ABOVE = 12;
export const FIGURE_BELOW = 4;
/** Px per character of a figure (11 px tabular digits, bold on the main path) and the least gap to what it must not touch. */
const FIGURE_CHAR = 7;
const FIGURE_CLEARANCE = 3;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const touches = (a: Box, b: Box): boolean =>
  a.left < b.right + FIGURE_CLEARANCE && b.left < a.right + FIGURE_CLEARANCE && a.top < b.bottom + FIGURE_CLEARANCE && b.top < a.bottom + FIGURE_CLEARANCE;

/** The box of a drop-off's arrowhead from its path's points (`M`, `L`, `H`, `V` of absolute coordinates only, as drawn here). */
function arrowBox(arrow: string): Box {
  const box = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity };
  let x = 0;
  let y = 0;
  // A scan rather than a regular expression: 900 arrowheads are read on a first render.
  let k = 0;
  const number = (): number => {
    const from = k;
    while (k < arrow.length && !'MLHVZ,'.includes(arrow[k])) k++;
    return Number(arrow.slice(from, k));
  };
  while (k < arrow.length) {
    const command = arrow[k++];
    if (command === 'Z') continue;
    const a = number();
    if (command === 'H') x = a;
    else if (command === 'V') y = a;
    else {
      k++; // the comma
      [x, y] = [a, number()];
    }
    box.left = Math.min(box.left, x);
    box.right = Math.max(box.right, x);
    box.top = Math.min(box.top, y);
    box.bottom = Math.max(box.bottom, y);
  }
  return box;
}

/** How wide a figure's text is, from the number it shows (a share as "12.5 %", else a grouped count), generously. */
function figureWidth(row: { share?: number; count?: number }, measure: FlowMeasure): number {
  let characters = 0;
  if (typeof row.share === 'number') characters = String(Math.round(row.share * 1000) / 10).length + 2;
  else if (typeof row.count === 'number') {
    const digits = String(Math.round(Math.abs(row.count))).length;
    characters = digits + Math.floor((digits - 1) / 3);
  }
  return measure === 'none' ? 0 : characters * FIGURE_CHAR;
}

/**
 * Places each link's figure (`labelX`, `labelY` are its centre and text baseline) where its box
 * touches no arrowhead, no drop-off arrowhead and no node: the first of these that is clear, else
 * the first. A way forward: above its arrowhead (over the node tops when the figure is wider than
 * the gap between the nodes), else below it. An arc: beyond its arrowhead (above a loop, below a
 * skip), else on the inner side of it, else one arc gap further out.
 */
export function placeFigures(
  links: FlowLink[],
  rows: ReadonlyArray<{ row: { share?: number; count?: number } }>,
  nodes: FlowNode[],
  exits: FlowDrop[],
  baseline: number,
  half: number,
  measure: FlowMeasure,
): void {
  // Obstacles by 64 px strips of x, so each figure is checked against its neighbours only (900 links).
  const strips = new Map<number, Box[]>();
  const firstStrip = (box: Box): number => Math.floor((box.left - FIGURE_CLEARANCE) / 64);
  const lastStrip = (box: Box): number => Math.floor((box.right + FIGURE_CLEARANCE) / 64);
  const obstacles: Box[] = [
    ...nodes.map((node) => ({ left: node.x - node.width / 2, right: node.x + node.width / 2, top: node.y - node.height / 2, bottom: node.y + node.height / 2 })),
    // A link's arrowhead is `sideArrow`'s, centred on the link's label point before the figure moves off it: its box without reading its path back.
    ...links.map((link) => {
      const { half, length } = arrowSize(link.width);
      return { left: round(link.labelX - length / 2), right: round(link.labelX + length / 2), top: round(link.labelY - half), bottom: round(link.labelY + half) };
    }),
    ...exits.map((drop) => arrowBox(drop.arrow)),
  ];
  for (const obstacle of obstacles) {
    for (let n = firstStrip(obstacle), last = lastStrip(obstacle); n <= last; n++) {
      const strip = strips.get(n);
      if (strip) strip.push(obstacle);
      else strips.set(n, [obstacle]);
    }
  }
  const isClear = (box: Box): boolean => {
    for (let n = firstStrip(box), last = lastStrip(box); n <= last; n++) {
      for (const obstacle of strips.get(n) ?? []) if (touches(box, obstacle)) return false;
    }
    return true;
  };
  // Where a figure's text baseline goes to sit wholly above or below a line at y.
  const above = (y: number): number => y - FIGURE_CLEARANCE - FIGURE_BELOW;
  const below = (y: number): number => y + FIGURE_CLEARANCE + FIGURE_ABOVE;
  links.forEach((link, i) => {
    const textWidth = figureWidth(rows[i].row, measure);
    if (textWidth === 0) {
      link.labelY = round(link.kind === 'skip' ? below(link.labelY + arrowSize(link.width).half) : above(link.labelY - arrowSize(link.width).half));
      return;
    }
    const { half: arrowHalf } = arrowSize(link.width);
    const at = link.labelY;
    let candidates: number[];
    if (link.kind === 'forward') {
      candidates = [above(at - arrowHalf), below(at + arrowHalf), above(baseline - half), below(baseline + half)];
    } else if (link.kind === 'loop') {
      candidates = [above(at - arrowHalf), below(at + arrowHalf), above(at - arrowHalf - 2 * FIGURE_ABOVE)];
    } else {
      candidates = [below(at + arrowHalf), above(at - arrowHalf), below(at + arrowHalf + 2 * FIGURE_ABOVE)];
    }
    const boxAt = (y: number): Box => ({ left: link.labelX - textWidth / 2, right: link.labelX + textWidth / 2, top: y - FIGURE_ABOVE, bottom: y + FIGURE_BELOW });
    const clear = candidates.find((y) => isClear(boxAt(y)));
    link.labelY = round(clear ?? candidates[0]);
  });
}
