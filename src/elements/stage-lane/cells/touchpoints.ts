import { html, nothing, type TemplateResult } from 'lit';
import type { NormalizedStep } from '../../../model/types.js';
import { switchViews, touchpointViews, type SwitchView, type TouchpointView } from '../../../views/touchpoints.js';
import { channelIcon, channelIconName, markerIcon } from '../../icons/channel-icons.js';
import { nonEmpty, spoken, uiWord, type CellContext } from './shared.js';

/** The channel definition's icon, else an icon matching the channel id, else the generic one. */
function channelIconFor(id: unknown, ctx: CellContext): TemplateResult {
  const declared = typeof id === 'string' ? ctx.journey.channels.get(id)?.icon : undefined;
  if (nonEmpty(declared) && (channelIconName(declared) !== 'other' || declared.trim() === 'other')) {
    return channelIcon(declared);
  }
  return channelIcon(typeof id === 'string' ? id : undefined);
}

export const SWITCH_ICONS = { channel: 'switch', device: 'switch-device', owner: 'switch-owner' } as const;

/**
 * A compact marker in the cell's corner: the kind's icon (explained by the legend under the lane's
 * name), "Channel switch: Phone → Website" as its tooltip, the sentence for screen readers.
 */
function renderSwitch(view: SwitchView): TemplateResult {
  return html`<li class="switch switch--${view.kind}" title=${view.shown}>${markerIcon(SWITCH_ICONS[view.kind])}${spoken(view.spoken)}</li>`;
}

function renderTouchpoint(view: TouchpointView, ctx: CellContext): TemplateResult {
  return html`<li class="touchpoint">
    <span class="channel">${channelIconFor(view.channel, ctx)}<span class="channel__label">${view.channelLabel}</span></span>
    ${view.text ? html`<span class="touchpoint__text">${view.text}</span>` : nothing}
    ${view.owner ? html`<span class="meta">${uiWord(ctx, `${view.ownerLabel}:`)} ${view.owner}</span>` : nothing}
  </li>`;
}

/**
 * The step's touchpoints with their channel icon and label, led by a compact marker for every switch
 * of channel, device or owner since the column before: the gaps where customers get lost.
 */
export function renderTouchpointsCell(step: NormalizedStep, ctx: CellContext): TemplateResult | typeof nothing {
  const touchpoints = touchpointViews(step, ctx);
  const switches = switchViews(step, ctx);
  if (!touchpoints.length && !switches.length) return nothing;
  return html`${switches.length ? html`<ul class="switches">${switches.map(renderSwitch)}</ul>` : nothing}${touchpoints.length
    ? html`<ul class="items items--plain">
        ${touchpoints.map((view) => renderTouchpoint(view, ctx))}
      </ul>`
    : nothing}`;
}
