/**
 * The journey documents the stories choose from by name: the library's samples, plus small documents
 * written for one state each (minimal, empty, invalid, warnings, long words). Generated documents are
 * built on first use only, so opening one story does not pay for 10 000 customers.
 */
import type { JourneyDocument } from '../src/model/types.js';
import {
  bankCardJourneyRu,
  generateLargeJourney,
  partnerProgrammeJourneyRo,
  phoneSystemFutureJourney,
  phoneSystemJourney,
  phoneSystemWithIndividuals,
} from '../src/samples/index.js';
import { passportJourneyHe } from './rtl-hebrew.js';

/** One stage with one step: the smallest document that draws a map. */
export const minimalJourney: JourneyDocument = {
  schemaVersion: 1,
  title: 'Booking a haircut',
  stages: [
    {
      id: 'book',
      title: 'Book',
      steps: [
        {
          id: 'pick-time',
          title: 'Picks a time online',
          actions: ['Opens the salon’s booking page', 'Chooses Saturday 10:00'],
          thoughts: ['Good, no phone call needed'],
          touchpoints: [{ channel: 'web', text: 'Booking page' }],
          emotion: 1,
        },
      ],
    },
  ],
  channels: [{ id: 'web', label: 'Website', icon: 'website' }],
};

/**
 * Five columns with something in every lane: small enough to read at a glance, the anatomy example of
 * the introduction page.
 */
export const anatomyJourney: JourneyDocument = {
  schemaVersion: 1,
  title: 'Replacing a lost bank card',
  goal: 'Pay by card again within three days, without visiting a branch',
  state: 'current',
  scale: { min: -2, max: 2, labels: { '-2': 'Angry', '0': 'Neutral', '2': 'Delighted' } },
  personas: [
    {
      id: 'mara',
      name: 'Mara Quinn',
      role: 'Freelance designer',
      quote: 'If I can’t pay, I can’t work.',
      goals: ['Keep paying suppliers on time'],
      frustrations: ['Waiting on hold'],
    },
  ],
  channels: [
    { id: 'app', label: 'Mobile app', icon: 'mobile-app', device: 'mobile' },
    { id: 'phone', label: 'Call centre', icon: 'phone', device: 'phone' },
    { id: 'email', label: 'Email', icon: 'email', device: 'desktop' },
  ],
  metrics: [{ id: 'ces', label: 'Customer effort', min: 1, max: 7, higherIsBetter: false }],
  stages: [
    {
      id: 'lose',
      title: 'Losing the card',
      steps: [
        {
          id: 'notice',
          title: 'Notices the card is gone',
          actions: ['Searches bag and car'],
          thoughts: ['Did someone take it?'],
          motivations: ['Stop anyone using it'],
          touchpoints: [{ channel: 'app', text: 'Checks recent payments' }],
          emotion: -1.5,
          evidence: 'research',
        },
        {
          id: 'block',
          title: 'Blocks the card',
          actions: ['Taps “Freeze card”'],
          questions: ['Can I unfreeze it if I find it?'],
          touchpoints: [{ channel: 'app', text: 'Card settings' }],
          emotion: 0.5,
          momentOfTruth: true,
          backstage: [{ actor: 'Card processing', text: 'Declines new payments', system: 'Card platform' }],
          metrics: [{ metric: 'ces', value: 2.1, target: 2, previous: 3.4 }],
          owner: 'Digital',
          evidence: 'data',
        },
      ],
    },
    {
      id: 'replace',
      title: 'Getting a new card',
      steps: [
        {
          id: 'order',
          title: 'Orders a replacement',
          actions: ['Calls because the app has no option'],
          barriers: ['Replacement only by phone'],
          touchpoints: [{ channel: 'phone', text: 'Call centre queue', owner: 'Support' }],
          emotion: -2,
          painPoints: [
            { text: '25 minutes on hold', category: 'support', severity: 4 },
            { text: '€10 replacement fee', category: 'financial', severity: 2 },
          ],
          opportunities: [{ text: 'Order a replacement in the app', owner: 'Digital', impact: 'high', effort: 'medium' }],
          backstage: [{ actor: 'Support agent', text: 'Re-enters the address by hand', system: 'CRM' }],
          metrics: [{ metric: 'ces', value: 5.8, target: 3, previous: 5.5 }],
          owner: 'Support',
          evidence: 'research',
        },
        {
          id: 'wait',
          title: 'Waits for the post',
          thoughts: ['Will it arrive before Friday?'],
          touchpoints: [{ channel: 'email', text: 'Dispatch email' }],
          emotion: -0.5,
          painPoints: [{ text: 'No tracking for the letter', category: 'performance', severity: 3 }],
          owner: 'Operations',
          evidence: 'assumption',
        },
      ],
    },
    {
      id: 'activate',
      title: 'Activating',
      actions: ['Activates the card in the app'],
      touchpoints: [{ channel: 'app', text: 'Activation screen' }],
      emotion: 1.5,
      painPoints: [{ text: 'Has to re-add the card to every shop', category: 'process', severity: 2 }],
      owner: 'Digital',
    },
  ],
};

/** Valid JSON, but no stages: nothing can be drawn, so the elements show their error panel. */
export const emptyJourney: JourneyDocument = { schemaVersion: 1, title: 'A map with no stages yet', stages: [] };

