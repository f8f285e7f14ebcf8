import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/**
 * Built-in 24×24 stroke icons. Each entry is the inside of an <svg>; `iconTemplate` wraps it in an
 * aria-hidden, currentColor <svg> so icons follow the text colour, including forced-colors mode.
 * The text next to an icon always says what the icon means.
 */
const channelShapes = {
  website: svg`<rect x="3" y="4" width="18" height="16" rx="2"/><path d="M3 9h18"/><circle cx="6" cy="6.5" r=".5"/><circle cx="8.5" cy="6.5" r=".5"/>`,
  social: svg`<circle cx="6" cy="12" r="2.5"/><circle cx="18" cy="6" r="2.5"/><circle cx="18" cy="18" r="2.5"/><path d="M8.2 10.8l7.6-3.6M8.2 13.2l7.6 3.6"/>`,
  portal: svg`<rect x="3" y="4" width="18" height="16" rx="2"/><circle cx="12" cy="10" r="3"/><path d="M7 20c0-3 2.2-5 5-5s5 2 5 5"/>`,
  email: svg`<rect x="3" y="5" width="18" height="14" rx="2"/><path d="M3 7l9 6 9-6"/>`,
  ads: svg`<path d="M3 10v4h4l8 5V5l-8 5H3z"/><path d="M18 9a4 4 0 0 1 0 6"/><path d="M7 14l1.5 5h3L10 14"/>`,
  reviews: svg`<path d="M4 4h16v12H9l-5 4z"/><path d="M12 6.8l.8 2.1 2.2.1-1.7 1.4.6 2.2-1.9-1.2-1.9 1.2.6-2.2L9 9l2.2-.1z"/>`,
  phone: svg`<path d="M5 3h3l2 5-2.5 1.5a11 11 0 0 0 6 6L15 13l5 2v3a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2z"/>`,
  chat: svg`<path d="M4 5h16v11H10l-4 4v-4H4z"/><circle cx="8.5" cy="10.5" r=".75"/><circle cx="12" cy="10.5" r=".75"/><circle cx="15.5" cy="10.5" r=".75"/>`,
  sms: svg`<rect x="6" y="2" width="12" height="20" rx="2"/><path d="M10 18.5h4"/><path d="M9 6.5h6v4h-3.5L9 12.5z"/>`,
  survey: svg`<rect x="5" y="4" width="14" height="17" rx="2"/><path d="M9 4V2.5h6V4"/><path d="M8.5 10l1.5 1.5L12.5 9M14.5 10.5h2M8.5 15.5l1.5 1.5 2.5-2.5M14.5 16h2"/>`,
  onboarding: svg`<path d="M5 21V4"/><path d="M5 4h12l-2.5 4 2.5 4H5"/>`,
  meeting: svg`<circle cx="8" cy="8" r="3"/><circle cx="16.5" cy="9" r="2.5"/><path d="M2.5 20c0-3.3 2.5-6 5.5-6s5.5 2.7 5.5 6"/><path d="M15 14.2c3-.6 6.5 1.5 6.5 5.8"/>`,
  'mobile-app': svg`<rect x="6" y="2" width="12" height="20" rx="2.5"/><path d="M11 18.5h2"/><rect x="9" y="6.5" width="6" height="6" rx="1.5"/>`,
  video: svg`<rect x="3" y="6" width="13" height="12" rx="2"/><path d="M16 10l5-3v10l-5-3z"/>`,
  partner: svg`<circle cx="9" cy="12" r="5"/><circle cx="15" cy="12" r="5"/>`,
  store: svg`<path d="M4 10v10h16V10"/><path d="M3 10l2-6h14l2 6z"/><path d="M10 20v-5h4v5"/>`,
  other: svg`<circle cx="12" cy="12" r="9"/><circle cx="8" cy="12" r=".75"/><circle cx="12" cy="12" r=".75"/><circle cx="16" cy="12" r=".75"/>`,
};

