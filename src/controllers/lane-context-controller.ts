import { ContextConsumer, type Context } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { columnWindowContext, type ColumnWindow } from '../context/column-window-context.js';
import { journeyContext } from '../context/journey-context.js';
import { layoutContext } from '../context/layout-context.js';
import { settingsContext, type MapSettings } from '../context/settings-context.js';
import type { ColumnLayout } from '../layout/types.js';
import type { NormalizedJourney } from '../model/types.js';

/**
 * The host condition of a lane that owns its theme: one that is not a row of a map. Inside a map the
 * lane inherits the map's tokens, so a page theming the map themes its lanes too.
 */
export const STANDALONE_LANE = ":not([role='row'])";

/** What the map gives its lanes; which of them changed since the lane last updated. */
export type LaneContextKey = 'journey' | 'layout' | 'settings' | 'window';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * What a lane (`<stage-lane>`, `<emotion-curve>`) receives from the `<journey-map>` around it: the
 * journey, the column layout, the settings and the window of drawn columns. Owns the decisions that
 * follow from it, made the same way for every lane:
 * - `inMap`: with a journey and a layout from a map, the lane draws the map's columns; otherwise it is
 *   standalone and reads its own properties;
 * - moved out of a map (disconnected), the lane forgets the map's values at once, so it renders
 *   standalone wherever it is put; moved back in, it asks the map again and lines up with its columns;
 * - the row role: inside a map the lane is one of its rows (`role="row"`, unless the author gave it a
 *   role); alone it is a grid of its own, so the role and the row index it was given are removed;
 * - the theme owner: a lane without the row role owns its tokens (`STANDALONE_LANE`).
 */
export class LaneContextController implements ReactiveController {
  journey?: NormalizedJourney;
  layout?: ColumnLayout;
  settings?: MapSettings;
  window?: ColumnWindow;
  /** The values that changed since the host last looked (see `takeChanged`). */
  private readonly changed = new Set<LaneContextKey>();
  private roleIsOurs = false;

  constructor(private readonly host: Host) {
    host.addController(this);
    this.consume(journeyContext, 'journey');
    this.consume(layoutContext, 'layout');
    this.consume(settingsContext, 'settings');
    this.consume(columnWindowContext, 'window');
  }

  /** True while the lane is a row of a map: it has the map's journey and column layout. */
  get inMap(): boolean {
    return this.journey !== undefined && this.layout !== undefined;
  }

  private consume<K extends LaneContextKey>(context: Context<unknown, this[K]>, key: K): void {
    new ContextConsumer(this.host, {
      context,
      subscribe: true,
      callback: (value) => this.set(key, value as this[K]),
    });
  }

  private set<K extends LaneContextKey>(key: K, value: this[K]): void {
    if (this[key] === value) return;
    this[key] = value;
    this.changed.add(key);
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.syncRole();
  }

  /** A lane moved out of its map stops drawing the map's columns (the consumers unsubscribed already). */
  hostDisconnected(): void {
    for (const key of ['journey', 'layout', 'settings', 'window'] as const) this.set(key, undefined);
  }

  hostUpdate(): void {
    this.syncRole();
  }

  hostUpdated(): void {
    this.changed.clear();
  }

  /**
   * The values that changed since the last call or update, forgotten as they are returned: a host's
   * `shouldUpdate` reads them here, because an update it skips runs no `hostUpdated`, and a value
   * left over would make the next unrelated update look like a change from the map.
   */
  takeChanged(): LaneContextKey[] {
    const changed = [...this.changed];
    this.changed.clear();
    return changed;
  }

  /** Inside a map the lane is one of its rows; on its own it is a grid, so the host has no row role. */
  private syncRole(): void {
    const host = this.host;
    if (this.inMap) {
      if (!host.hasAttribute('role')) {
        host.setAttribute('role', 'row');
        this.roleIsOurs = true;
      }
    } else if (this.roleIsOurs) {
      host.removeAttribute('role');
      host.removeAttribute('aria-rowindex');
      this.roleIsOurs = false;
    }
  }
}
