import { format, lookup, type Locale } from './locale.js';
import type { Translator } from './translator.js';

/**
 * UI strings of real customers: `<journey-customers>`, the map's customer lane and header line, and
 * the step headers' "now / stalled" badges. Counted phrases have one key per plural category
 * (`Intl.PluralRules`: one, few, many, other). Hosts replace any of them by key through `strings`.
 */
const en = {
  'customers.label': 'Customers',
  'customers.column.label': 'Customer',
  'customers.column.segment': 'Segment',
  'customers.column.step': 'Now at',
  'customers.column.last': 'Last event',
  'customers.column.score': 'Score',
  'customers.column.stalled': 'Status',
  'customers.sort': 'Sort by {column}',
  'customers.search': 'Search by name',
  'customers.filter.step': 'Step',
  'customers.filter.anyStep': 'All steps',
  'customers.filter.offMap': 'Not on this map',
  'customers.filter.status': 'Status',
  'customers.filter.all': 'All',
  'customers.filter.stalled': 'Stalled',
  'customers.filter.moving': 'Not stalled',
  'customers.filter.finished': 'Finished',
  'customers.count': '{shown} of {total} customers',
  'customers.empty': 'No customer matches these filters.',
  'customers.none': 'This journey has no individual customers.',
  'customers.noMap': 'There is no journey map with the id “{id}” on this page, so there are no customers to list.',
  'customers.noValue': '—',
  'customers.finished': 'Finished',
  'customers.status.active': 'Active',
  'customers.status.finished': 'Finished',
  'customers.stalled.one': 'Stalled for {days} day',
  'customers.stalled.few': 'Stalled for {days} days',
  'customers.stalled.many': 'Stalled for {days} days',
  'customers.stalled.other': 'Stalled for {days} days',
  'customers.summary': '{label}, now at {step}, score {score}',
  'customer.lane': 'Customer',
  'customer.line': 'Customer',
  'customer.segment': 'Segment',
  'customer.persona': 'Persona',
  'customer.nowAt': 'Now at: {step}',
  'customer.score': 'Experience score {score} of 100',
  'customer.offMap': 'Events on steps not on this map',
  'customer.emotion': 'Felt {value}',
  'customer.unknown': 'There is no customer with the id “{id}”: the map is shown without one.',
  'customer.events': '{count} events',
  'badge.short': '{now} now, {stalled} stalled',
  'badge.now': '{now} now',
  'badge.spokenNow.one': '{now} customer here now',
  'badge.spokenNow.few': '{now} customers here now',
  'badge.spokenNow.many': '{now} customers here now',
  'badge.spokenNow.other': '{now} customers here now',
  'badge.spoken.one': '{now} customer here now, {stalled} of them stalled',
  'badge.spoken.few': '{now} customers here now, {stalled} of them stalled',
  'badge.spoken.many': '{now} customers here now, {stalled} of them stalled',
  'badge.spoken.other': '{now} customers here now, {stalled} of them stalled',
};

export type CustomerStringKey = keyof typeof en;

const ru: Record<CustomerStringKey, string> = {
  'customers.label': 'Клиенты',
  'customers.column.label': 'Клиент',
  'customers.column.segment': 'Сегмент',
  'customers.column.step': 'Сейчас на шаге',
  'customers.column.last': 'Последнее событие',
  'customers.column.score': 'Оценка',
  'customers.column.stalled': 'Состояние',
  'customers.sort': 'Сортировать: {column}',
  'customers.search': 'Поиск по имени',
  'customers.filter.step': 'Шаг',
  'customers.filter.anyStep': 'Все шаги',
  'customers.filter.offMap': 'Нет на этой карте',
  'customers.filter.status': 'Состояние',
  'customers.filter.all': 'Все',
  'customers.filter.stalled': 'Без движения',
  'customers.filter.moving': 'В движении',
  'customers.filter.finished': 'Путь завершён',
  'customers.count': '{shown} из {total}',
  'customers.empty': 'Нет клиентов, подходящих под фильтры.',
  'customers.none': 'В этом пути нет отдельных клиентов.',
  'customers.noMap': 'На странице нет карты пути с идентификатором «{id}», поэтому показать клиентов нельзя.',
  'customers.noValue': '—',
  'customers.finished': 'Путь завершён',
  'customers.status.active': 'В движении',
  'customers.status.finished': 'Путь завершён',
  'customers.stalled.one': 'Без движения {days} день',
  'customers.stalled.few': 'Без движения {days} дня',
  'customers.stalled.many': 'Без движения {days} дней',
  'customers.stalled.other': 'Без движения {days} дня',
  'customers.summary': '{label}, сейчас на шаге «{step}», оценка {score}',
  'customer.lane': 'Клиент',
  'customer.line': 'Клиент',
  'customer.segment': 'Сегмент',
  'customer.persona': 'Персона',
  'customer.nowAt': 'Сейчас на шаге: {step}',
  'customer.score': 'Оценка опыта {score} из 100',
  'customer.offMap': 'События на шагах, которых нет на карте',
  'customer.emotion': 'Эмоция: {value}',
  'customer.unknown': 'Клиента с идентификатором «{id}» нет: карта показана без него.',
  'customer.events': 'Событий: {count}',
  'badge.short': 'сейчас {now}, без движения {stalled}',
  'badge.spoken.one': 'Здесь сейчас {now} клиент, из них без движения: {stalled}',
  'badge.spoken.few': 'Здесь сейчас {now} клиента, из них без движения: {stalled}',
  'badge.spoken.many': 'Здесь сейчас {now} клиентов, из них без движения: {stalled}',
  'badge.spoken.other': 'Здесь сейчас {now} клиента, из них без движения: {stalled}',
  'badge.now': 'сейчас {now}',
  'badge.spokenNow.one': 'Здесь сейчас {now} клиент',
  'badge.spokenNow.few': 'Здесь сейчас {now} клиента',
  'badge.spokenNow.many': 'Здесь сейчас {now} клиентов',
  'badge.spokenNow.other': 'Здесь сейчас {now} клиента',
};

