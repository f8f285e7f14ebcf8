/** Documents of the flow stories: a branching trial with shares, a loop-heavy support journey, broken `next`. */
import type { JourneyDocument } from '../src/model/types.js';

/** A B2B trial with explicit shares and counts: branches, a skip, a loop back and drop-offs. */
export const b2bTrialJourney: JourneyDocument = {
  schemaVersion: 1,
  title: 'B2B trial to paid',
  stages: [
    {
      id: 'discover',
      title: 'Discover',
      steps: [
        { id: 'ad', title: 'Sees a LinkedIn ad', next: [{ step: 'site', share: 0.7, count: 1240 }, { step: 'signup', share: 0.08, count: 140, label: 'Straight to sign-up' }], exit: { share: 0.22, count: 390, label: 'Scrolls past' } },
        { id: 'site', title: 'Reads the pricing page', next: [{ step: 'signup', share: 0.55, count: 680 }, { step: 'sales', share: 0.2, count: 250, label: 'Asks for a quote' }], exit: { share: 0.25, count: 310, label: 'Prices unclear' } },
      ],
    },
    {
      id: 'trial',
      title: 'Trial',
      steps: [
        { id: 'signup', title: 'Signs up for the 14-day trial', next: [{ step: 'setup', share: 0.76, count: 620 }], exit: { share: 0.24, count: 200, label: 'Gives up at SSO' } },
        { id: 'setup', title: 'Connects the first phone line', next: [{ step: 'team', share: 0.65, count: 400 }, { step: 'site', share: 0.1, count: 60, label: 'Checks the price again' }], exit: { share: 0.25, count: 160 } },
        { id: 'team', title: 'Invites the team', next: [{ step: 'sales', share: 0.3, count: 120 }, { step: 'pay', share: 0.6, count: 240 }], exit: { share: 0.1, count: 40 } },
      ],
    },
    {
      id: 'buy',
      title: 'Buy',
      steps: [
        { id: 'sales', title: 'Talks to sales', next: [{ step: 'pay', share: 0.5, count: 185 }, { step: 'setup', share: 0.2, count: 74, label: 'Extended trial' }], exit: { share: 0.3, count: 111, label: 'Budget frozen' } },
        { id: 'pay', title: 'Pays the first invoice', next: [] },
      ],
    },
  ],
};

/** A support journey where customers go round: re-opened tickets, repeated calls. Plain `next`, no figures. */
export const supportLoopJourney: JourneyDocument = {
  schemaVersion: 1,
  title: 'Getting a fault fixed',
  stages: [
    {
      id: 'report',
      title: 'Report',
      steps: [
        { id: 'notice', title: 'Notices calls dropping', next: ['search', 'call'] },
        { id: 'search', title: 'Searches the help centre', next: ['ticket', 'call', 'notice'] },
        { id: 'call', title: 'Calls support', next: ['ticket', 'fix'] },
      ],
    },
    {
      id: 'resolve',
      title: 'Resolve',
      steps: [
        { id: 'ticket', title: 'Opens a ticket', next: ['wait'] },
        { id: 'wait', title: 'Waits for an engineer', next: ['fix', 'call', 'ticket'], exit: { label: 'Gives up, switches provider' } },
        { id: 'fix', title: 'Gets a fix', next: ['confirm', 'notice'] },
        { id: 'confirm', title: 'Confirms it works', next: ['closed', 'wait'] },
        // The good end is a final step (no way on), not an exit: exits are drop-offs, drawn in red.
        { id: 'closed', title: 'Ticket closed', next: [] },
      ],
    },
  ],
};

/** `next` pointing nowhere, a share above 1, shares summing above 1, a self-loop: warnings, still drawn. */
export const invalidNextJourney: unknown = {
  schemaVersion: 1,
  title: 'A flow with mistakes',
  stages: [
    {
      id: 'one',
      title: 'Start',
      steps: [
        { id: 'a', title: 'Opens the app', next: [{ step: 'b', share: 0.8 }, { step: 'missing', share: 0.3 }] },
        { id: 'b', title: 'Browses', next: [{ step: 'b' }, { step: 'c', share: 1.4 }] },
        { id: 'c', title: 'Checks out' },
      ],
    },
  ],
};

