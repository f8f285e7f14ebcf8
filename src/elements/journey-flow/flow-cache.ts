/**
 * The transition table and the layout of a flow, each kept while its inputs are: a hover or a key
 * press re-renders the flow without recounting the customers or laying it out again. The standalone
 * `<journey-flow>` and the map's flow lane keep one each.
 */
import { layoutFlow, mirrorColumns, type FlowLayout } from '../../layout/flow.js';
import type { ColumnLayout } from '../../layout/types.js';
import { transitionTable, type TransitionTable } from '../../model/transitions.js';
import type { NormalizedJourney } from '../../model/types.js';

export class FlowCache {
  private counted?: { journey: NormalizedJourney; stallAfter?: number; table: TransitionTable };
  private laidOut?: { table: TransitionTable; layout: ColumnLayout; rtl: boolean; flow: FlowLayout };

  /** The table of `journey`: a new object only when the journey or the stall rule changed. */
  table(journey: NormalizedJourney, stallAfter: number | undefined): TransitionTable {
    if (this.counted?.journey !== journey || this.counted.stallAfter !== stallAfter) {
      this.counted = { journey, stallAfter, table: transitionTable(journey, { asOf: journey.source.asOf, stallAfterDays: stallAfter }) };
    }
    return this.counted.table;
  }

  /** The flow of `table` over `layout`'s columns, mirrored in a right-to-left element. */
  flow(journey: NormalizedJourney, table: TransitionTable, layout: ColumnLayout, rtl: boolean): FlowLayout {
    if (this.laidOut?.table !== table || this.laidOut.layout !== layout || this.laidOut.rtl !== rtl) {
      const boxes = rtl ? mirrorColumns(layout) : layout;
      this.laidOut = { table, layout, rtl, flow: layoutFlow(journey, table, boxes.columns, boxes.stages) };
    }
    return this.laidOut.flow;
  }
}
