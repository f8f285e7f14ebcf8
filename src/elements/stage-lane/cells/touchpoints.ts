import { html, nothing, type TemplateResult } from 'lit';
import { computeSwitches, type StepSwitch } from '../../../layout/switches.js';
import type { NormalizedStep, Touchpoint } from '../../../model/types.js';
import { channelIcon, channelIconName, markerIcon } from '../../icons/channel-icons.js';
import { nonEmpty, records, spoken, text, type CellContext } from './shared.js';

const knownDevices = new Set(['mobile', 'desktop', 'phone', 'in-person']);

/** The channel's label from the journey, else its id, else a generic name. */
function channelLabel(id: unknown, ctx: CellContext): string {
  const definition = typeof id === 'string' ? ctx.journey.channels.get(id) : undefined;
  if (definition && nonEmpty(definition.label)) return definition.label;
  return nonEmpty(id) ? id : text(ctx, 'channel.fallback');
}

/** The channel definition's icon, else an icon matching the channel id, else the generic one. */
function channelIconFor(id: unknown, ctx: CellContext): TemplateResult {
  const declared = typeof id === 'string' ? ctx.journey.channels.get(id)?.icon : undefined;
  if (nonEmpty(declared) && (channelIconName(declared) !== 'other' || declared.trim() === 'other')) {
    return channelIcon(declared);
  }
  return channelIcon(typeof id === 'string' ? id : undefined);
}

function switchValue(item: StepSwitch, value: string, ctx: CellContext): string {
  if (item.kind === 'channel') return channelLabel(value, ctx);
  const device = value.toLowerCase();
  if (item.kind === 'device' && knownDevices.has(device)) {
    return text(ctx, `device.${device}` as 'device.mobile');
  }
  return value;
}

function renderSwitch(item: StepSwitch, ctx: CellContext): TemplateResult {
  const values = {
    from: item.from.map((value) => switchValue(item, value, ctx)).join(', '),
    to: item.to.map((value) => switchValue(item, value, ctx)).join(', '),
  };
  return html`<li class="switch switch--${item.kind}">
    ${markerIcon('switch')}<span aria-hidden="true">${text(ctx, `switch.${item.kind}`, values)}</span>${spoken(
      text(ctx, `switch.spoken.${item.kind}`, values),
    )}
  </li>`;
}

function renderTouchpoint(touchpoint: Touchpoint, ctx: CellContext): TemplateResult {
  return html`<li class="touchpoint">
    <span class="channel">${channelIconFor(touchpoint.channel, ctx)}<span class="channel__label"
        >${channelLabel(touchpoint.channel, ctx)}</span
      ></span
    >
    ${nonEmpty(touchpoint.text) ? html`<span class="touchpoint__text">${touchpoint.text}</span>` : nothing}
    ${nonEmpty(touchpoint.owner)
      ? html`<span class="meta">${text(ctx, 'label.owner')}: ${touchpoint.owner}</span>`
      : nothing}
  </li>`;
}

/**
 * The step's touchpoints with their channel icon and label, led by a marker for every switch of
 * channel, device or owner since the column before: the gaps where customers get lost.
 */
export function renderTouchpointsCell(step: NormalizedStep, ctx: CellContext): TemplateResult | typeof nothing {
  const touchpoints = records<Touchpoint>(step.touchpoints);
  const switches = computeSwitches(ctx.previous, step, ctx.journey.channels);
  if (!touchpoints.length && !switches.length) return nothing;
  return html`${switches.length
      ? html`<ul class="switches">
          ${switches.map((item) => renderSwitch(item, ctx))}
        </ul>`
      : nothing}${touchpoints.length
      ? html`<ul class="items items--plain">
          ${touchpoints.map((touchpoint) => renderTouchpoint(touchpoint, ctx))}
        </ul>`
      : nothing}`;
}