/** What people do and feel at each step of the B2B trial, so the map shows the flow lane among other lanes. */
const TRIAL_STEP_DETAILS: Record<string, { actions: string[]; emotion: number; painPoints?: Array<{ text: string; severity: number }> }> = {
  ad: { actions: ['Clicks the ad on the phone'], emotion: 1 },
  site: { actions: ['Compares the three plans'], emotion: -1, painPoints: [{ text: 'Per-seat price is hidden', severity: 4 }] },
  signup: { actions: ['Fills the form, tries SSO'], emotion: -1, painPoints: [{ text: 'SSO needs an admin', severity: 5 }] },
  setup: { actions: ['Ports a number'], emotion: 0 },
  team: { actions: ['Sends invitations'], emotion: 1 },
  sales: { actions: ['Asks for a discount'], emotion: 0 },
  pay: { actions: ['Pays by card'], emotion: 2 },
};

/** The B2B trial as a map: the flow lane (branches, a skip, loops back, drop-offs) lined up with its other lanes. */
export const b2bTrialMap: JourneyDocument = {
  ...b2bTrialJourney,
  stages: b2bTrialJourney.stages.map((stage) => ({
    ...stage,
    steps: stage.steps?.map((step) => ({ ...step, ...TRIAL_STEP_DETAILS[step.id] })),
  })),
};

/** Russian texts of the B2B trial, by its English text (titles, link and drop-off labels, actions, pain points). */
const TRIAL_RU: Record<string, string> = {
  'B2B trial to paid': 'От пробного периода до оплаты (B2B)',
  Discover: 'Знакомство',
  Trial: 'Пробный период',
  Buy: 'Покупка',
  'Sees a LinkedIn ad': 'Видит рекламу в соцсети',
  'Reads the pricing page': 'Читает страницу с тарифами',
  'Signs up for the 14-day trial': 'Регистрируется на 14 дней бесплатно',
  'Connects the first phone line': 'Подключает первую линию',
  'Invites the team': 'Приглашает команду',
  'Talks to sales': 'Говорит с отделом продаж',
  'Pays the first invoice': 'Оплачивает первый счёт',
  'Straight to sign-up': 'Сразу к регистрации',
  'Scrolls past': 'Пролистывает',
  'Asks for a quote': 'Запрашивает предложение',
  'Prices unclear': 'Непонятные цены',
  'Gives up at SSO': 'Сдаётся на входе через SSO',
  'Checks the price again': 'Снова смотрит цены',
  'Extended trial': 'Продлённый пробный период',
  'Budget frozen': 'Бюджет заморожен',
  'Clicks the ad on the phone': 'Нажимает на рекламу в телефоне',
  'Compares the three plans': 'Сравнивает три тарифа',
  'Per-seat price is hidden': 'Цена за пользователя спрятана',
  'Fills the form, tries SSO': 'Заполняет форму, пробует SSO',
  'SSO needs an admin': 'Для SSO нужен администратор',
  'Ports a number': 'Переносит номер',
  'Sends invitations': 'Рассылает приглашения',
  'Asks for a discount': 'Просит скидку',
  'Pays by card': 'Платит картой',
};

const ru = (text: string) => TRIAL_RU[text] ?? text;
const ruLabel = <T extends { label?: string }>(item: T): T => (item.label ? { ...item, label: ru(item.label) } : item);

/** The B2B trial map in Russian (`locale: "ru"`): the same flow, shares and counts, Russian texts. */
export const b2bTrialMapRu: JourneyDocument = {
  ...b2bTrialMap,
  title: ru(b2bTrialMap.title),
  locale: 'ru',
  stages: b2bTrialMap.stages.map((stage) => ({
    ...stage,
    title: ru(stage.title),
    steps: stage.steps?.map((step) => ({
      ...step,
      title: ru(step.title),
      next: Array.isArray(step.next) ? step.next.map((link) => (typeof link === 'string' ? link : ruLabel(link))) : step.next,
      exit: step.exit ? ruLabel(step.exit) : step.exit,
      actions: step.actions?.map((action) => (typeof action === 'string' ? ru(action) : action)),
      painPoints: step.painPoints?.map((pain) => ({ ...pain, text: ru(pain.text) })),
    })),
  })),
};
