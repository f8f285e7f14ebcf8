import type { JourneyDocument, PainPoint, Stage, Step } from '../model/types.js';
import { seededRandom } from './individuals.js';

export interface LargeJourneyOptions {
  /** Default 60. */
  stages?: number;
  /** Default 5. */
  stepsPerStage?: number;
  /** Default 1. */
  seed?: number;
}

const THEMES = ['Discover', 'Compare', 'Sign up', 'Configure', 'Invite team', 'First use', 'Integrate', 'Report', 'Pay', 'Get help', 'Expand', 'Renew'];
const VERBS = ['Opens', 'Compares', 'Reviews', 'Updates', 'Exports', 'Shares', 'Checks', 'Configures', 'Requests', 'Confirms'];
const OBJECTS = [
  'the pricing page',
  'the onboarding checklist',
  'last month’s invoice',
  'the team settings',
  'a usage report',
  'the integration guide',
  'the order status',
  'a help-centre article',
  'the renewal quote',
  'the mobile app',
];
const THOUGHTS = [
  'This is quicker than I expected.',
  'Why do I have to enter this twice?',
  'I hope my manager signs this off today.',
  'Finally, the numbers add up.',
  'Where did that setting go?',
  'I’ll ask the team before I commit.',
  'Good, nothing to install.',
  'That email came at exactly the right moment.',
  'I’ve been waiting on this for three days.',
  'It looks fine on my laptop but not on my phone.',
];
const QUESTIONS = [
  'How long will this take?',
  'Who else can see this?',
  'Can I undo it later?',
  'Is this included in our plan?',
  'Who do I ask if it breaks?',
  'Does it work with our CRM?',
];
const MOTIVATIONS = ['Save the team an hour a week', 'Hit the quarter’s target', 'Stop the complaints', 'Look good in the Monday review', 'Keep costs predictable'];
const BARRIERS = ['No admin rights', 'Budget frozen until next quarter', 'Unclear documentation', 'Two-factor codes arrive late', 'Approval needed from IT'];
const CHANNELS = [
  { id: 'website', label: 'Website', icon: 'website', device: 'desktop' },
  { id: 'email', label: 'Email', icon: 'email', device: 'any' },
  { id: 'chat', label: 'Live chat', icon: 'chat', device: 'desktop' },
  { id: 'phone', label: 'Phone', icon: 'phone', device: 'phone' },
  { id: 'app', label: 'Mobile app', icon: 'mobile-app', device: 'mobile' },
  { id: 'portal', label: 'Customer portal', icon: 'portal', device: 'desktop' },
  { id: 'sms', label: 'SMS', icon: 'sms', device: 'mobile' },
  { id: 'meeting', label: 'Account meeting', icon: 'meeting', device: 'in-person' },
];
const PAIN_POINTS: PainPoint[] = [
  { text: 'Charged for seats nobody uses', category: 'financial' },
  { text: 'Three hand-offs before anything happens', category: 'process' },
  { text: 'Agents can’t see the customer’s history', category: 'support' },
  { text: 'Pages take over five seconds to load', category: 'performance' },
  { text: 'Export drops rows above 10,000', category: 'performance' },
  { text: 'Approval waits for a weekly meeting', category: 'process' },
  { text: 'Terms differ between quote and invoice', category: 'financial' },
  { text: 'Consent wording is confusing', category: 'compliance' },
];
const OPPORTUNITIES = [
  { text: 'Pre-fill from what the customer already told us', owner: 'Product' },
  { text: 'Proactive status message before the customer asks', owner: 'Support' },
  { text: 'One-page summary of the costs', owner: 'Finance' },
  { text: 'Named contact for the first 30 days', owner: 'Customer success' },
  { text: 'Cache the heavy report queries', owner: 'Engineering' },
];
const BACKSTAGE = [
  { actor: 'Sales operations', text: 'Routes the lead', system: 'CRM' },
  { actor: 'Support tier 1', text: 'Triages the ticket', system: 'Help desk' },
  { actor: 'Billing', text: 'Rates usage and issues the invoice', system: 'Billing system' },
  { actor: 'Platform team', text: 'Watches error rates', system: 'Monitoring' },
  { actor: 'Customer success', text: 'Reviews the health score', system: 'Customer health score' },
];
const OWNERS = ['Marketing', 'Sales', 'Product', 'Support', 'Customer success', 'Finance'];
const LEVELS = ['low', 'medium', 'high'] as const;

