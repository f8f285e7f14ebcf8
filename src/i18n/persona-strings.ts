import { lookup, type Locale } from './locale.js';
import type { Translator } from './translator.js';

/** Section headings of `<persona-card>`; hosts replace any of them by key through `strings`. */
const en = {
  'persona.goals': 'Goals',
  'persona.needs': 'Needs',
  'persona.frustrations': 'Frustrations',
  'persona.expectations': 'Expectations',
  'persona.beliefs': 'Beliefs',
  'persona.attributes': 'About',
};

export type PersonaStringKey = keyof typeof en;

const ru: Record<PersonaStringKey, string> = {
  'persona.goals': 'Цели',
  'persona.needs': 'Потребности',
  'persona.frustrations': 'Что раздражает',
  'persona.expectations': 'Ожидания',
  'persona.beliefs': 'Убеждения',
  'persona.attributes': 'О персоне',
};

const ro: Record<PersonaStringKey, string> = {
  'persona.goals': 'Obiective',
  'persona.needs': 'Nevoi',
  'persona.frustrations': 'Frustrări',
  'persona.expectations': 'Așteptări',
  'persona.beliefs': 'Convingeri',
  'persona.attributes': 'Despre',
};

export const personaStrings: Record<Locale, Record<PersonaStringKey, string>> = { en, ru, ro };

export function personaString(
  t: Translator,
  key: PersonaStringKey,
): string {
  return lookup(personaStrings, t, key);
}