const ro: Record<CustomerStringKey, string> = {
  'customers.label': 'Clienți',
  'customers.column.label': 'Client',
  'customers.column.segment': 'Segment',
  'customers.column.step': 'Acum la',
  'customers.column.last': 'Ultimul eveniment',
  'customers.column.score': 'Scor',
  'customers.column.stalled': 'Stare',
  'customers.sort': 'Sortează după {column}',
  'customers.search': 'Caută după nume',
  'customers.filter.step': 'Pas',
  'customers.filter.anyStep': 'Toți pașii',
  'customers.filter.offMap': 'Nu sunt pe această hartă',
  'customers.filter.status': 'Stare',
  'customers.filter.all': 'Toți',
  'customers.filter.stalled': 'Blocați',
  'customers.filter.moving': 'Neblocați',
  'customers.filter.finished': 'Drum încheiat',
  'customers.count': '{shown} din {total} clienți',
  'customers.empty': 'Niciun client nu corespunde filtrelor.',
  'customers.none': 'Această călătorie nu are clienți individuali.',
  'customers.noMap': 'Pe această pagină nu există nicio hartă cu identificatorul „{id}”, deci nu sunt clienți de afișat.',
  'customers.noValue': '—',
  'customers.finished': 'Drum încheiat',
  'customers.status.active': 'Activ',
  'customers.status.finished': 'Drum încheiat',
  'customers.stalled.one': 'Blocat de {days} zi',
  'customers.stalled.few': 'Blocat de {days} zile',
  'customers.stalled.many': 'Blocat de {days} de zile',
  'customers.stalled.other': 'Blocat de {days} de zile',
  'customers.summary': '{label}, acum la „{step}”, scor {score}',
  'customer.lane': 'Client',
  'customer.line': 'Client',
  'customer.segment': 'Segment',
  'customer.persona': 'Persona',
  'customer.nowAt': 'Acum la: {step}',
  'customer.score': 'Scorul experienței {score} din 100',
  'customer.offMap': 'Evenimente pe pași care nu sunt pe această hartă',
  'customer.emotion': 'Emoție: {value}',
  'customer.unknown': 'Nu există niciun client cu identificatorul „{id}”: harta este afișată fără el.',
  'customer.events': '{count} evenimente',
  'badge.short': '{now} acum, {stalled} blocați',
  'badge.spoken.one': '{now} client aici acum, dintre care blocați: {stalled}',
  'badge.spoken.few': '{now} clienți aici acum, dintre care blocați: {stalled}',
  'badge.spoken.many': '{now} de clienți aici acum, dintre care blocați: {stalled}',
  'badge.spoken.other': '{now} de clienți aici acum, dintre care blocați: {stalled}',
  'badge.now': '{now} acum',
  'badge.spokenNow.one': '{now} client aici acum',
  'badge.spokenNow.few': '{now} clienți aici acum',
  'badge.spokenNow.many': '{now} de clienți aici acum',
  'badge.spokenNow.other': '{now} de clienți aici acum',
};

export const customerStrings: Record<Locale, Record<CustomerStringKey, string>> = { en, ru, ro };

export function customerString(
  t: Translator,
  key: CustomerStringKey,
  values?: Record<string, string | number>
): string {
  return format(lookup(customerStrings, t, key), values);
}

type Counted = 'customers.stalled' | 'badge.spoken' | 'badge.spokenNow';
const plurals = new Map<string, Intl.PluralRules>();

/** The counted phrase for `count` in the locale's plural category (`Intl.PluralRules`). */
export function countedString(
  t: Translator,
  base: Counted,
  count: number,
  values: Record<string, string | number>
): string {
  let rules = plurals.get(t.locale);
  if (!rules) {
    rules = new Intl.PluralRules(t.locale);
    plurals.set(t.locale, rules);
  }
  const category = rules.select(count);
  const key = `${base}.${category === 'one' || category === 'few' || category === 'many' ? category : 'other'}` as CustomerStringKey;
  return customerString(t, key, values);
}