/**
 * A deterministic large map for the large-map stories and benchmarks: by default 60 stages of 5 steps
 * (300 columns) with data in 12 lanes (every lane kind but `text`) and two personas.
 */
export function generateLargeJourney({ stages = 60, stepsPerStage = 5, seed = 1 }: LargeJourneyOptions = {}): JourneyDocument {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const chance = (p: number) => random() < p;
  const half = (value: number) => Math.min(2, Math.max(-2, Math.round(value * 2) / 2));
  let mood = 0;

  const stageList: Stage[] = [];
  for (let s = 0; s < stages; s += 1) {
    const stageNumber = String(s + 1).padStart(2, '0');
    const steps: Step[] = [];
    for (let k = 0; k < stepsPerStage; k += 1) {
      // A mean-reverting walk, so the curve has real highs and lows rather than noise around zero.
      mood = mood * 0.8 + (random() - 0.5) * 1.6;
      const step: Step = {
        id: `s${stageNumber}-${k + 1}`,
        title: `${pick(VERBS)} ${pick(OBJECTS)}`,
        actions: Array.from({ length: 1 + Math.floor(random() * 3) }, () => `${pick(VERBS)} ${pick(OBJECTS)}`),
        thoughts: [pick(THOUGHTS)],
        touchpoints: Array.from({ length: 1 + Math.floor(random() * 2) }, () => ({ channel: pick(CHANNELS).id, text: pick(OBJECTS) })),
        emotion: { new: half(mood), returning: half(mood + 0.5) },
        owner: pick(OWNERS),
      };
      if (chance(0.5)) step.questions = [pick(QUESTIONS)];
      if (chance(0.4)) step.motivations = [pick(MOTIVATIONS)];
      if (chance(0.35)) step.barriers = [pick(BARRIERS)];
      if (mood < -0.2 || chance(0.15)) step.painPoints = [{ ...pick(PAIN_POINTS), severity: 1 + Math.floor(random() * 5) }];
      if (chance(0.25)) step.opportunities = [{ ...pick(OPPORTUNITIES), impact: pick(LEVELS), effort: pick(LEVELS) }];
      if (chance(0.4)) step.backstage = [{ ...pick(BACKSTAGE) }];
      if (chance(0.3)) {
        const value = Math.round((3 + random() * 2) * 10) / 10;
        step.metrics = [{ metric: 'csat', value, target: 4.5, previous: Math.min(5, Math.round((value - 0.3 + random() * 0.4) * 10) / 10) }];
      }
      // Without drawing random numbers, so the rest of the generated journey stays as it was.
      if (k === 0) {
        step.insights = [
          { kind: 'quote', text: step.thoughts![0], source: `Interview ${s + 1}`, n: 1 },
          { kind: 'data', text: `${10 + ((s * 7) % 40)} % leave at this step`, source: 'Web analytics', n: 1000 + s * 37 },
        ];
      }
      steps.push(step);
    }
    stageList.push({ id: `stage-${stageNumber}`, title: `${THEMES[s % THEMES.length]} ${Math.floor(s / THEMES.length) + 1}`, steps });
  }

  return {
    schemaVersion: 1,
    title: `Large journey: ${stages} stages, ${stages * stepsPerStage} steps`,
    description: 'Generated for performance stories and benchmarks.',
    locale: 'en',
    state: 'current',
    personas: [
      { id: 'new', name: 'New customer' },
      { id: 'returning', name: 'Returning customer' },
    ],
    channels: CHANNELS.map((channel) => ({ ...channel })),
    metrics: [{ id: 'csat', label: 'CSAT', min: 1, max: 5 }],
    stages: stageList,
  };
}
