// Type-level test of the React wrappers, checked by `npm run typecheck` (tsc --noEmit) and never run:
// each `@ts-expect-error` line must stay an error, or tsc reports the directive as unused.
import React from 'react';
import {
  EmotionCurve,
  JourneyMap,
  PersonaCard,
  StageLane,
  type JourneyErrorEvent,
  type JourneyMapProps,
  type JourneySelectEvent,
  type PersonaCardProps,
} from '../../src/react/index.js';
import type { JourneyMap as JourneyMapElement } from '../../src/elements/journey-map/journey-map.component.js';
import type { JourneyDocument } from '../../src/model/types.js';

declare const journey: JourneyDocument;

export function typedUsage(onStep: (stepId: string) => void): React.ReactElement[] {
  const ref = React.createRef<JourneyMapElement>();
  const props: JourneyMapProps = {
    journey,
    locale: 'ro',
    theme: 'dark',
    headingLevel: 3,
    selected: 'ask',
    className: 'map',
    ref,
    onJourneySelect: (event) => onStep(event.detail.stepId),
    onJourneyError: (event) => event.detail.errors.map((problem) => problem.message),
    onJourneyLaneToggle: (event) => event.detail.collapsed,
  };
  const select: (event: JourneySelectEvent) => void = (event) => event.detail.lane;
  const error: (event: JourneyErrorEvent) => void = (event) => event.detail.source;
  return [
    React.createElement(JourneyMap, props),
    React.createElement(StageLane, { journey, kind: 'actions', onJourneySelect: select }),
    React.createElement(EmotionCurve, { journey, onJourneyError: error }),
    React.createElement(PersonaCard, { persona: journey.personas?.[0], compact: true }),
  ];
}

export const wrongProps: JourneyMapProps[] = [
  // @ts-expect-error `journey` is a document, not a number.
  { journey: 42 },
  // @ts-expect-error `theme` is 'light' or 'dark'.
  { theme: 'blue' },
  // @ts-expect-error the select event's detail has no `title`.
  { onJourneySelect: (event) => event.detail.title },
  // @ts-expect-error the error handler receives a JourneyErrorEvent, not a select event.
  { onJourneyError: (event: JourneySelectEvent) => event.detail.stepId },
];

// @ts-expect-error a persona card fires no journey events.
export const cardWithEvent: PersonaCardProps = { onJourneySelect: () => undefined };