/** Several kinds of error at once, so the panel's list of paths and messages is visible. */
export const invalidJourney: unknown = {
  schemaVersion: 2,
  title: 'Returning a parcel',
  stages: [
    {
      id: 'return',
      title: 'Return',
      steps: [
        { id: 'print-label', actions: ['Prints the return label'] },
        { id: 'print-label', title: 'Drops the parcel off', emotion: 'relieved' },
      ],
    },
  ],
};

/** Draws, with recoverable problems: a value outside the scale and a channel nobody declared. */
export const journeyWithWarnings: JourneyDocument = {
  schemaVersion: 1,
  title: 'Renewing a parking permit',
  channels: [{ id: 'web', label: 'City portal', icon: 'website' }],
  stages: [
    {
      id: 'renew',
      title: 'Renew',
      steps: [
        { id: 'reminder', title: 'Gets a reminder letter', touchpoints: [{ channel: 'letter', text: 'Paper reminder' }], emotion: -1 },
        { id: 'pay', title: 'Pays online', touchpoints: [{ channel: 'web', text: 'Payment form' }], emotion: 4 },
      ],
    },
  ],
};

/**
 * Long words with no break opportunity (Russian and Romanian), long titles and long lists: every
 * lane must wrap them inside its column and keep the whole text reachable.
 */
export const longTextJourney: JourneyDocument = {
  schemaVersion: 1,
  locale: 'ru',
  title:
    'Переоформление частнопредпринимательского патента индивидуальным предпринимателем через многофункциональный центр',
  goal: 'Получить переоформленный патент без повторного визита и без человеконенавистнического ожидания в очереди',
  personas: [
    {
      id: 'ip',
      name: 'Констанция Александровна Преображенская-Воскресенская',
      role: 'Индивидуальный предприниматель, высококвалифицированный рентгеноэлектрокардиографический специалист',
    },
  ],
  channels: [
    { id: 'mfc', label: 'Многофункциональный центр государственных и муниципальных услуг', icon: 'store' },
    { id: 'portal', label: 'Портал государственных услуг', icon: 'portal' },
  ],
  stages: [
    {
      id: 'prepare',
      title: 'Подготовка документов для переоформления',
      steps: [
        {
          id: 'collect',
          title: 'Собирает документы',
          actions: [
            'Запрашивает выписку из единого государственного реестра индивидуальных предпринимателей',
            'Сверяет электрофотополупроводниковые копии с оригиналами',
          ],
          thoughts: ['Высокопревосходительство бюрократии: человеконенавистничество в чистом виде'],
          questions: ['Нужна ли нотариально заверенная доверенность на переоформление?'],
          touchpoints: [{ channel: 'portal', text: 'Личный кабинет налогоплательщика-индивидуального-предпринимателя' }],
          painPoints: [
            {
              text: 'Неконституционность требования о повторном предоставлении уже поданных документов',
              category: 'process',
              severity: 4,
            },
          ],
          emotion: -1.5,
        },
        {
          id: 'submit',
          title: 'Подаёт заявление в многофункциональном центре',
          actions: ['Записывается на приём', 'Ждёт вызова по электронной очереди'],
          thoughts: ['Anticonstituționalitate! Neconstituționalitatea procedurii mă descurajează.'],
          touchpoints: [{ channel: 'mfc', text: 'Окно приёма документов № 14' }],
          backstage: [
            {
              actor: 'Специалист многофункционального центра',
              text: 'Передаёт пакет документов в территориальный налоговый орган',
              system: 'Автоматизированная информационная система «Налог-3»',
            },
          ],
          opportunities: [{ text: 'Принимать электронные копии без повторного визита', owner: 'Налоговая служба', impact: 'high', effort: 'medium' }],
          owner: 'Многофункциональный центр',
          emotion: -0.5,
        },
      ],
    },
    {
      id: 'receive',
      title: 'Получение',
      actions: ['Получает уведомление о готовности'],
      emotion: 1,
      momentOfTruth: true,
    },
  ],
};

/** Journey documents by name; functions so that the generated ones are built only when chosen. */
const builders = {
  'phone-system': () => phoneSystemJourney,
  'phone-system-future': () => phoneSystemFutureJourney,
  'bank-card-ru': () => bankCardJourneyRu,
  'partner-programme-ro': () => partnerProgrammeJourneyRo,
  'passport-he': () => passportJourneyHe,
  anatomy: () => anatomyJourney,
  minimal: () => minimalJourney,
  'long-text': () => longTextJourney,
  warnings: () => journeyWithWarnings,
  empty: () => emptyJourney,
  invalid: () => invalidJourney,
  'large-60-stages': () => generateLargeJourney(),
  'customers-200': () => phoneSystemWithIndividuals(200),
  'customers-2000': () => phoneSystemWithIndividuals(2_000),
  'customers-10000': () => phoneSystemWithIndividuals(10_000),
  'customers-100000': () => phoneSystemWithIndividuals(100_000),
} satisfies Record<string, () => unknown>;

export type DocumentName = keyof typeof builders;

export const documentNames = Object.keys(builders) as DocumentName[];

const built = new Map<DocumentName, unknown>();

/**
 * The document a story's `journey` (or `compare`) arg stands for: a name from the list above, or the
 * document itself. The same name always gives the same object, so re-renders do not re-validate.
 */
export function documentFor(value: unknown): unknown {
  if (typeof value !== 'string' || !(value in builders)) return value;
  const name = value as DocumentName;
  if (!built.has(name)) built.set(name, builders[name]());
  return built.get(name);
}
