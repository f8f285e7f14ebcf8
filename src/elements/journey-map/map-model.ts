import { journeyCSV, type CsvOptions } from '../../layout/export-csv.js';
import { filterText } from '../../layout/filter-text.js';
import type { NormalizedJourney } from '../../model/types.js';
import type { CellContext } from '../../views/context.js';
import { readPalette } from '../../export/palette.js';
import type { SceneOptions } from '../../export/scene.js';
import { exportWords } from '../../export/svg.js';
import { customerCsvRows, filterCsv } from '../../export/map-csv-rows.js';
import { exportedCustomer, MapCustomers, stepBadge } from './customer-lane.js';
import type { CustomerOnMap } from '../../views/customers.js';
import { ComparisonMemo, comparisonNotes, comparisonRows, exportedGhosts, type CompareView, type MapComparison } from './map-compare.js';
import { DimmedMemo } from './map-filter.js';
import type { JourneyMapProperties } from './journey-map.properties.js';
import type { CustomersSummary } from '../../model/customers.js';
import type { Translator } from '../../i18n/translator.js';

/** The map's language, as its locale controller resolved it. */
/** The map's language, Intl tag and string overrides (its `LocaleController`'s translator). */
export type MapWords = Translator;

/**
 * What `<journey-map>` derives from its journey and properties — the comparison, the dimmed steps, the
 * customers' summary and the opened customer — each recomputed only
 * when its inputs change; and the exports (SVG options, CSV) read from the same values the screen shows.
 */
export class MapModel {
  readonly comparisons = new ComparisonMemo();
  private readonly dimmedMemo = new DimmedMemo();
  private readonly customers = new MapCustomers();

  constructor(
    private readonly map: JourneyMapProperties,
    private readonly words: () => MapWords,
  ) {}

  /** The compared document against `journey` (`compareTo`), or undefined without one. */
  comparison(journey: NormalizedJourney | undefined): MapComparison | undefined {
    return this.comparisons.get(this.map.compareTo, this.words(), journey);
  }

  /** Ids of the steps outside `filter`. */
  dimmed(journey: NormalizedJourney | undefined): ReadonlySet<string> | undefined {
    return this.dimmedMemo.get(journey, this.map.filter);
  }

  /** Every customer's summary (undefined when the journey has none). */
  summary(journey: NormalizedJourney): CustomersSummary | undefined {
    return this.customers.summary(journey, this.map.stallAfter);
  }

  /** The customer named by `customer`, laid over the map. */
  opened(journey: NormalizedJourney): CustomerOnMap | undefined {
    return this.customers.customer(journey, this.summary(journey), this.map.customer);
  }

  compareView(journey: NormalizedJourney): CompareView {
    return { ...this.words(), strings: this.map.strings, journey };
  }

  /** What the map's cells are read with: its journey, language, overrides and persona filter. */
  cellContext(journey: NormalizedJourney, persona: string | undefined): CellContext {
    return { journey, ...this.words(), persona, noSwitches: this.map.noSwitches };
  }

  /** The export as the map shows it: its colours, language, persona filter, direction, comparison and filter (stated). */
  sceneOptions(journey: NormalizedJourney, persona: string | undefined): SceneOptions {
    const element = this.map;
    const ctx = this.cellContext(journey, persona);
    const view = this.compareView(journey);
    const comparison = this.comparison(journey);
    const dimmed = this.dimmed(journey);
    const opened = this.opened(journey);
    const summary = this.summary(journey);
    const badgeWords = { ...this.words(), strings: element.strings };
    return {
      ...exportWords(journey, ctx),
      ctx,
      palette: readPalette(element),
      rtl: element.matches(':dir(rtl)'),
      compare: comparison?.before,
      stepNotes: comparisonNotes(comparison, view),
      removed: exportedGhosts(comparison, view),
      customer: opened && exportedCustomer(journey, opened, { ...this.words(), strings: element.strings }),
      dimmed,
      filterNote: filterText(journey, element.filter, dimmed, { ...this.words(), strings: element.strings }),
      stallAfterDays: element.stallAfter,
      stepBadge: (step) => stepBadge(summary, step.index, badgeWords)?.text,
    };
  }

  /** The CSV of exportCSV(): the filter stated (and each row marked), the opened customer's rows first, the changes last. */
  csv(journey: NormalizedJourney, persona: string | undefined, options: CsvOptions): string {
    const ctx = this.cellContext(journey, persona);
    const extraRows = comparisonRows(this.comparison(journey), ctx);
    // What the export states, without its colours: no computed style is read for a CSV.
    const dimmed = this.dimmed(journey);
    const words = { ...this.words(), strings: this.map.strings };
    const filterNote = filterText(journey, this.map.filter, dimmed, words);
    const opened = this.opened(journey);
    const customer = opened && exportedCustomer(journey, opened, words);
    const filter = filterCsv(filterNote, dimmed, ctx);
    const leadingRows = [...(filter ? [filter.row] : []), ...(customer ? customerCsvRows(journey, customer) : [])];
    return journeyCSV(ctx, { ...exportWords(journey, ctx), extraRows, leadingRows, filterColumn: filter?.column }, options);
  }
}
