// React wrappers, `journey-elements/react.js`: one component per element, made with @lit/react.
//
// Importing this module registers every element, like `define.js` (each tag only if the page has not
// defined it yet, so loading it next to `define.js` or the bundle is safe). A React app then needs no
// second import, and the wrappers can never render a tag that has not been defined.
//
// Objects (`journey`, `persona`, `strings`, …) reach the element as properties, not attributes, and
// the element's custom events are `onJourneySelect`, `onJourneyError` and `onJourneyLaneToggle`
// props, listened to on the element itself and removed when the component unmounts. React is the
// app's own copy (a peer dependency); react-dom is never imported.
import React, { type ComponentProps } from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import { JourneyMap as JourneyMapElement } from '../elements/journey-map/journey-map.js';
import { StageLane as StageLaneElement } from '../elements/stage-lane/stage-lane.js';
import { PersonaCard as PersonaCardElement } from '../elements/persona-card/persona-card.js';
import { EmotionCurve as EmotionCurveElement } from '../elements/emotion-curve/emotion-curve.js';
import { OpportunityMatrix as OpportunityMatrixElement } from '../elements/opportunity-matrix/opportunity-matrix.js';
import { JourneyCustomers as JourneyCustomersElement } from '../elements/journey-customers/journey-customers.js';
import { JourneyFlow as JourneyFlowElement } from '../elements/journey-flow/journey-flow.js';
import type { JourneyChangeEvent, JourneyCustomerSelectEvent, JourneyErrorEvent, JourneyFilterChangeEvent, JourneyLaneToggleEvent, JourneySelectEvent } from '../events.js';

export type {
  JourneyChangeDetail,
  JourneyChangeEvent,
  JourneyCustomerSelectDetail,
  JourneyCustomerSelectEvent,
  JourneyErrorDetail,
  JourneyErrorEvent,
  JourneyFilterChangeDetail,
  JourneyFilterChangeEvent,
  JourneyLaneToggleDetail,
  JourneyLaneToggleEvent,
  JourneySelectDetail,
  JourneySelectEvent,
} from '../events.js';

/** The event props of the map, the lanes and the emotion curve, and the events they listen to. */
const journeyEvents = {
  /** A step header or cell was chosen (click, Enter or Space). */
  onJourneySelect: 'journey-select' as EventName<JourneySelectEvent>,
  /** The document has errors or warnings, or `src` could not be loaded. */
  onJourneyError: 'journey-error' as EventName<JourneyErrorEvent>,
  /** A lane was collapsed or expanded from its row header. */
  onJourneyLaneToggle: 'journey-lane-toggle' as EventName<JourneyLaneToggleEvent>,
  /** An `editable` map committed, undid or redid an edit: `{ journey, patch, cause }`. */
  onJourneyChange: 'journey-change' as EventName<JourneyChangeEvent>,
  /** A customer was chosen in `<journey-customers>` (click or Enter). */
  onJourneyCustomerSelect: 'journey-customer-select' as EventName<JourneyCustomerSelectEvent>,
  /** The reader changed a map's filter from its toolbar: `{ filter }`. */
  onJourneyFilterChange: 'journey-filter-change' as EventName<JourneyFilterChangeEvent>,
};

type JourneyEvents = typeof journeyEvents;
type Listener = ((event: Event) => void) | undefined;

/** Passes `node` on to the ref the app gave, whichever kind it is. */
function passRef<I>(ref: React.ForwardedRef<I>, node: I | null): void {
  if (typeof ref === 'function') ref(node);
  else if (ref) ref.current = node;
}

/**
 * Wraps an element and owns its event props. @lit/react (1.0.8) sets the element's properties, but
 * the listeners it adds for `events` stay on the element after the component unmounts; here one
 * listener per event is added when the element mounts, calls the latest handler prop, and is removed
 * on unmount, so a handler never runs for a component that is gone.
 */
