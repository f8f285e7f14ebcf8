/**
 * The flow's drawing as DOM: stage bands, links with their arrowheads, drop-offs, nodes with their
 * titles, figures. Built once per layout, straight into a detached `<svg>`; a hover or a keyboard
 * move afterwards changes only the classes of the elements it touches (the lit and faded links, the
 * focused one, the focus ring) and draws the lit links' arrowheads. A template instance per link,
 * re-rendered on every move, cost the first render of 900 links about twice the same SVG drawn by
 * plain d3 (docs/performance.md, issue 16).
 *
 * Step titles are SVG text wrapped to the node (two lines, then an ellipsis), measured on a canvas in
 * the element's font once per distinct text, not HTML boxes with a line clamp over the drawing.
 * Data goes in as text nodes and attribute values only.
 */
import type { FlowFocus } from '../../layout/flow-navigation.js';
import { figureLabel } from '../../layout/flow-text.js';
import type { FlowLayout } from '../../layout/flow.js';
import { clampLines, textDirection, type Measure } from '../../layout/text-wrap.js';
import type { TransitionTable } from '../../model/transitions.js';
import type { NormalizedJourney } from '../../model/types.js';
import { textMeasure } from '../shared/text-width.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Step titles (as `.node-label` in the stylesheet): 12 px, lines 1.2 apart, 6 px clear of the node's sides. */
const TITLE_SIZE = 12;
const TITLE_LINE = TITLE_SIZE * 1.2;
const TITLE_PADDING = 6;
/** Where there is no canvas to measure on: an average glyph of the title font. */
const TITLE_GLYPH = TITLE_SIZE * 0.55;
/** The minimum width of a link's pointer target and focus ring (px): thin links stay easy to hit and to see. */
const HIT_WIDTH = 12;

/** What the drawing shows: the laid-out flow and its table, and what is lit, focused or pointed at. */
export interface FlowDrawingView {
  journey: NormalizedJourney;
  table: TransitionTable;
  flow: FlowLayout;
  words: { intlLocale: string };
  focus?: FlowFocus;
  highlight?: number;
  pointer?: boolean;
}

type Attributes = Record<string, string | number>;

function add<K extends keyof SVGElementTagNameMap>(parent: Element, tag: K, attributes: Attributes, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const name in attributes) node.setAttribute(name, String(attributes[name]));
  if (text !== undefined) node.textContent = text;
  parent.appendChild(node);
  return node;
}

interface Built {
  flow: FlowLayout;
  table: TransitionTable;
  journey: NormalizedJourney;
  intlLocale: string;
  svg: SVGSVGElement;
  bands: SVGGElement;
  linkGroup: SVGGElement;
  links: SVGPathElement[];
  /** The arrowheads, one path per colour, and the lit links' own drawn over them while a step is highlighted. */
  arrows: SVGPathElement[];
  litArrows: SVGGElement;
  exits: SVGGElement[];
  nodes: SVGRectElement[];
  /** Each link's, drop-off's and node's class as last set, so a move writes only what changed. */
  linkClasses: string[];
  exitClasses: string[];
  nodeClasses: string[];
  hits?: SVGGElement;
  ring?: SVGPathElement;
  painted?: { highlight?: number; focus?: FlowFocus };
}

/**
 * The drawing of one `<journey-flow>`: `draw(view)` returns the same `<svg>` while the layout, the
 * table and the figures' locale stay, with the highlight and focus of `view` applied to it.
 */
export class FlowDrawing {
  private built?: Built;
  private fonts = 0;

  /** `fontFamily` is read only when the drawing is built: the titles are measured in it. */
  constructor(private readonly fontFamily: () => string) {}

  /** The drawing of `view`; built anew when its flow, words or `fonts` (FontsController `loads`: a web font has loaded since, the titles are measured again) changed. */
  draw(view: FlowDrawingView, fonts = 0): SVGSVGElement {
    let built = this.built;
    if (!built || built.flow !== view.flow || built.table !== view.table || built.journey !== view.journey || built.intlLocale !== view.words.intlLocale || this.fonts !== fonts) {
      built = this.built = build(view, this.measure());
      this.fonts = fonts;
    }
    paint(built, view);
    return built.svg;
  }

  private measure(): Measure {
    const measure = textMeasure(`400 ${TITLE_SIZE}px ${this.fontFamily() || 'sans-serif'}`);
    return measure ?? ((text) => text.length * TITLE_GLYPH);
  }
}

