import type { JourneyDocument } from '../model/types.js';

/**
 * Current-state map of a mid-sized company choosing, buying and living with a cloud phone system,
 * seen from the vendor's side (owners and backstage are the vendor's departments and systems).
 * `quotes` is a custom step field: verbatims from the interviews, shown by a `text` lane.
 */
export const phoneSystemJourney: JourneyDocument = {
  schemaVersion: 1,
  title: 'Choosing a business phone system',
  description:
    'How a 70-person property management company replaces its on-premise PBX with a cloud phone system: from the first missed calls to renewal. Built from 14 customer interviews, CRM and help-desk data, Q2 2026.',
  locale: 'en',
  state: 'current',
  goal: 'Find where mid-sized customers stall or leave between the first missed calls and the first renewal, and which team can fix it.',
  scale: {
    min: -2,
    max: 2,
    labels: { '-2': 'Frustrated', '-1': 'Annoyed', '0': 'Neutral', '1': 'Satisfied', '2': 'Delighted' },
  },
  personas: [
    {
      id: 'ops',
      name: 'Dana Whitfield',
      role: 'Operations Manager',
      description:
        'Runs the front desk and field operations for a property management company with three offices and a growing hybrid team. Owns the phone system day to day and hears about every dropped call.',
      quote: 'I don’t care how clever the features are. If a tenant calls about a burst pipe, someone has to pick up.',
      goals: [
        'Every tenant call answered within three rings',
        'After-hours emergencies routed to the on-call engineer automatically',
        'Hybrid staff answering the office number from a laptop or mobile',
      ],
      needs: [
        'Change queues and extensions without calling a contractor',
        'Keep the existing phone numbers',
        'A missed-call report she can send to the directors on Monday morning',
      ],
      frustrations: [
        'Every extension change on the old PBX needs a paid engineer visit',
        'Missed-call logs are raw exports nobody can read',
        'Vendors answer plain questions with jargon',
      ],
      expectations: [
        'A demo built on her own call flows',
        'Porting without a day of dead lines',
        'One named contact during onboarding',
      ],
      beliefs: [
        'Cloud phones are fine until the office internet goes down',
        'The cheapest plan always has a catch',
      ],
      attributes: {
        Company: 'Harborside Property Management',
        'Company size': 70,
        Offices: 3,
        Age: 38,
        'Current system': 'On-premise PBX, installed 2014',
        'Tech comfort': 'Medium',
      },
    },
    {
      id: 'cfo',
      name: 'Marcus Oyelaran',
      role: 'Chief Financial Officer',
      description:
        'Signs off every contract above $10,000 and owns the telecoms budget line. Meets the vendor once, at the quote, and afterwards mostly sees invoices.',
      quote: 'Show me the total cost over three years, including everything your pricing page leaves out.',
      // A small inline picture: a sample must work offline and make no outside request from an intranet.
      image: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAGAAAABgCAIAAABt+uBvAAAD1klEQVR42u2bv2sUQRTH58+xEARRxMImRRqJFmmioNFCREEt/FX4I0FImhxRC5MmTaprDoQonqAmeP4iHlEw4gmiTQSx80/wCwPHsre32ZuZ93be7oNvc7sz83Y+mfdjNrPm2+9/qhwZRaCAFJACUkAKSAEpIAVUhtba64sLjYunT56dnBjfv6cv/MRF3EKDOgJ60fl4+9rV40cOJKEME5qhMbrUAhDmiaVRhMug0JEfEx+gre87czMzbmiSwiAYqmqA8JdPRRkfYSi2pWR46BQMN8WFAXkYGYl0OBkZoXTYGBnSqBww7uTEI9KYTQgoSM4qmNfkAcLK56FjRedoVICcq0HnGlISoOLL59TYwTsnxleuTLVunXnbuNwXfuIibqFBuYuIBBC2TvmTmTi0F5N/OnsuCWWY0AyN0SV/TBgVAyg/tc9NH305f6EImqTQBR3zU74MQGvt9RyHSrnSqEL3HKejeDcSHtDiQiPz6a9PjjksnMylhKEyTcC0AECZ+QtT8keTVCYjilwWHtBg9RyczjBGMC0A0GDcCeJZmb42GI/kAfKMyrvGbNmAkJjp6Filcr8kQCjtiJwr5WjJGlJSkEb5S03HCoYkBel+mi+4k/AXDElK81Zftns8dKxgTtjrjk+v2pyAYE4YoM3mEicgmBMG6MPKPCcgmBMGiJOOlQJSQApIAWmQ1jSvhaJuNaL53/z75bs8dGBI5OEFNi+j8y9aQF9//Xn38AY1HZiAIakHqLaeP6YGBBOyj+CRFkR05Q8fIOQXIkfDsHTJi/WU6+c3GxSAMGx1zkkHZ8RDh/WkPaYUxNcwCBsd7m81EDI8Yza6M8Sdkr/2QWJ2WEroQp3RI/ocCqUdyt+CexE0Q2PSajDeD+rgL5j8ZnMp5Xr4iYu4xexQ+kmmAlJACkgBKSAFpIBUCih2QM+6P5fXuvdWN6Zmm9C+6fsp2etogGZoXAtA3R9/MdtLD54cPv9okEi+0AUd0R2DVBAQloAbl2Gk2NYUOaBWp5fpQf7CsBhcMKDX2ztEaFKYYEgeIARXajRJwZwYQIgOx26uctKxglGKwBQYELJMkEjsHL/xAPECYnYrHncLBgipNwY6VniYuABFRScsI1MZzyLyNeMfleOkY+Ufs41nRi8xZxXMa5653wtQKfWOQ31UDqBoQ0/YYGSc91lS6Fg579ccATHsQoPvafkAtTo9WXSs3N6NmDosH59FZBxSu0Q6Vg4p31RgV0G6/zCjvnWPvDLctW4c9Z2/qdLGgmLzYerjX25eNhog0f7V9zIqQKLzl3MuM7UKQA5h6D8QpCwergKIbQAAAABJRU5ErkJggg==',
      goals: [
        'Cut telecoms spend by 20% without a drop in service',
        'Predictable monthly costs',
        'No multi-year lock-in without an exit clause',
      ],
      needs: [
        'A three-year total cost of ownership',
        'Per-seat pricing with porting, handsets and call charges itemised',
        'Invoices that match the quote line for line',
      ],
      frustrations: [
        'Surprise fees for porting and international calls',
        'Auto-renewal clauses buried in the terms',
        'Chasing service credits after outages',
      ],
      expectations: [
        'A written quote within two working days',
        'Service credits applied without asking',
        'Price locked for the contract term',
      ],
      beliefs: [
        'Vendors discount in the last week of the quarter',
        'Per-seat pricing grows faster than headcount',
      ],
      attributes: {
        Company: 'Harborside Property Management',
        'Reports to': 'CEO',
        Age: 51,
        'Approval limit': '$25,000',
        'Budget cycle': 'Annual, set in October',
      },
    },
  ],
  channels: [
    { id: 'website', label: 'Website', icon: 'website', device: 'desktop' },
    { id: 'social', label: 'Social networks', icon: 'social', device: 'mobile' },
    { id: 'email', label: 'Email', icon: 'email', device: 'any' },
    { id: 'ads', label: 'Paid ads', icon: 'ads', device: 'mobile' },
    { id: 'reviews', label: 'Review sites', icon: 'reviews', device: 'desktop' },
    { id: 'phone', label: 'Phone call', icon: 'phone', device: 'phone' },
    { id: 'chat', label: 'Live chat', icon: 'chat', device: 'desktop' },
    { id: 'sms', label: 'SMS', icon: 'sms', device: 'mobile' },
    { id: 'survey', label: 'Survey', icon: 'survey', device: 'any' },
    { id: 'onboarding', label: 'In-product onboarding', icon: 'onboarding', device: 'desktop' },
    { id: 'portal', label: 'Customer portal', icon: 'portal', device: 'desktop' },
    { id: 'meeting', label: 'Sales meeting', icon: 'meeting', device: 'in-person' },
    { id: 'mobile-app', label: 'Mobile app', icon: 'mobile-app', device: 'mobile' },
    { id: 'video', label: 'Video call', icon: 'video', device: 'desktop' },
  ],
  metrics: [
    {
      id: 'csat',
      label: 'CSAT',
      min: 1,
      max: 5,
      higherIsBetter: true,
      description: 'Customer satisfaction: average of 1–5 ratings after the interaction.',
    },
    {
      id: 'nps',
      label: 'NPS',
      min: -100,
      max: 100,
      higherIsBetter: true,
      description: 'Net Promoter Score from the relationship survey, every six months.',
    },
    {
      id: 'ces',
      label: 'CES',
      min: 1,
      max: 7,
      higherIsBetter: false,
      description: 'Customer Effort Score: 1 (no effort at all) to 7 (a great deal of effort).',
    },
    {
      id: 'conversion',
      label: 'Conversion',
      min: 0,
      max: 100,
      unit: '%',
      higherIsBetter: true,
      description: 'Share of accounts that move on to the next step.',
    },
    {
      id: 'response',
      label: 'Response time',
      min: 0,
      unit: 's',
      higherIsBetter: false,
      description: 'Median time to the first human response.',
    },
    {
      id: 'tickets',
      label: 'Support tickets',
      min: 0,
      higherIsBetter: false,
      description: 'Tickets per 100 seats per month.',
    },
  ],
  stages: [
    {
      id: 'need',
      title: 'Problem or need',
      description: 'The old system starts costing the business tenants and staff time.',
      steps: [
        {
          id: 'missed-calls',
          title: 'Calls get missed',
          description: 'Monday-morning peaks overwhelm two receptionists on the old PBX.',
          actions: [
            'Listens to tenants complaining that nobody answers',
            'Exports the PBX call log and counts 140 missed calls in one week',
          ],
          thoughts: [
            'We’re losing renewals because nobody picks up.',
            'This log is useless: I can’t even tell which office missed them.',
          ],
          questions: ['How many of these were emergencies?', 'Is it staffing or the system?'],
          motivations: ['Stop tenant complaints reaching the directors'],
          barriers: ['The old PBX has no reporting beyond a raw call log'],
          touchpoints: [{ channel: 'phone', text: 'Tenants call the main line and it rings out', owner: 'Customer front desk' }],
          emotion: { ops: -1.5, cfo: -0.5 },
          painPoints: [
            {
              text: 'Missed calls are only visible as a raw export, with no breakdown by office or queue',
              category: 'performance',
              severity: 3,
              persona: 'ops',
            },
          ],
          backstage: [
            {
              actor: 'Demand generation',
              text: 'Buys intent data on companies researching “PBX replacement”',
              system: 'Intent data platform',
            },
          ],
          owner: 'Marketing',
          evidence: 'research',
          insights: [
            { kind: 'quote', text: 'Tuesday morning we had eleven people on hold and two receptionists.', source: 'Interview 3', at: '2026-02-10', n: 1 },
            { kind: 'observation', text: 'Reception forwards calls by shouting across the office', source: 'Site visit, Cluj office', at: '2026-02-12' },
            { kind: 'data', text: '23 % of inbound calls are never answered', source: 'Carrier call logs', n: 3400 },
          ],
          quotes: ['Tuesday morning we had eleven people on hold and two receptionists. The rest just rang out.'],
        },
        {
          id: 'remote-staff',
          title: 'Hybrid staff can’t take calls',
          actions: [
            'Forwards desk extensions to staff’s personal mobiles',
            'Asks the IT contractor whether the PBX supports a softphone',
          ],
          thoughts: ['Half the team works from home on Fridays and the calls just die.'],
          questions: ['Can people answer the office number from a laptop?'],
          motivations: ['Keep the hybrid-work policy the directors just approved'],
          barriers: ['The PBX vendor charges per remote extension and needs a VPN'],
          touchpoints: [
            { channel: 'phone', text: 'Desk calls forwarded to personal mobiles, caller ID lost', owner: 'Customer IT contractor' },
          ],
          emotion: -1,
          painPoints: [
            {
              text: 'Forwarded calls show staff’s private mobile numbers to tenants',
              category: 'privacy',
              severity: 4,
              persona: 'ops',
            },
          ],
          opportunities: [
            {
              text: 'Landing page and 2-minute video: “answer the office line from your mobile”',
              owner: 'Marketing',
              impact: 'medium',
              effort: 'low',
            },
          ],
          backstage: [
            { actor: 'Content marketing', text: 'Publishes hybrid-work guides aimed at operations managers', system: 'CMS' },
          ],
          owner: 'Marketing',
          evidence: 'research',
          quotes: ['I found out a tenant had our engineer’s personal number. That’s when I said enough.'],
        },
        {
          id: 'decide-to-replace',
          title: 'Decide to replace the PBX',
          actions: [
            'Writes a one-page case for the directors',
            'Receives the old vendor’s maintenance renewal: $9,800 a year',
          ],
          thoughts: [
            'Another $9,800 to keep a 2014 box alive makes no sense.',
            'Marcus will want numbers, not complaints.',
          ],
          questions: ['What does a cloud system cost per seat?', 'Who signs this off, IT or finance?'],
          motivations: ['The maintenance contract ends in four months'],
          barriers: ['No budget line until the October cycle'],
          touchpoints: [
            { channel: 'email', text: 'Internal thread with the CFO about the maintenance renewal', owner: 'Customer finance' },
          ],
          emotion: { ops: -0.5, cfo: -1 },
          painPoints: [
            {
              text: 'Paying $9,800 a year in maintenance for a system that can’t do what staff need',
              category: 'financial',
              severity: 3,
              persona: 'cfo',
            },
          ],
          backstage: [
            {
              actor: 'Sales development',
              text: 'Sequences outbound emails to accounts whose PBX is out of support',
              system: 'Sales engagement platform',
            },
          ],
          owner: 'Marketing',
          evidence: 'assumption',
        },
      ],
    },
    {
      id: 'research',
      title: 'Research solutions',
      description: 'Dana builds a shortlist alone, mostly on her phone between other tasks.',
      steps: [
        {
          id: 'search',
          title: 'Search and paid ads',
          actions: [
            'Searches “cloud phone system small business” on her phone',
            'Taps a paid ad promising “set up in 10 minutes”',
          ],
          thoughts: ['Every site says “all-in-one”. All-in-one what?'],
          questions: ['Which of these keep our existing numbers?'],
          motivations: ['Have a shortlist before the directors’ meeting'],
          barriers: ['Pricing pages hide the real price behind “Contact sales”'],
          touchpoints: [{ channel: 'ads', text: 'Search ad: “Business phones from $19/user”, then its landing page', owner: 'Marketing' }],
          emotion: { ops: 0 },
          painPoints: [
            {
              text: 'The ad says $19/user, but call queues need the $32/user plan',
              category: 'financial',
              severity: 4,
            },
          ],
          opportunities: [
            {
              text: 'Land ad clicks on the plan that includes call queues, with its real price',
              owner: 'Marketing',
              impact: 'high',
              effort: 'low',
            },
          ],
          backstage: [
            { actor: 'Growth marketing', text: 'Bids on “cloud PBX” and “business phone” keywords', system: 'Google Ads' },
          ],
          metrics: [{ metric: 'conversion', value: 2.1, target: 3.5, previous: 1.8 }],
          owner: 'Marketing',
          evidence: 'data',
          quotes: ['I opened six tabs on my phone in the car park and closed five of them.'],
        },
        {
          id: 'peer-advice',
          title: 'Ask peers on social',
          actions: [
            'Asks a LinkedIn group for property managers which phone system they use',
            'Reads a Reddit thread about porting horror stories',
          ],
          thoughts: ['Three people say porting took six weeks. That’s scary.'],
          questions: ['Did anyone lose calls during the switch?'],
          motivations: ['Hear from people who run the same kind of business'],
          barriers: ['The anecdotes contradict each other'],
          touchpoints: [{ channel: 'social', text: 'LinkedIn group thread with 23 replies', owner: 'Community team' }],
          painPoints: [
            {
              text: 'Public questions about porting go unanswered by the vendor',
              category: 'support',
              severity: 2,
            },
          ],
          opportunities: [
            {
              text: 'Community team answers porting questions in public, with real timelines',
              owner: 'Community team',
              impact: 'medium',
              effort: 'low',
            },
          ],
          backstage: [
            { actor: 'Community team', text: 'Checks brand mentions twice a week', system: 'Social listening tool' },
          ],
          owner: 'Marketing',
          evidence: 'research',
          quotes: ['Someone wrote “we were without a main number for two days”. I read that three times.'],
        },
        {
          id: 'review-sites',
          title: 'Read review sites',
          actions: [
            'Compares four vendors on G2 and Capterra on her laptop',
            'Filters reviews to real estate companies with 51–200 employees',
          ],
          thoughts: ['Good, another property manager gave the mobile app five stars.'],
          questions: ['Are these reviews from before or after the price rise?'],
          motivations: ['Trust people who have nothing to sell her'],
          barriers: ['Review grids compare features, not how hard setup is'],
          touchpoints: [{ channel: 'reviews', text: 'G2 comparison grid and 312 reviews', owner: 'Customer marketing' }],
          emotion: { ops: 1 },
          backstage: [
            {
              actor: 'Customer marketing',
              text: 'Invites customers to review after a good 90-day check-in',
              system: 'G2 review campaigns',
            },
          ],
          owner: 'Marketing',
          evidence: 'data',
        },
      ],
    },
    {
      id: 'evaluate',
      title: 'Evaluate vendors',
      description: 'Three vendors on the shortlist; the first conversations with sales.',
      steps: [
        {
          id: 'compare-pricing',
          title: 'Compare pricing pages',
          actions: [
            'Builds a spreadsheet of per-seat prices for 45 seats',
            'Adds porting, handsets and call recording as separate lines',
          ],
          thoughts: ['Why is call recording an add-on on the middle plan?'],
          questions: ['Is that per user per month billed monthly, or billed annually?'],
          motivations: ['Bring Marcus a like-for-like comparison'],
          barriers: ['Every vendor bundles features differently'],
          touchpoints: [{ channel: 'website', text: 'Pricing page with a monthly/annual toggle', owner: 'Marketing' }],
          emotion: { ops: -0.5, cfo: -1 },
          painPoints: [
            {
              text: 'The billing toggle defaults to annual and changes every price by 25%',
              category: 'financial',
              severity: 3,
              persona: 'cfo',
            },
            { text: 'A configured quote can’t be saved or exported', category: 'process', severity: 2 },
          ],
          opportunities: [
            {
              text: 'Seat calculator that emails a three-year cost breakdown',
              owner: 'Marketing',
              impact: 'high',
              effort: 'medium',
            },
          ],
          backstage: [
            { actor: 'Web team', text: 'Runs an A/B test on the default billing period', system: 'Experimentation platform' },
          ],
          metrics: [{ metric: 'conversion', value: 4.6, target: 6, previous: 4.1 }],
          owner: 'Marketing',
          evidence: 'data',
          quotes: ['By the third pricing page I had a spreadsheet with more footnotes than rows.'],
        },
        {
          id: 'live-chat',
          title: 'Chat with sales',
          actions: [
            'Opens live chat on the pricing page to ask about porting',
            'Is passed from a bot to a sales rep after four minutes',
          ],
          thoughts: ['Finally a human. But he wants to book a call before answering anything.'],
          questions: ['Can you port 30 numbers from two different carriers at once?'],
          motivations: ['Get a straight answer on porting'],
          barriers: ['The bot asks for company size and email before any answer'],
          touchpoints: [{ channel: 'chat', text: 'Chat bot, then a sales development rep', owner: 'Sales' }],
          emotion: { ops: -1 },
          painPoints: [
            {
              text: 'A bot gate before reaching a person, and the first human reply after four minutes',
              category: 'process',
              severity: 3,
              persona: 'ops',
            },
          ],
          opportunities: [
            {
              text: 'Let the bot answer the ten most common porting questions itself',
              owner: 'Sales operations',
              impact: 'medium',
              effort: 'medium',
            },
          ],
          backstage: [
            { actor: 'Sales development', text: 'Chat lead created and assigned round-robin', system: 'CRM' },
          ],
          metrics: [{ metric: 'response', value: 240, target: 60, previous: 310 }],
          owner: 'Sales',
          evidence: 'data',
        },
        {
          id: 'demo',
          title: 'Live demo',
          description: 'The first time Dana sees her own call flows running on the product.',
          actions: [
            'Joins a 45-minute video demo with two colleagues',
            'Asks the solutions engineer to build her after-hours emergency route live',
          ],
          thoughts: ['He built our after-hours flow in five minutes. Okay, that’s impressive.'],
          questions: ['What happens to calls if our office internet goes down?'],
          motivations: ['See her own call flows, not a generic tour'],
          barriers: ['The next free demo slot is nine days away'],
          touchpoints: [{ channel: 'video', text: 'Video demo with a solutions engineer', owner: 'Sales' }],
          emotion: { ops: 1.5, cfo: 0.5 },
          painPoints: [{ text: 'Nine-day wait for a demo slot', category: 'process', severity: 2 }],
          opportunities: [
            {
              text: 'Self-booked 20-minute demos within 48 hours',
              owner: 'Sales',
              impact: 'high',
              effort: 'medium',
            },
          ],
          backstage: [
            {
              actor: 'Solutions engineer',
              text: 'Prepares a sandbox account with the prospect’s call flows',
              system: 'Demo environment',
            },
          ],
          metrics: [{ metric: 'conversion', value: 38, target: 45, previous: 34 }],
          momentOfTruth: true,
          owner: 'Sales',
          evidence: 'research',
          quotes: ['When the test call hit the engineer’s mobile at “11 pm”, my colleague actually clapped.'],
        },
        {
          id: 'trial',
          title: 'Free trial',
          actions: [
            'Starts a 14-day trial with five seats',
            'Installs the mobile app and calls the test number from her car',
          ],
          thoughts: ['The app works. But where do I set up a queue?'],
          questions: ['Can I test porting before we commit?'],
          motivations: ['Prove it works before asking Marcus for money'],
          barriers: ['Trial accounts get new numbers, so the real ones can’t be tested'],
          touchpoints: [
            { channel: 'onboarding', text: 'Trial checklist in the admin console', owner: 'Product' },
            { channel: 'mobile-app', text: 'Mobile app on her own phone', owner: 'Product' },
            { channel: 'email', text: 'Daily trial tips', owner: 'Marketing' },
          ],
          emotion: { ops: 0.5 },
          painPoints: [
            {
              text: 'Queue setup is three menus deep in the admin console',
              category: 'process',
              severity: 3,
              persona: 'ops',
            },
            {
              text: 'The app drops the call when a phone switches from Wi-Fi to 4G',
              category: 'performance',
              severity: 4,
            },
          ],
          opportunities: [
            {
              text: 'Trial template “office with after-hours emergencies”',
              owner: 'Product',
              impact: 'high',
              effort: 'medium',
            },
          ],
          backstage: [
            { actor: 'Product growth', text: 'Tracks trial activation events', system: 'Product analytics' },
            { actor: 'Account executive', text: 'Alerted when the trial adds a fifth user', system: 'CRM' },
          ],
          metrics: [{ metric: 'conversion', value: 27, target: 35, previous: 24 }],
          owner: 'Product',
          evidence: 'data',
        },
      ],
    },
    {
      id: 'purchase',
      title: 'Purchase',
      description: 'The CFO steps in: price and terms decide it.',
      steps: [
        {
          id: 'quote',
          title: 'Quote and negotiation',
          actions: [
            'Requests a formal quote for 45 seats over 36 months',
            'Asks for the porting fee to be waived',
          ],
          thoughts: ['The quote is clear, but why does the price expire on Friday?'],
          questions: ['What is the exit clause if the service is unreliable?'],
          motivations: ['Lock the price before the October budget cycle'],
          barriers: ['The quote expires in five days and the pressure feels artificial'],
          touchpoints: [
            { channel: 'email', text: 'PDF quote from the account executive', owner: 'Sales' },
            { channel: 'meeting', text: 'Meeting with the account executive at Harborside’s office', owner: 'Sales' },
          ],
          emotion: { ops: 0.5, cfo: -0.5 },
          painPoints: [
            {
              text: 'Quote expiry used as a pressure tactic',
              category: 'financial',
              severity: 2,
              persona: 'cfo',
            },
          ],
          opportunities: [
            {
              text: 'Every quote shows the three-year cost and the exit clause in plain words',
              owner: 'Sales',
              impact: 'high',
              effort: 'low',
            },
          ],
          backstage: [
            { actor: 'Account executive', text: 'Builds the quote and requests discount approval', system: 'CPQ' },
            { actor: 'Deal desk', text: 'Approves discounts above 15%' },
          ],
          metrics: [{ metric: 'conversion', value: 61, target: 65, previous: 58 }],
          owner: 'Sales',
          evidence: 'research',
          quotes: ['I’ve signed enough contracts to know a Friday deadline means they want their quarter.'],
        },
        {
          id: 'approval',
          title: 'Budget approval',
          actions: [
            'Checks the quote against his three-year spreadsheet',
            'Phones a reference customer the vendor introduced',
          ],
          thoughts: ['If the reference says it held up through their busiest month, I’ll sign.'],
          questions: ['Are the handsets bought or leased?'],
          motivations: ['Save $14,000 a year against the old PBX'],
          barriers: ['The reference call took a week to arrange'],
          touchpoints: [
            { channel: 'phone', text: 'Reference call with another property manager', owner: 'Customer marketing' },
          ],
          emotion: { ops: 0, cfo: 0.5 },
          painPoints: [
            {
              text: 'A reference customer only after a week of chasing',
              category: 'process',
              severity: 2,
              persona: 'cfo',
            },
          ],
          backstage: [
            {
              actor: 'Customer marketing',
              text: 'Matches prospects with reference customers by industry',
              system: 'Reference programme tracker',
            },
          ],
          owner: 'Sales',
          evidence: 'assumption',
        },
        {
          id: 'contract',
          title: 'Sign and pay',
          actions: ['Signs the order form electronically', 'Pays the first month and the porting deposit by card'],
          thoughts: ['Done. Now let’s see if they deliver.'],
          questions: ['Does billing start at signature or at go-live?'],
          motivations: ['Get the porting date booked'],
          barriers: ['The e-signature link expired once and had to be re-sent'],
          touchpoints: [
            { channel: 'email', text: 'E-signature envelope and payment link', owner: 'Sales' },
            { channel: 'portal', text: 'Billing page in the customer portal', owner: 'Finance' },
          ],
          emotion: 0.5,
          painPoints: [
            {
              text: 'Billing starts at signature, three weeks before the lines go live',
              category: 'financial',
              severity: 3,
              persona: 'cfo',
            },
          ],
          opportunities: [
            { text: 'Start billing at go-live, not at signature', owner: 'Finance', impact: 'medium', effort: 'low' },
          ],
          backstage: [{ actor: 'Deal desk', text: 'Books the order and provisions the account', system: 'Billing system' }],
          owner: 'Sales',
          evidence: 'data',
        },
      ],
    },
    {
      id: 'onboarding',
      title: 'Onboarding',
      description: 'From a signed order to every call ringing on the new system.',
      steps: [
        {
          id: 'handover',
          title: 'Handover to onboarding',
          actions: [
            'Gets a welcome email from an onboarding specialist she has never met',
            'Repeats the call-flow requirements she already gave the solutions engineer',
          ],
          thoughts: ['I explained all of this in the demo. Didn’t anyone write it down?'],
          questions: ['Who do I call now, sales or this new person?'],
          motivations: ['Keep the momentum while the team is excited'],
          barriers: ['Sales notes are not shared with the onboarding team'],
          touchpoints: [
            { channel: 'email', text: 'Welcome email from onboarding', owner: 'Customer success' },
            { channel: 'video', text: 'Kickoff call', owner: 'Customer success' },
          ],
          emotion: { ops: -1 },
          painPoints: [
            {
              text: 'Requirements captured in the demo are lost in the sales-to-onboarding handover',
              category: 'support',
              severity: 4,
              persona: 'ops',
            },
          ],
          opportunities: [
            {
              text: 'The account executive joins the kickoff and hands over the demo sandbox',
              owner: 'Customer success',
              impact: 'high',
              effort: 'low',
            },
          ],
          backstage: [
            { actor: 'Account executive', text: 'Marks the deal won; an onboarding ticket is created', system: 'CRM' },
            { actor: 'Onboarding specialist', text: 'Reads a two-line deal summary', system: 'Onboarding tracker' },
          ],
          metrics: [{ metric: 'ces', value: 4.8, target: 3, previous: 5.1 }],
          owner: 'Customer success',
          evidence: 'research',
          quotes: ['It felt like being passed from the nice shop floor to the warehouse.'],
        },
        {
          id: 'porting',
          title: 'Number porting',
          description: 'Moving 30 numbers from two carriers; the main line must not go dark.',
          actions: [
            'Fills in a letter of authorisation for 30 numbers',
            'Waits 18 days for a porting date',
          ],
          thoughts: ['If the main line is down on porting day we’re in real trouble.'],
          questions: ['Will the main number work during the switch?'],
          motivations: ['Keep the numbers tenants have saved'],
          barriers: ['The losing carrier rejects the first form over a billing-address mismatch'],
          touchpoints: [
            { channel: 'portal', text: 'Porting request form and status page', owner: 'Provisioning' },
            { channel: 'sms', text: 'SMS on porting day: “Your numbers are now live”', owner: 'Provisioning' },
          ],
          emotion: { ops: -1.5, cfo: -0.5 },
          painPoints: [
            {
              text: 'A rejected authorisation adds nine days, and the status page only says “In progress”',
              category: 'process',
              severity: 5,
              persona: 'ops',
            },
            {
              text: 'The porting team can’t see the losing carrier’s rejection reason in its own tool',
              category: 'support',
              severity: 3,
            },
          ],
          opportunities: [
            {
              text: 'Check the authorisation against the losing carrier’s records before submitting',
              owner: 'Provisioning',
              impact: 'high',
              effort: 'medium',
            },
          ],
          backstage: [
            { actor: 'Porting team', text: 'Submits port requests to each losing carrier', system: 'Carrier porting gateway' },
          ],
          metrics: [
            { metric: 'csat', value: 3.1, target: 4.2, previous: 2.9 },
            { metric: 'ces', value: 5.6, target: 3.5, previous: 5.8 },
          ],
          momentOfTruth: true,
          owner: 'Provisioning',
          evidence: 'data',
          quotes: ['Nine extra days because the old carrier had our address as “Suite 4” and we wrote “Ste 4”.'],
        },
        {
          id: 'setup',
          title: 'Set up users and call flows',
          actions: ['Imports 45 users from a CSV file', 'Builds two queues and the after-hours route in the setup wizard'],
          thoughts: ['The wizard is actually nice. The CSV import, not so much.'],
          questions: ['Why did six users fail to import?'],
          motivations: ['Go live before the month-end rent calls'],
          barriers: ['Import errors are shown only as row numbers'],
          touchpoints: [
            { channel: 'onboarding', text: 'Setup wizard and checklist', owner: 'Product' },
            { channel: 'chat', text: 'In-app chat with support about the import errors', owner: 'Support' },
          ],
          emotion: { ops: 0.5 },
          painPoints: [
            {
              text: 'CSV import rejects phone numbers that contain spaces, without saying why',
              category: 'performance',
              severity: 3,
            },
          ],
          opportunities: [
            { text: 'Accept any phone-number format on import', owner: 'Product', impact: 'medium', effort: 'low' },
          ],
          backstage: [{ actor: 'Support tier 1', text: 'Answers in-app chat', system: 'Help desk' }],
          metrics: [{ metric: 'response', value: 95, target: 60, previous: 120 }],
          owner: 'Product',
          evidence: 'data',
        },
        {
          id: 'training',
          title: 'Team training',
          actions: [
            'Books a 30-minute training for the front-desk staff',
            'Sends the 2-minute mobile-app video to the field engineers',
          ],
          thoughts: ['The receptionists got it in ten minutes. Good sign.'],
          questions: ['Is there a cheat sheet for transfers?'],
          motivations: ['Nobody misses a call on day one'],
          barriers: ['The session was recorded but the recording never arrived'],
          touchpoints: [
            { channel: 'video', text: 'Live training webinar', owner: 'Customer success' },
            { channel: 'email', text: 'Follow-up with a quick-reference guide', owner: 'Customer success' },
          ],
          painPoints: [
            { text: 'The recording of the training was promised but never sent', category: 'support', severity: 1 },
          ],
          backstage: [
            { actor: 'Customer education', text: 'Runs weekly public training sessions', system: 'Webinar platform' },
          ],
          owner: 'Customer success',
          evidence: 'assumption',
        },
      ],
    },
    {
      id: 'use',
      title: 'Use',
      description: 'Everyday calling across desk phones, laptops and mobiles.',
      steps: [
        {
          id: 'daily-calls',
          title: 'Daily calling',
          actions: [
            'Front desk answers the queues on desk phones',
            'Engineers take on-call emergencies in the mobile app',
            'Dana checks the missed-call dashboard every morning',
          ],
          thoughts: ['Missed calls are down from 140 to 12 a week. The directors are seeing this.'],
          questions: ['Can the dashboard go to the directors automatically?'],
          motivations: ['Prove the switch was the right call'],
          barriers: ['The mobile app logs engineers out after iOS updates'],
          touchpoints: [
            { channel: 'mobile-app', text: 'Mobile app for on-call engineers', owner: 'Product' },
            { channel: 'portal', text: 'Call analytics dashboard', owner: 'Product' },
          ],
          emotion: { ops: 1.5, cfo: 1 },
          painPoints: [
            {
              text: 'After iOS updates the app logs users out, so on-call calls are missed',
              category: 'performance',
              severity: 4,
            },
          ],
          opportunities: [
            {
              text: 'Weekly missed-call summary emailed to chosen stakeholders',
              owner: 'Product',
              impact: 'medium',
              effort: 'low',
            },
          ],
          backstage: [
            { actor: 'Platform engineering', text: 'Monitors call quality (MOS) per account', system: 'Voice monitoring' },
          ],
          metrics: [
            { metric: 'csat', value: 4.4, target: 4.5, previous: 4.2 },
            { metric: 'tickets', value: 3.2, target: 2.5, previous: 4 },
          ],
          owner: 'Product',
          evidence: 'data',
          quotes: ['I screenshot the missed-calls chart every Monday and send it to the directors. It’s my favourite email.'],
        },
        {
          id: 'billing',
          title: 'Monthly invoice',
          actions: [
            'Marcus reconciles the invoice against the quote',
            'Finds $212 of international call charges he didn’t expect',
          ],
          thoughts: ['The per-seat line matches. Where did these international minutes come from?'],
          questions: ['Were these calls made by our staff, or is it fraud?'],
          motivations: ['Keep the 20% saving he promised the board'],
          barriers: ['The invoice lists calls by extension number, not by person'],
          touchpoints: [
            { channel: 'email', text: 'Invoice email with a PDF', owner: 'Finance' },
            { channel: 'portal', text: 'Billing section of the customer portal', owner: 'Finance' },
          ],
          emotion: { ops: 0, cfo: -1 },
          painPoints: [
            {
              text: 'International calls billed at a rate the quote never showed',
              category: 'financial',
              severity: 4,
              persona: 'cfo',
            },
          ],
          opportunities: [
            {
              text: 'Alert when international spend passes a limit the customer sets',
              owner: 'Finance',
              impact: 'high',
              effort: 'low',
            },
          ],
          backstage: [
            { actor: 'Billing operations', text: 'Rates call records and issues invoices on the 1st', system: 'Billing system' },
          ],
          owner: 'Finance',
          evidence: 'research',
          next: ['outage', 'renewal'],
        },
      ],
    },
    {
      id: 'support',
      title: 'Support',
      description: 'When something breaks, and who fixes it.',
      steps: [
        {
          id: 'outage',
          title: 'Call quality drops',
          actions: [
            'Hears complaints of choppy audio during the Monday-morning peak',
            'Checks the vendor’s status page: all green',
          ],
          thoughts: ['The status page says everything is fine. It is not fine.'],
          questions: ['Is it our network or theirs?'],
          motivations: ['Get the phones stable before the rent-day rush'],
          barriers: ['The status page doesn’t show regional degradation'],
          touchpoints: [{ channel: 'website', text: 'Public status page', owner: 'Platform engineering' }],
          emotion: { ops: -2, cfo: -1 },
          painPoints: [
            {
              text: 'No incident on the status page during a 40-minute regional degradation',
              category: 'performance',
              severity: 5,
            },
          ],
          backstage: [
            {
              actor: 'Network operations',
              text: 'Detects packet loss in one media region 25 minutes after it starts',
              system: 'Voice monitoring',
            },
          ],
          metrics: [{ metric: 'tickets', value: 7.8, target: 2.5, previous: 3.2 }],
          owner: 'Platform engineering',
          evidence: 'data',
          quotes: ['Tenants thought we were hanging up on them.'],
        },
        {
          id: 'ticket',
          title: 'Raise a ticket',
          actions: [
            'Calls support and waits 14 minutes in the queue',
            'Is asked to run a network test and email the results',
          ],
          thoughts: ['We bought a phone system and now I’m on hold with the phone company.'],
          questions: ['Can someone just look at our account?'],
          motivations: ['Find someone who owns the problem'],
          barriers: ['Tier 1 can’t see the account’s call-quality data'],
          touchpoints: [
            { channel: 'phone', text: 'Support line', owner: 'Support' },
            { channel: 'email', text: 'Ticket confirmation with network-test instructions', owner: 'Support' },
          ],
          emotion: { ops: -1.5 },
          painPoints: [
            {
              text: 'Tier 1 agents can’t see call-quality data, so every ticket starts with a test the customer must run',
              category: 'support',
              severity: 4,
            },
            { text: '14-minute hold on the support line at peak', category: 'process', severity: 3, persona: 'ops' },
          ],
          opportunities: [
            {
              text: 'Give tier 1 a read-only call-quality view for each account',
              owner: 'Support',
              impact: 'high',
              effort: 'medium',
            },
          ],
          backstage: [
            { actor: 'Support tier 1', text: 'Logs the ticket and escalates after the customer’s test', system: 'Help desk' },
            {
              actor: 'Workforce planning',
              text: 'Staffs the phone queue for average, not peak, volume',
              system: 'Workforce management',
            },
          ],
          metrics: [
            { metric: 'response', value: 840, target: 120, previous: 600 },
            { metric: 'ces', value: 5.9, target: 3, previous: 5.2 },
          ],
          owner: 'Support',
          evidence: 'data',
          next: ['resolution', 'cancel'],
        },
        {
          id: 'resolution',
          title: 'Resolution and follow-up',
          actions: [
            'A tier 2 engineer calls back and finds a misconfigured codec on the account',
            'Receives a follow-up email and a satisfaction survey',
          ],
          thoughts: ['He fixed it in ten minutes once I reached the right person.'],
          questions: ['Do we get a credit for Monday?'],
          motivations: ['Make sure it never happens again'],
          barriers: ['Service credits must be claimed by the customer within seven days'],
          touchpoints: [
            { channel: 'phone', text: 'Call-back from a tier 2 engineer', owner: 'Support' },
            { channel: 'survey', text: 'Post-ticket CSAT survey', owner: 'Support' },
          ],
          emotion: { ops: 1, cfo: -0.5 },
          painPoints: [
            {
              text: 'Service credits have to be claimed by hand within seven days',
              category: 'financial',
              severity: 3,
              persona: 'cfo',
            },
          ],
          opportunities: [
            {
              text: 'Apply service credits automatically when an incident breaches the SLA',
              owner: 'Finance',
              impact: 'high',
              effort: 'medium',
            },
          ],
          backstage: [
            { actor: 'Support tier 2', text: 'Reviews codec and network settings', system: 'Admin console' },
            {
              actor: 'Customer success',
              text: 'Gets a churn-risk flag after two P1 tickets in a month',
              system: 'Customer health score',
            },
          ],
          metrics: [{ metric: 'csat', value: 3.8, target: 4.5, previous: 3.6 }],
          momentOfTruth: true,
          owner: 'Support',
          evidence: 'research',
          quotes: ['The second engineer was brilliant. I just wish I’d met him first.'],
          next: ['daily-calls', 'renewal'],
        },
        {
          id: 'cancel',
          title: 'Ask to cancel',
          description: 'The churn branch: a second outage before renewal.',
          actions: [
            'Emails the account manager asking about cancellation terms',
            'Gets a retention call offering two free months',
          ],
          thoughts: ['If this happens again before renewal, we’re out.'],
          questions: ['What does it cost to leave early?'],
          motivations: ['Not be stuck with an unreliable system for 36 months'],
          barriers: ['The early-exit fee is half of the remaining contract'],
          touchpoints: [
            { channel: 'email', text: 'Cancellation enquiry to the account manager', owner: 'Customer success' },
            { channel: 'phone', text: 'Retention call', owner: 'Customer success' },
          ],
          emotion: -2,
          painPoints: [
            {
              text: 'Early-exit fee equal to half the remaining contract value',
              category: 'financial',
              severity: 5,
              persona: 'cfo',
            },
            {
              text: 'Nobody reviews the account’s incidents until the customer asks to leave',
              category: 'support',
              severity: 4,
            },
          ],
          opportunities: [
            {
              text: 'Customer success reviews every account with two P1 tickets within 48 hours',
              owner: 'Customer success',
              impact: 'high',
              effort: 'medium',
            },
          ],
          backstage: [{ actor: 'Retention team', text: 'Can offer up to two months’ credit', system: 'CRM' }],
          owner: 'Customer success',
          evidence: 'assumption',
          next: [],
        },
      ],
    },
    {
      id: 'renewal',
      title: 'Renewal and advocacy',
      description: 'Twelve months in: renew, expand, recommend, or not.',
      actions: [
        'Reviews a year of call data with the customer success manager',
        'Adds 10 seats for the new office',
        'Answers the NPS survey and agrees to write a G2 review',
      ],
      thoughts: ['Missed calls down 90%. That’s the slide for the board.'],
      questions: ['Do the new seats get the same per-seat price?'],
      motivations: ['Roll the system out to the new office'],
      barriers: ['The renewal quote arrives ten days before auto-renewal'],
      touchpoints: [
        { channel: 'meeting', text: 'Business review at Harborside’s office', owner: 'Customer success' },
        { channel: 'survey', text: 'Annual NPS survey', owner: 'Customer marketing' },
        { channel: 'reviews', text: 'G2 review invitation', owner: 'Customer marketing' },
      ],
      emotion: { ops: 1.5, cfo: 1 },
      painPoints: [
        {
          text: 'The renewal quote comes too late to compare alternatives',
          category: 'process',
          severity: 2,
          persona: 'cfo',
        },
      ],
      opportunities: [
        {
          text: 'Send the renewal proposal 60 days before term end, with the year’s savings',
          owner: 'Customer success',
          impact: 'medium',
          effort: 'low',
        },
        {
          text: 'Referral credit for introductions to other property managers',
          owner: 'Customer marketing',
          impact: 'medium',
          effort: 'medium',
        },
      ],
      backstage: [
        {
          actor: 'Customer success manager',
          text: 'Builds the business review from usage data',
          system: 'Customer health score',
        },
      ],
      metrics: [
        { metric: 'nps', value: 32, target: 40, previous: 24 },
        { metric: 'csat', value: 4.2, target: 4.5, previous: 4 },
      ],
      owner: 'Customer success',
      evidence: 'data',
      quotes: ['I’ve already told two other property managers about it. That never happened with the old system.'],
    },
  ],
};
