import { computeSwitches, type StepSwitch, type SwitchKind } from '../layout/switches.js';
import type { NormalizedStep, Touchpoint } from '../model/types.js';
import { nonEmpty, records, text, type CellContext } from './context.js';

const KNOWN_DEVICES = new Set(['mobile', 'desktop', 'phone', 'in-person']);

/** A switch of channel, device or owner since the column before, as shown and as read aloud. */
export interface SwitchView {
  kind: SwitchKind;
  /** "Phone → Web" style words, in the UI language. */
  shown: string;
  /** The same as a sentence for screen readers. */
  spoken: string;
  /** The kind in words ("Owner change"), for the legend, the marker's tooltip and the export. */
  label: string;
}

export interface TouchpointView {
  /** The channel id as written (it picks the icon when the channel declares none). */
  channel: unknown;
  /** The channel's label, else its id, else a generic name. */
  channelLabel: string;
  text?: string;
  owner?: string;
  /** "Owner" in the UI language. */
  ownerLabel: string;
}

/** The channel's label from the journey, else its id, else a generic name. */
export function channelLabel(id: unknown, ctx: CellContext): string {
  const definition = typeof id === 'string' ? ctx.journey.channels.get(id) : undefined;
  if (definition && nonEmpty(definition.label)) return definition.label;
  return nonEmpty(id) ? id : text(ctx, 'channel.fallback');
}

function switchValue(item: StepSwitch, value: string, ctx: CellContext): string {
  if (item.kind === 'channel') return channelLabel(value, ctx);
  const device = value.toLowerCase();
  return item.kind === 'device' && KNOWN_DEVICES.has(device) ? text(ctx, `device.${device}` as 'device.mobile') : value;
}

/** The switches between the column before (`ctx.previous`) and this step, in words; none under `no-switches`. */
export function switchViews(step: NormalizedStep, ctx: CellContext): SwitchView[] {
  if (ctx.noSwitches) return [];
  return computeSwitches(ctx.previous, step, ctx.journey.channels).map((item) => {
    const values = {
      from: item.from.map((value) => switchValue(item, value, ctx)).join(', '),
      to: item.to.map((value) => switchValue(item, value, ctx)).join(', '),
    };
    return {
      kind: item.kind,
      shown: text(ctx, `switch.${item.kind}`, values),
      spoken: text(ctx, `switch.spoken.${item.kind}`, values),
      label: text(ctx, `switch.kind.${item.kind}`),
    };
  });
}

const SWITCH_KINDS: readonly SwitchKind[] = ['channel', 'device', 'owner'];

/**
 * The kinds of switch the map marks anywhere (for the legend under the touchpoint lane's name), in
 * the order channel, device, owner; none under `no-switches`.
 */
export function switchLegend(steps: readonly NormalizedStep[], ctx: CellContext): Array<{ kind: SwitchKind; label: string }> {
  if (ctx.noSwitches) return [];
  const used = new Set<SwitchKind>();
  steps.forEach((step, index) => {
    for (const item of computeSwitches(steps[index - 1], step, ctx.journey.channels)) used.add(item.kind);
  });
  return SWITCH_KINDS.filter((kind) => used.has(kind)).map((kind) => ({ kind, label: text(ctx, `switch.kind.${kind}`) }));
}

/** The step's touchpoints, in document order. */
export function touchpointViews(step: NormalizedStep, ctx: CellContext): TouchpointView[] {
  return records<Touchpoint>(step.touchpoints).map((touchpoint) => ({
    channel: touchpoint.channel,
    channelLabel: channelLabel(touchpoint.channel, ctx),
    text: nonEmpty(touchpoint.text) ? touchpoint.text : undefined,
    owner: nonEmpty(touchpoint.owner) ? touchpoint.owner : undefined,
    ownerLabel: text(ctx, 'label.owner'),
  }));
}
