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

/** The switches between the column before (`ctx.previous`) and this step, in words. */
export function switchViews(step: NormalizedStep, ctx: CellContext): SwitchView[] {
  return computeSwitches(ctx.previous, step, ctx.journey.channels).map((item) => {
    const values = {
      from: item.from.map((value) => switchValue(item, value, ctx)).join(', '),
      to: item.to.map((value) => switchValue(item, value, ctx)).join(', '),
    };
    return { kind: item.kind, shown: text(ctx, `switch.${item.kind}`, values), spoken: text(ctx, `switch.spoken.${item.kind}`, values) };
  });
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
