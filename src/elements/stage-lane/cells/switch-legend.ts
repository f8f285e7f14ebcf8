import { css, html, nothing, type TemplateResult } from 'lit';
import type { SwitchKind } from '../../../layout/switches.js';
import { markerIcon } from '../../icons/channel-icons.js';
import { SWITCH_ICONS } from './touchpoints.js';

/**
 * What the touchpoint lane's switch markers mean, under the lane's name: each kind the map marks,
 * its icon and its name ("Owner change"). Hidden from screen readers: every marker says its switch
 * in words.
 */
export function renderSwitchLegend(entries: ReadonlyArray<{ kind: SwitchKind; label: string }>): TemplateResult | typeof nothing {
  if (!entries.length) return nothing;
  return html`<ul class="switch-legend" part="switch-legend" aria-hidden="true">
    ${entries.map(
      (entry) => html`<li class="switch-legend__entry"><span class="switch switch--${entry.kind}">${markerIcon(SWITCH_ICONS[entry.kind])}</span>${entry.label}</li>`,
    )}
  </ul>`;
}

export const switchLegendStyles = css`
  .switch-legend {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--journey-muted);
    font-size: 0.75em;
    font-weight: 400;
  }
  .switch-legend__entry {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .switch-legend .switch {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: 1.5em;
    block-size: 1.5em;
    border: 1px dashed currentColor;
    border-radius: 50%;
  }
  .switch-legend .icon {
    inline-size: 1.1em;
    block-size: 1.1em;
  }
`;
