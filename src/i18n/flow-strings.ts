import { format, lookup, type Locale } from './locale.js';
import type { Translator } from './translator.js';

/** Strings of `<journey-flow>`; hosts replace any of them by key through `strings`. */
const en = {
  'flow.label': 'Journey flow: {title}',
  'flow.hint': 'Arrow keys move along the transitions, Enter selects.',
  'flow.laneHint': 'Left and right arrows follow the transitions, up and down choose among the ways out or leave the lane, Enter selects.',
  'flow.source.explicit': 'Shares and counts as written in the document.',
  'flow.source.individuals': 'Counted from {count} customers’ events.',
  'flow.source.plain': 'No shares or counts: every transition has the same width.',
  'flow.table': 'Transitions and exits',
  'flow.from': 'From',
  'flow.to': 'To',
  'flow.share': 'Share',
  'flow.count': 'Customers',
  'flow.name': 'Label',
  'flow.exit': 'Leaves the journey',
  'flow.loop': 'loop back',
  'flow.unplanned': 'not in the map',
  'flow.link': '{from} → {to}',
  'flow.customers': '{count} customers',
  'flow.step': '{title} (ways out: {out}, ways in: {in})',
  'flow.hereNow': '{count} here now',
  'flow.finished': '{count} finished here',
  'flow.legend.main': 'Main path',
  'flow.legend.other': 'Other ways',
  'flow.legend.loop': 'Loop back (arc above)',
  'flow.legend.skip': 'Skip ahead (arc below)',
  'flow.legend.exit': 'Drop-off',
  'flow.empty': 'No steps to draw yet.',
  'flow.csv': 'Download CSV',
};

export type FlowStringKey = keyof typeof en;

const ru: Record<FlowStringKey, string> = {
  'flow.label': 'Поток пути: {title}',
  'flow.hint': 'Стрелки перемещают по переходам, Enter выбирает.',
  'flow.laneHint': 'Стрелки влево и вправо ведут по переходам, вверх и вниз — выбор среди путей дальше или выход из строки, Enter выбирает.',
  'flow.source.explicit': 'Доли и количества указаны в документе.',
  'flow.source.individuals': 'Подсчитано по событиям клиентов ({count}).',
  'flow.source.plain': 'Долей и количеств нет: все переходы одной ширины.',
  'flow.table': 'Переходы и уходы',
  'flow.from': 'Откуда',
  'flow.to': 'Куда',
  'flow.share': 'Доля',
  'flow.count': 'Клиентов',
  'flow.name': 'Подпись',
  'flow.exit': 'Уходит из пути',
  'flow.loop': 'возврат',
  'flow.unplanned': 'нет на карте',
  'flow.link': '{from} → {to}',
  'flow.customers': 'клиентов: {count}',
  'flow.step': '{title} (путей дальше: {out}, путей сюда: {in})',
  'flow.hereNow': 'сейчас здесь: {count}',
  'flow.finished': 'завершили здесь: {count}',
  'flow.legend.main': 'Основной путь',
  'flow.legend.other': 'Другие пути',
  'flow.legend.loop': 'Возврат (дуга сверху)',
  'flow.legend.skip': 'Пропуск шагов (дуга снизу)',
  'flow.legend.exit': 'Уход',
  'flow.empty': 'Шагов пока нет.',
  'flow.csv': 'Скачать CSV',
};

const ro: Record<FlowStringKey, string> = {
  'flow.label': 'Fluxul parcursului: {title}',
  'flow.hint': 'Săgețile mută de-a lungul tranzițiilor, Enter selectează.',
  'flow.laneHint': 'Săgețile stânga și dreapta urmează tranzițiile, sus și jos aleg între căile mai departe sau ies din rând, Enter selectează.',
  'flow.source.explicit': 'Ponderi și numere așa cum sunt scrise în document.',
  'flow.source.individuals': 'Numărate din evenimentele clienților ({count}).',
  'flow.source.plain': 'Fără ponderi sau numere: toate tranzițiile au aceeași lățime.',
  'flow.table': 'Tranziții și ieșiri',
  'flow.from': 'De la',
  'flow.to': 'La',
  'flow.share': 'Pondere',
  'flow.count': 'Clienți',
  'flow.name': 'Etichetă',
  'flow.exit': 'Părăsește parcursul',
  'flow.loop': 'întoarcere',
  'flow.unplanned': 'nu este pe hartă',
  'flow.link': '{from} → {to}',
  'flow.customers': 'clienți: {count}',
  'flow.step': '{title} (căi mai departe: {out}, căi de intrare: {in})',
  'flow.hereNow': 'acum aici: {count}',
  'flow.finished': 'au terminat aici: {count}',
  'flow.legend.main': 'Calea principală',
  'flow.legend.other': 'Alte căi',
  'flow.legend.loop': 'Întoarcere (arc deasupra)',
  'flow.legend.skip': 'Salt înainte (arc dedesubt)',
  'flow.legend.exit': 'Abandon',
  'flow.empty': 'Încă nu sunt pași de desenat.',
  'flow.csv': 'Descarcă CSV',
};

export const flowStrings: Record<Locale, Record<FlowStringKey, string>> = { en, ru, ro };

export function flowString(
  t: Translator,
  key: FlowStringKey,
  values?: Record<string, string | number>
): string {
  return format(lookup(flowStrings, t, key), values);
}