function withEvents<I extends HTMLElement>(
  Element: ReactWebComponent<I>,
  displayName: string,
): ReactWebComponent<I, JourneyEvents> {
  const eventProps = Object.entries(journeyEvents) as Array<[keyof JourneyEvents, string]>;
  const isEventProp = (key: string): key is keyof JourneyEvents => eventProps.some(([prop]) => prop === key);
  const Wrapper = React.forwardRef<I, Record<string, unknown>>((props, forwardedRef) => {
    const element = React.useRef<I | null>(null);
    const handlers = React.useRef<Partial<Record<keyof JourneyEvents, Listener>>>({});
    const elementProps: Record<string, unknown> = {};
    const latest: Partial<Record<keyof JourneyEvents, Listener>> = {};
    for (const [key, value] of Object.entries(props)) {
      if (isEventProp(key)) latest[key] = typeof value === 'function' ? (value as Listener) : undefined;
      else elementProps[key] = value;
    }
    React.useLayoutEffect(() => {
      handlers.current = latest;
    });
    React.useLayoutEffect(() => {
      const node = element.current;
      if (!node) return undefined;
      const removers = eventProps.map(([prop, type]) => {
        const listener = (event: Event): void => handlers.current[prop]?.(event);
        node.addEventListener(type, listener);
        return () => node.removeEventListener(type, listener);
      });
      return () => removers.forEach((remove) => remove());
    }, []);
    const ref = React.useCallback(
      (node: I | null) => {
        element.current = node;
        passRef(forwardedRef, node);
      },
      [forwardedRef],
    );
    return React.createElement(Element as React.ElementType, { ...elementProps, ref });
  });
  Wrapper.displayName = displayName;
  return Wrapper as unknown as ReactWebComponent<I, JourneyEvents>;
}

/**
 * `<journey-map>`: the whole Customer Journey Map. Props are the element's properties (`journey`,
 * `src`, `locale`, `lanes`, `selected`, `theme`, …) plus `onJourneySelect`, `onJourneyError` and
 * `onJourneyLaneToggle`; `ref` gives the element.
 */
export const JourneyMap = withEvents(
  createComponent({ react: React, tagName: 'journey-map', elementClass: JourneyMapElement, displayName: 'journey-map' }),
  'JourneyMap',
);

/**
 * `<stage-lane>`: one lane of a map, inside `JourneyMap` or alone with a `journey`. Fires
 * `onJourneySelect` standalone (inside a map the map reports the selection), `onJourneyLaneToggle`
 * and `onJourneyError`.
 */
export const StageLane = withEvents(
  createComponent({ react: React, tagName: 'stage-lane', elementClass: StageLaneElement, displayName: 'stage-lane' }),
  'StageLane',
);

/**
 * `<emotion-curve>`: the emotion lane, inside `JourneyMap` or alone with a `journey` (and `compare`).
 * `onJourneySelect` reports a chosen point with its `persona`.
 */
export const EmotionCurve = withEvents(
  createComponent({ react: React, tagName: 'emotion-curve', elementClass: EmotionCurveElement, displayName: 'emotion-curve' }),
  'EmotionCurve',
);

/**
 * `<opportunity-matrix>`: the opportunities on impact × effort, alone (`journey`, `src`) or linked to a
 * map (`for`). `onJourneySelect` reports the chosen card's step.
 */
export const OpportunityMatrix = withEvents(
  createComponent({ react: React, tagName: 'opportunity-matrix', elementClass: OpportunityMatrixElement, displayName: 'opportunity-matrix' }),
  'OpportunityMatrix',
);

/**
 * `<journey-flow>`: the journey's branches, loops and drop-offs, alone (`journey`, `src`).
 * `onJourneySelect` reports the chosen step, and on a link its `toStepId`.
 */
export const JourneyFlow = withEvents(
  createComponent({ react: React, tagName: 'journey-flow', elementClass: JourneyFlowElement, displayName: 'journey-flow' }),
  'JourneyFlow',
);

/** `<persona-card>`: one persona (`persona` prop). It fires no events. */
export const PersonaCard = createComponent({
  react: React,
  tagName: 'persona-card',
  elementClass: PersonaCardElement,
  displayName: 'PersonaCard',
});

/** Props of each wrapper, for components that pass them through. */
export type JourneyMapProps = ComponentProps<typeof JourneyMap>;
export type StageLaneProps = ComponentProps<typeof StageLane>;
export type EmotionCurveProps = ComponentProps<typeof EmotionCurve>;
export type PersonaCardProps = ComponentProps<typeof PersonaCard>;
export type OpportunityMatrixProps = ComponentProps<typeof OpportunityMatrix>;

/**
 * `<journey-customers>`: the table of a journey's real customers, alone (`journey`, `src`) or linked
 * to a map with `for`. `onJourneyCustomerSelect` reports the chosen customer.
 */
export const JourneyCustomers = withEvents(
  createComponent({ react: React, tagName: 'journey-customers', elementClass: JourneyCustomersElement, displayName: 'journey-customers' }),
  'JourneyCustomers',
);
export type JourneyCustomersProps = ComponentProps<typeof JourneyCustomers>;
export type JourneyFlowProps = ComponentProps<typeof JourneyFlow>;
