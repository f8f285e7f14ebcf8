import { format, lookup, type Locale, type StringOverrides } from './locale.js';

/** Strings of `<journey-flow>`; hosts replace any of them by key through `strings`. */
const en = {
  'flow.label': 'Journey flow: {title}',
  'flow.hint': 'Arrow keys move along the transitions, Enter selects.',
  'flow.source.explicit': 'Shares and counts as written in the document.',
  'flow.source.individuals': 'Counted from {count} customers’ events.',
  'flow.source.plain': 'No shares or counts: every transition has the same width.',
  'flow.table': 'Transitions and exits',
  'flow.from': 'From',
  'flow.to': 'To',
  'flow.share': 'Share',
  'flow.count': 'Customers',
  'flow.exit': 'Leaves the journey',
  'flow.loop': 'loop back',
  'flow.unplanned': 'not in the map',
  'flow.link': '{from} → {to}',
  'flow.customers': '{count} customers',
  'flow.step': '{title}: {out} ways on, {in} ways in',
  'flow.hereNow': '{count} here now',
};

export type FlowStringKey = keyof typeof en;

const ru: Record<FlowStringKey, string> = {
  'flow.label': 'Поток пути: {title}',
  'flow.hint': 'Стрелки перемещают по переходам, Enter выбирает.',
  'flow.source.explicit': 'Доли и количества указаны в документе.',
  'flow.source.individuals': 'Подсчитано по событиям клиентов ({count}).',
  'flow.source.plain': 'Долей и количеств нет: все переходы одной ширины.',
  'flow.table': 'Переходы и уходы',
  'flow.from': 'Откуда',
  'flow.to': 'Куда',
  'flow.share': 'Доля',
  'flow.count': 'Клиентов',
  'flow.exit': 'Уходит из пути',
  'flow.loop': 'возврат',
  'flow.unplanned': 'нет на карте',
  'flow.link': '{from} → {to}',
  'flow.customers': 'клиентов: {count}',
  'flow.step': '{title}: путей дальше {out}, путей сюда {in}',
  'flow.hereNow': 'сейчас здесь: {count}',
};

const ro: Record<FlowStringKey, string> = {
  'flow.label': 'Fluxul parcursului: {title}',
  'flow.hint': 'Săgețile mută de-a lungul tranzițiilor, Enter selectează.',
  'flow.source.explicit': 'Ponderi și numere așa cum sunt scrise în document.',
  'flow.source.individuals': 'Numărate din evenimentele clienților ({count}).',
  'flow.source.plain': 'Fără ponderi sau numere: toate tranzițiile au aceeași lățime.',
  'flow.table': 'Tranziții și ieșiri',
  'flow.from': 'De la',
  'flow.to': 'La',
  'flow.share': 'Pondere',
  'flow.count': 'Clienți',
  'flow.exit': 'Părăsește parcursul',
  'flow.loop': 'întoarcere',
  'flow.unplanned': 'nu este pe hartă',
  'flow.link': '{from} → {to}',
  'flow.customers': 'clienți: {count}',
  'flow.step': '{title}: {out} căi mai departe, {in} căi de intrare',
  'flow.hereNow': 'acum aici: {count}',
};

export const flowStrings: Record<Locale, Record<FlowStringKey, string>> = { en, ru, ro };

export function flowString(
  locale: Locale,
  key: FlowStringKey,
  values?: Record<string, string | number>,
  strings?: StringOverrides,
): string {
  return format(lookup(flowStrings, locale, key, strings), values);
}