function build(view: FlowDrawingView, measure: Measure): Built {
  const { flow, table, journey } = view;
  const svg = document.createElementNS(SVG_NS, 'svg');
  // No viewBox: a user unit is a CSS pixel, so the drawing keeps its size when the map's flow lane
  // stretches the <svg> to a row taller than the flow (its header's legend is taller in a narrow map).
  for (const [name, value] of Object.entries({ class: 'svg', width: flow.width, height: flow.height, 'aria-hidden': 'true', focusable: 'false' })) {
    svg.setAttribute(name, String(value));
  }
  const bands = add(svg, 'g', { class: 'bands' });
  // As tall as the <svg>: the stage tint spans a stretched row too.
  for (const band of flow.bands) add(bands, 'rect', { class: band.index % 2 ? 'band band--odd' : 'band', x: band.x, y: 0, width: band.width, height: '100%' });
  const linkGroup = add(svg, 'g', { class: 'links' });
  const linkClasses: string[] = [];
  const links: SVGPathElement[] = [];
  // The arrowheads of all links of one colour are one path, over every stroke: a third of the
  // drawing's elements fewer. A highlight fades them all and draws the lit links' own on top.
  const arrowPaths = new Map<string, string[]>();
  flow.links.forEach((link, index) => {
    const classes = linkClass(link, table);
    linkClasses.push(classes);
    links.push(add(linkGroup, 'path', { class: classes, 'data-link': index, d: link.path, 'stroke-width': link.width }));
    const arrow = arrowClass(link);
    const same = arrowPaths.get(arrow);
    if (same) same.push(link.arrow);
    else arrowPaths.set(arrow, [link.arrow]);
  });
  const arrows = Array.from(arrowPaths, ([classes, paths]) => add(linkGroup, 'path', { class: classes, d: paths.join('') }));
  const litArrows = add(linkGroup, 'g', { class: 'lit-arrows' });
  const exitClasses: string[] = [];
  const exits = flow.exits.map((drop, index) => {
    exitClasses.push('exit');
    const item = add(linkGroup, 'g', { class: 'exit', 'data-exit': index });
    add(item, 'path', { class: 'exit__stroke', d: drop.path, 'stroke-width': drop.width });
    add(item, 'path', { class: 'exit__arrow', d: drop.arrow });
    return item;
  });
  const nodeGroup = add(svg, 'g', { class: 'nodes' });
  const nodeClasses: string[] = [];
  const nodes = flow.nodes.map((node) => {
    nodeClasses.push('node');
    return add(nodeGroup, 'rect', { class: 'node', 'data-step': node.step, x: node.x - node.width / 2, y: node.y - node.height / 2, width: node.width, height: node.height, rx: 6 });
  });
  for (const node of flow.nodes) drawTitle(nodeGroup, journey.steps[node.step]?.title ?? '', node, measure);
  const figures = add(svg, 'g', { class: 'figures' });
  const { intlLocale } = view.words;
  for (const link of flow.links) {
    const label = figureLabel(table.transitions[link.row] ?? {}, intlLocale);
    if (label) add(figures, 'text', { class: link.main ? 'figure figure--main' : 'figure', x: link.labelX, y: link.labelY }, label);
  }
  return { flow, table, journey, intlLocale, svg, bands, linkGroup, links, arrows, litArrows, exits, nodes, linkClasses, exitClasses, nodeClasses };
}

/** A link's stroke: its kind, on the main path or not, planned or not. */
function linkClass(link: FlowLayout['links'][number], table: TransitionTable): string {
  let classes = `link link--${link.kind}`;
  if (link.main) classes += ' link--main';
  if (!(table.transitions[link.row]?.planned ?? true)) classes += ' link--unplanned';
  return classes;
}

/** A link's arrowhead, coloured as its stroke. */
const arrowClass = (link: FlowLayout['links'][number]): string => `arrow arrow--${link.kind}${link.main ? ' arrow--main' : ''}`;

