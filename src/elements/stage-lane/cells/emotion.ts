import { html, nothing, type TemplateResult } from 'lit';
import { formatSpokenNumber } from '../../../i18n/number-format.js';
import { scaleLabel } from '../../../layout/scale-label.js';
import { formatEmotion } from '../../../layout/summary.js';
import type { NormalizedStep } from '../../../model/types.js';
import { markerIcon } from '../../icons/channel-icons.js';
import { personaName, spoken, text, type CellContext } from './shared.js';

type Sign = 'positive' | 'negative' | 'neutral';

const signOf = (value: number): Sign => (value > 0 ? 'positive' : value < 0 ? 'negative' : 'neutral');

/** The persona series to show: the one the map is filtered to, else every series of the journey. */
function seriesIds(ctx: CellContext): string[] {
  const { seriesIds: all } = ctx.journey;
  return ctx.persona && all.includes(ctx.persona) ? [ctx.persona] : all;
}

function renderEmotion(id: string, value: number, ctx: CellContext): TemplateResult {
  const sign = signOf(value);
  const name = personaName(ctx, id);
  const label = scaleLabel(ctx.journey.scale, value);
  const { min, max } = ctx.journey.scale;
  const said = [
    text(ctx, 'emotion.spoken', {
      value: formatEmotion(value, ctx.intlLocale),
      min: formatSpokenNumber(min, ctx.intlLocale),
      max: formatSpokenNumber(max, ctx.intlLocale),
      sign: text(ctx, `emotion.${sign}`),
    }),
    label,
  ]
    .filter(Boolean)
    .join(', ');
  return html`<li class="emotion emotion--${sign}">
    <span class="emotion__visible" aria-hidden="true">
      ${markerIcon(`emotion-${sign}`)} ${name ? html`<span class="emotion__persona">${name}</span>` : nothing}
      <span class="emotion__value">${formatEmotion(value, ctx.intlLocale)}</span>
      ${label ? html`<span class="emotion__label">${label}</span>` : nothing}
    </span>
    ${spoken(name ? `${name}: ${said}` : said)}
  </li>`;
}

/**
 * The step's emotion per persona as text, for maps without an emotion curve: the value, its scale
 * label, and the sign as a face (shape) and a word, never by colour alone.
 */
export function renderEmotionCell(step: NormalizedStep, ctx: CellContext): TemplateResult | typeof nothing {
  const entries = seriesIds(ctx)
    .map((id) => [id, step.emotionByPersona?.[id]] as const)
    .filter((entry): entry is readonly [string, number] => typeof entry[1] === 'number' && Number.isFinite(entry[1]));
  if (!entries.length) return nothing;
  return html`<ul class="items items--plain">
    ${entries.map(([id, value]) => renderEmotion(id, value, ctx))}
  </ul>`;
}
