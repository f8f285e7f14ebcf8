import { ContextEvent, type Context } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { journeyContext } from '../../context/journey-context.js';
import { settingsContext, type MapSettings } from '../../context/settings-context.js';
import type { NormalizedJourney } from '../../model/types.js';

/** The part of `<journey-map>` a linked table drives. */
export interface LinkedMap extends HTMLElement {
  customer?: string;
  stallAfter?: number;
}

/**
 * Links `<journey-customers>` to a map: the one named by its `for` attribute (an id in the same
 * document or shadow root), else the map whose light DOM it is in. The table subscribes to the map's
 * journey and settings (its selected step) through the map's own contexts, asked for on the map
 * element, so a table placed anywhere on the page stays in step with it.
 */
export class MapLinkController implements ReactiveController {
  map?: LinkedMap;
  journey?: NormalizedJourney;
  settings?: MapSettings;
  /** `for` names no `<journey-map>` in the table's document or shadow root (known a frame after connecting). */
  missing = false;

  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly target: () => string | undefined;
  private unsubscribe: Array<() => void> = [];
  private linkedFor?: string;

  constructor(host: ReactiveControllerHost & HTMLElement, target: () => string | undefined) {
    this.host = host;
    this.target = target;
    host.addController(this);
  }

  private settled = false;

  hostConnected(): void {
    this.settled = false;
    this.relink();
    // A map written after the table in the page is there a frame later; only then is a `for` that
    // names no map reported (no note flashing while the page is still being parsed).
    requestAnimationFrame(() => {
      this.settled = true;
      this.sync();
      this.checkMissing();
    });
  }

  private watcher?: MutationObserver;

  /**
   * Notes whether `for` names no map; while it does not, watches the table's document or shadow root
   * so a map added (or given that id) later is linked without the host doing anything.
   */
  private checkMissing(): void {
    const missing = this.settled && !this.map && Boolean(this.target());
    if (missing !== this.missing) {
      this.missing = missing;
      this.host.requestUpdate();
    }
    if (missing && !this.watcher && this.host.isConnected) {
      this.watcher = new MutationObserver(() => this.sync());
      this.watcher.observe(this.host.getRootNode(), { childList: true, subtree: true, attributes: true, attributeFilter: ['id'] });
    } else if (!missing && this.watcher) {
      this.stopWatching();
    }
  }

  private stopWatching(): void {
    this.watcher?.disconnect();
    this.watcher = undefined;
  }

  hostDisconnected(): void {
    this.stopWatching();
    this.unlink();
  }

  /** Call before each update: links again when `for` changed or the named map appeared. */
  sync(): void {
    const target = this.target();
    if (target !== this.linkedFor || (!this.map && this.host.isConnected)) this.relink();
  }

  private find(): LinkedMap | undefined {
    const id = this.target();
    this.linkedFor = id;
    if (id) {
      const root = this.host.getRootNode() as Document | ShadowRoot;
      const element = typeof root.getElementById === 'function' ? root.getElementById(id) : null;
      return element?.localName === 'journey-map' ? (element as LinkedMap) : undefined;
    }
    const parent = this.host.parentElement;
    return parent?.localName === 'journey-map' ? (parent as LinkedMap) : undefined;
  }

  private relink(force = false): void {
    const map = this.find();
    if (map === this.map && !force) return this.checkMissing();
    this.unlink();
    this.map = map;
    this.checkMissing();
    if (!map) return;
    if (!customElements.get('journey-map')) {
      // Its contexts answer once it is upgraded.
      customElements.whenDefined('journey-map').then(() => this.map === map && this.relink(true));
      return;
    }
    const listen = <T>(context: Context<unknown, T>, set: (value: T) => void) =>
      map.dispatchEvent(
        new ContextEvent(
          context,
          this.host,
          (value: T, unsubscribe?: () => void) => {
            if (unsubscribe && !this.unsubscribe.includes(unsubscribe)) this.unsubscribe.push(unsubscribe);
            set(value);
            this.host.requestUpdate();
          },
          true,
        ),
      );
    listen(journeyContext, (value) => (this.journey = value));
    listen(settingsContext, (value) => (this.settings = value));
  }

  private unlink(): void {
    for (const unsubscribe of this.unsubscribe) unsubscribe();
    this.unsubscribe = [];
    this.map = undefined;
    this.journey = undefined;
    this.settings = undefined;
  }
}