/** A step's title centred on its node: at most two lines, the second ending in … when cut (the full title then shows on hover). */
function drawTitle(parent: SVGGElement, title: string, node: FlowLayout['nodes'][number], measure: Measure): void {
  const { lines, cut } = clampLines(title, node.width - 2 * TITLE_PADDING, measure);
  const attributes: Attributes = { class: 'node-label', part: 'node', 'data-step': node.step, x: node.x, y: node.y - ((lines.length - 1) * TITLE_LINE) / 2 + TITLE_SIZE * 0.35 };
  if (textDirection(title) === 'rtl') attributes.direction = 'rtl';
  const text = add(parent, 'text', attributes, lines.length === 1 ? lines[0] : undefined);
  if (lines.length > 1) lines.forEach((line, i) => add(text, 'tspan', { x: node.x, dy: i === 0 ? 0 : TITLE_LINE }, line));
  if (cut) add(text, 'title', {}, title);
}

const sameFocus = (a: FlowFocus | undefined, b: FlowFocus | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.kind === b.kind && (a.kind === 'node' ? a.step === (b as { step: number }).step : a.index === (b as { index: number }).index));

const focusedAt = (focus: FlowFocus | undefined, kind: FlowFocus['kind'], at: number): boolean =>
  focus?.kind === kind && (kind === 'node' ? (focus as { step: number }).step === at : (focus as { index: number }).index === at);

function setClass(element: Element, classes: string[], index: number, value: string): void {
  if (classes[index] === value) return;
  classes[index] = value;
  element.setAttribute('class', value);
}

/** Applies the highlight (the links of one step lit, the others faded), the focus and the pointer targets. */
function paint(built: Built, view: FlowDrawingView): void {
  if (view.pointer && !built.hits) built.hits = drawHits(built);
  const { highlight, focus } = view;
  if (built.painted && built.painted.highlight === highlight && sameFocus(built.painted.focus, focus)) return;
  built.painted = { highlight, focus };
  const { flow } = built;
  built.litArrows.replaceChildren();
  flow.links.forEach((link, index) => {
    let classes = linkClass(link, built.table);
    if (highlight !== undefined && link.from !== highlight && link.to !== highlight) classes += ' link--faded';
    else if (highlight !== undefined) {
      classes += ' link--lit';
      add(built.litArrows, 'path', { class: arrowClass(link), d: link.arrow });
    }
    if (focusedAt(focus, 'link', index)) classes += ' link--focused';
    setClass(built.links[index], built.linkClasses, index, classes);
  });
  for (const arrows of built.arrows) arrows.classList.toggle('arrow--faded', highlight !== undefined);
  flow.exits.forEach((drop, index) => {
    let classes = 'exit';
    if (highlight !== undefined && drop.step !== highlight) classes += ' exit--faded';
    if (focusedAt(focus, 'exit', index)) classes += ' exit--focused';
    setClass(built.exits[index], built.exitClasses, index, classes);
  });
  flow.nodes.forEach((node, index) => {
    let classes = 'node';
    if (highlight === node.step) classes += ' node--lit';
    if (focusedAt(focus, 'node', node.step)) classes += ' node--focused';
    setClass(built.nodes[index], built.nodeClasses, index, classes);
  });
  const way = focus?.kind === 'link' ? flow.links[focus.index] : focus?.kind === 'exit' ? flow.exits[focus.index] : undefined;
  if (!way) {
    built.ring?.remove();
    built.ring = undefined;
    return;
  }
  // The keyboard focus on a link or drop-off: one wide translucent stroke under the links.
  built.ring ??= document.createElementNS(SVG_NS, 'path');
  built.ring.setAttribute('class', 'focus-ring');
  built.ring.setAttribute('d', way.path);
  built.ring.setAttribute('stroke-width', String(Math.max(way.width, HIT_WIDTH)));
  if (!built.ring.isConnected || built.ring.nextSibling !== built.linkGroup) built.linkGroup.before(built.ring);
}

/**
 * Pointer targets of the links and drop-offs: wide transparent strokes, drawn only once a pointer has
 * come over the drawing, so a first render does not build a second path per link that only a pointer uses.
 */
function drawHits(built: Built): SVGGElement {
  const hits = document.createElementNS(SVG_NS, 'g');
  hits.setAttribute('class', 'hits');
  built.flow.links.forEach((link, index) => add(hits, 'path', { class: 'link__hit', 'data-link': index, d: link.path, 'stroke-width': Math.max(link.width, HIT_WIDTH) }));
  built.flow.exits.forEach((drop, index) => add(hits, 'path', { class: 'link__hit', 'data-exit': index, d: drop.path, 'stroke-width': Math.max(drop.width, HIT_WIDTH) }));
  built.bands.after(hits);
  return hits;
}
