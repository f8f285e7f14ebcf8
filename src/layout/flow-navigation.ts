/**
 * Keyboard moves inside the flow. The focus is a step (node), a transition (link) or an exit. From a
 * step, "forward" goes to its heaviest way on (a link or its exit), "back" to its heaviest way in;
 * from a link, forward is its target and back its source; "up"/"down" go to the previous/next
 * sibling: another way out of the same step in the order they are drawn from top to bottom (loops
 * above, the forward link, skips below, the exit last), or the previous/next step.
 */
import type { FlowLayout } from './flow.js';

export type FlowFocus = { kind: 'node'; step: number } | { kind: 'link'; index: number } | { kind: 'exit'; index: number };
export type FlowMove = 'forward' | 'back' | 'up' | 'down';

const KIND_RANK = { loop: 0, forward: 1, skip: 2 } as const;

/** The ways out of a step as drawn, top to bottom: loops, the forward link, skips (by height), then its exit. */
function waysOut(flow: FlowLayout, step: number): FlowFocus[] {
  const links = flow.links
    .map((link, index) => ({ link, index }))
    .filter(({ link }) => link.from === step)
    .sort((a, b) => KIND_RANK[a.link.kind] - KIND_RANK[b.link.kind] || a.link.labelY - b.link.labelY || a.index - b.index)
    .map(({ index }): FlowFocus => ({ kind: 'link', index }));
  const exit = flow.exits.findIndex((drop) => drop.step === step);
  return exit >= 0 ? [...links, { kind: 'exit', index: exit }] : links;
}

/** The heaviest way out of a step; on a tie a way on before a loop back, and a link before the exit. */
function heaviestOut(flow: FlowLayout, step: number): FlowFocus | undefined {
  const ways = waysOut(flow, step);
  const isLoop = (way: FlowFocus) => way.kind === 'link' && flow.links[way.index].kind === 'loop';
  let best: FlowFocus | undefined;
  let width = -1;
  for (const way of [...ways.filter((way) => !isLoop(way)), ...ways.filter(isLoop)]) {
    const w = way.kind === 'link' ? flow.links[way.index].width : way.kind === 'exit' ? flow.exits[way.index].width : -1;
    if (w > width) {
      best = way;
      width = w;
    }
  }
  return best;
}

function heaviestIn(flow: FlowLayout, step: number): FlowFocus | undefined {
  let best = -1;
  flow.links.forEach((link, index) => {
    if (link.to === step && (best < 0 || link.width > flow.links[best].width)) best = index;
  });
  return best < 0 ? undefined : { kind: 'link', index: best };
}

const sameFocus = (a: FlowFocus, b: FlowFocus): boolean => a.kind === b.kind && (a.kind === 'node' ? a.step === (b as typeof a).step : a.index === (b as { index: number }).index);

/** The step a focus belongs to as a way out (a link's source, an exit's step). */
export function sourceOf(flow: FlowLayout, focus: FlowFocus): number {
  if (focus.kind === 'node') return focus.step;
  return focus.kind === 'link' ? flow.links[focus.index].from : flow.exits[focus.index].step;
}

/** Where `move` goes from `focus`; the same focus when there is nowhere to go. */
export function moveFlowFocus(flow: FlowLayout, focus: FlowFocus, move: FlowMove): FlowFocus {
  const stepCount = flow.nodes.length;
  if (focus.kind === 'node') {
    if (move === 'forward') return heaviestOut(flow, focus.step) ?? focus;
    if (move === 'back') return heaviestIn(flow, focus.step) ?? focus;
    const step = focus.step + (move === 'down' ? 1 : -1);
    return step >= 0 && step < stepCount ? { kind: 'node', step } : focus;
  }
  if (move === 'forward') return focus.kind === 'link' ? { kind: 'node', step: flow.links[focus.index].to } : focus;
  if (move === 'back') return { kind: 'node', step: sourceOf(flow, focus) };
  const siblings = waysOut(flow, sourceOf(flow, focus));
  const at = siblings.findIndex((item) => sameFocus(item, focus));
  return siblings[at + (move === 'down' ? 1 : -1)] ?? focus;
}

/** Whether `focus` still names a node, link or exit of `flow` (after the document changed). */
export function focusExists(flow: FlowLayout, focus: FlowFocus): boolean {
  if (focus.kind === 'node') return focus.step < flow.nodes.length;
  return focus.kind === 'link' ? focus.index < flow.links.length : focus.index < flow.exits.length;
}

/** Where the keyboard starts: the step most customers entered at (`entries` of a counted table), else the first. */
export function startFocus(entries: readonly number[] | undefined): FlowFocus {
  const step = entries ? entries.indexOf(Math.max(...entries)) : 0;
  return { kind: 'node', step: Math.max(0, step) };
}

const VERTICAL: Record<string, FlowMove> = { ArrowUp: 'up', ArrowDown: 'down' };

/**
 * What a key does in the standalone flow: the next focus (undefined: none, after Escape), `select`
 * (Enter or Space on a focus), or `ignore` (a key the flow leaves to the page). Arrows follow the
 * links (mirrored right to left); the first arrow starts at `startFocus`; Home and End go to the first
 * and last step.
 */
export function flowKey(flow: FlowLayout, focus: FlowFocus | undefined, key: string, rtl: boolean, start: FlowFocus): FlowFocus | undefined | 'select' | 'ignore' {
  const horizontal: Record<string, FlowMove> = { ArrowRight: rtl ? 'back' : 'forward', ArrowLeft: rtl ? 'forward' : 'back' };
  const move = VERTICAL[key] ?? horizontal[key];
  if (move) return focus ? moveFlowFocus(flow, focus, move) : start;
  if (key === 'Home') return { kind: 'node', step: 0 };
  if (key === 'End') return { kind: 'node', step: flow.nodes.length - 1 };
  if (!focus) return 'ignore';
  if (key === 'Enter' || key === ' ') return 'select';
  return key === 'Escape' ? undefined : 'ignore';
}
