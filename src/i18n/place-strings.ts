import { format, lookup, type Locale } from './locale.js';
import type { Translator } from './translator.js';

/**
 * How a problem names the item it is about ("stage “Book”, step “Calls the booking line”"), in its
 * own small dictionary: the validator needs these words and no other UI string, so an app that only
 * validates does not carry the map's words (docs/performance.md, An app pays only for what it imports).
 */
const en = {
  'place.stage': 'stage “{name}”',
  'place.step': 'step “{name}”',
  'place.persona': 'persona “{name}”',
  'place.channel': 'channel “{name}”',
  'place.metric': 'metric “{name}”',
  'place.lane': 'lane “{name}”',
  'place.painPoint': 'pain point “{name}”',
  'place.opportunity': 'opportunity “{name}”',
  'place.touchpoint': 'touchpoint “{name}”',
  'place.insight': 'evidence “{name}”',
  'place.customer': 'customer “{name}”',
  'place.lanesAttribute': 'the {name} attribute',
};

export type PlaceStringKey = keyof typeof en;

const ru: Record<PlaceStringKey, string> = {
  'place.stage': 'этап «{name}»',
  'place.step': 'шаг «{name}»',
  'place.persona': 'персона «{name}»',
  'place.channel': 'канал «{name}»',
  'place.metric': 'метрика «{name}»',
  'place.lane': 'слой «{name}»',
  'place.painPoint': 'болевая точка «{name}»',
  'place.opportunity': 'возможность «{name}»',
  'place.touchpoint': 'точка контакта «{name}»',
  'place.insight': 'доказательство «{name}»',
  'place.customer': 'клиент «{name}»',
  'place.lanesAttribute': 'атрибут {name}',
};

const ro: Record<PlaceStringKey, string> = {
  'place.stage': 'etapa „{name}”',
  'place.step': 'pasul „{name}”',
  'place.persona': 'persona „{name}”',
  'place.channel': 'canalul „{name}”',
  'place.metric': 'indicatorul „{name}”',
  'place.lane': 'stratul „{name}”',
  'place.painPoint': 'punctul de durere „{name}”',
  'place.opportunity': 'oportunitatea „{name}”',
  'place.touchpoint': 'punctul de contact „{name}”',
  'place.insight': 'dovada „{name}”',
  'place.customer': 'clientul „{name}”',
  'place.lanesAttribute': 'atributul {name}',
};

export const placeStrings: Record<Locale, Record<PlaceStringKey, string>> = { en, ru, ro };

/** A place name for the locale (host override first), with `{name}` filled in as plain text. */
export function placeString(t: Translator, key: PlaceStringKey, values?: Record<string, string | number>): string {
  return format(lookup(placeStrings, t, key), values);
}
