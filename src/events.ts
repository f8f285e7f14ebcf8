import type { JsonPatch } from './edit/json-patch.js';
import type { JourneyFilter } from './layout/filter.js';
import type { JourneyDocument, JourneyProblem } from './model/types.js';

/** Detail of `journey-select`: the selected column (and lane, when a lane cell was chosen). */
export interface JourneySelectDetail {
  stageId: string;
  stepId: string;
  /** Lane key of the chosen cell, or undefined when a step header was chosen. */
  lane?: string;
  /** Persona series of the chosen emotion point, when chosen on the emotion curve. */
  persona?: string;
  /** The target step of the chosen transition, when a link of `<journey-flow>` was chosen. */
  toStepId?: string;
}

/** Detail of `journey-error`: the problems found in the document (errors make it unrenderable). */
export interface JourneyErrorDetail {
  errors: JourneyProblem[];
  warnings: JourneyProblem[];
  /** Where the problem came from: the document itself, or loading it from `src`. */
  source: 'document' | 'network';
}

/** Detail of `journey-lane-toggle`: a lane was collapsed or expanded from its row header. */
export interface JourneyLaneToggleDetail {
  /** Lane key (its kind, or `text:<field>`). */
  lane: string;
  /** The state the lane is going to. */
  collapsed: boolean;
}

/** Detail of `journey-review-due`: the map's review date (`reviewedAt` + `reviewEvery`) has passed. */
export interface JourneyReviewDueDetail {
  /** The last review, as an ISO 8601 date. */
  reviewedAt: string;
  /** The review period as written (`P6M`). */
  reviewEvery: string;
  /** The date the review fell due, as an ISO 8601 date. */
  dueSince: string;
}

/** Detail of `journey-change`: an edit was committed, undone or redone on an `editable` map. */
export interface JourneyChangeDetail {
  /** The whole new document: a new object; the previous document is left untouched. */
  journey: JourneyDocument;
  /** JSON Patch (RFC 6902) from the previous document to `journey`. */
  patch: JsonPatch;
  /** What caused the change. */
  cause: 'edit' | 'undo' | 'redo';
}

/** Detail of `journey-customer-select`: a customer was chosen in `<journey-customers>`. */
export interface JourneyCustomerSelectDetail {
  customerId: string;
}

/** Detail of `journey-filter-change`: the reader changed the map's filter from its toolbar. */
export interface JourneyFilterChangeDetail {
  /** The new filter (a new object; `{}` when cleared), also the map's `filter` property now. */
  filter: JourneyFilter;
}

export type JourneySelectEvent = CustomEvent<JourneySelectDetail>;
export type JourneyFilterChangeEvent = CustomEvent<JourneyFilterChangeDetail>;
export type JourneyChangeEvent = CustomEvent<JourneyChangeDetail>;
export type JourneyCustomerSelectEvent = CustomEvent<JourneyCustomerSelectDetail>;
export type JourneyErrorEvent = CustomEvent<JourneyErrorDetail>;
export type JourneyLaneToggleEvent = CustomEvent<JourneyLaneToggleDetail>;
export type JourneyReviewDueEvent = CustomEvent<JourneyReviewDueDetail>;

/** Dispatches a bubbling, composed, typed journey event from `target`. */
export function emit<K extends keyof JourneyEventMap>(
  target: HTMLElement,
  name: K,
  detail: JourneyEventMap[K]['detail'],
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }));
}

export interface JourneyEventMap {
  'journey-select': JourneySelectEvent;
  'journey-error': JourneyErrorEvent;
  'journey-lane-toggle': JourneyLaneToggleEvent;
  'journey-review-due': JourneyReviewDueEvent;
  'journey-change': JourneyChangeEvent;
  'journey-customer-select': JourneyCustomerSelectEvent;
  'journey-filter-change': JourneyFilterChangeEvent;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'journey-select': JourneySelectEvent;
    'journey-error': JourneyErrorEvent;
    'journey-lane-toggle': JourneyLaneToggleEvent;
    'journey-review-due': JourneyReviewDueEvent;
    'journey-change': JourneyChangeEvent;
    'journey-customer-select': JourneyCustomerSelectEvent;
    'journey-filter-change': JourneyFilterChangeEvent;
  }
}