const markerShapes = {
  'moment-of-truth': svg`<path d="M12 3l2.4 6.3 6.6.3-5.2 4.1 1.8 6.5-5.6-3.7-5.6 3.7 1.8-6.5L3 9.6l6.6-.3z"/>`,
  switch: svg`<path d="M4 8h16M16 4l4 4-4 4M20 16H4M8 12l-4 4 4 4"/>`,
  'switch-device': svg`<rect x="3" y="4" width="8" height="14" rx="1.5"/><rect x="14" y="7" width="7" height="11" rx="1"/><path d="M6 21h12M16 21l2-2M16 21l2 2"/>`,
  'switch-owner': svg`<circle cx="8" cy="7" r="3"/><path d="M2.5 19c0-3.3 2.5-6 5.5-6s5.5 2.7 5.5 6"/><path d="M15 9h6M19 7l2 2-2 2M21 15h-6M17 13l-2 2 2 2"/>`,
  'evidence-research': svg`<circle cx="10.5" cy="10.5" r="6"/><path d="M15 15l5.5 5.5"/>`,
  'evidence-data': svg`<path d="M4 20h16M7 20v-6M12 20V8M17 20V11"/>`,
  'evidence-assumption': svg`<circle cx="12" cy="12" r="9"/><path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .8-1 1.5v.7"/><circle cx="12" cy="17" r=".6"/>`,
  'emotion-positive': svg`<circle cx="12" cy="12" r="9"/><path d="M8 14a4.5 4.5 0 0 0 8 0"/><path d="M9 9.5h.01M15 9.5h.01"/>`,
  'emotion-negative': svg`<circle cx="12" cy="12" r="9"/><path d="M8 17a4.5 4.5 0 0 1 8 0"/><path d="M9 9.5h.01M15 9.5h.01"/>`,
  'emotion-neutral': svg`<circle cx="12" cy="12" r="9"/><path d="M8.5 15h7"/><path d="M9 9.5h.01M15 9.5h.01"/>`,
};

export type ChannelIconName = keyof typeof channelShapes;
export type MarkerIconName = keyof typeof markerShapes;
export type IconName = ChannelIconName | MarkerIconName;

export const CHANNEL_ICON_NAMES = Object.keys(channelShapes) as ChannelIconName[];

/** Common channel ids that mean a built-in channel, so `{ "id": "web" }` gets the website icon. */
const aliases: Record<string, ChannelIconName> = {
  web: 'website',
  site: 'website',
  'social-media': 'social',
  account: 'portal',
  'personal-account': 'portal',
  'e-mail': 'email',
  newsletter: 'email',
  ad: 'ads',
  advertising: 'ads',
  review: 'reviews',
  call: 'phone',
  'call-center': 'phone',
  'contact-center': 'phone',
  'live-chat': 'chat',
  messenger: 'chat',
  text: 'sms',
  app: 'mobile-app',
  mobile: 'mobile-app',
  'in-store': 'store',
  shop: 'store',
  branch: 'store',
};

const shapes: Record<IconName, SVGTemplateResult> = { ...channelShapes, ...markerShapes };

function iconTemplate(name: IconName): TemplateResult {
  return html`<svg
    class="icon icon--${name}"
    viewBox="0 0 24 24"
    width="1.25em"
    height="1.25em"
    fill="none"
    stroke="currentColor"
    stroke-width="1.75"
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
    focusable="false"
  >${shapes[name]}</svg>`;
}

const own = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);

/** The built-in channel icon name for an icon name or channel id ("Live-Chat" → chat), else `other`. */
export function channelIconName(name: string | undefined): ChannelIconName {
  const key = (name ?? '').trim().toLowerCase().replace(/[\s_]+/g, '-');
  if (own(channelShapes, key)) return key as ChannelIconName;
  if (own(aliases, key)) return aliases[key];
  return 'other';
}

/** A channel icon (decorative: the channel label is always shown next to it); unknown names get `other`. */
export function channelIcon(name: string | undefined): TemplateResult {
  return iconTemplate(channelIconName(name));
}

/** A marker icon: moment of truth, switch, evidence kinds, emotion faces. */
export function markerIcon(name: MarkerIconName): TemplateResult {
  return iconTemplate(name);
}
