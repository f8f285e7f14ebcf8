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

  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly target: () => string | undefined;
  private unsubscribe: Array<() => void> = [];
  private linkedFor?: string;

  constructor(host: ReactiveControllerHost & HTMLElement, target: () => string | undefined) {
    this.host = host;
    this.target = target;
    host.addController(this);
  }

  hostConnected(): void {
    this.relink();
    // A map written after the table in the page is there a frame later.
    if (!this.map && this.target()) requestAnimationFrame(() => this.sync());
  }

  hostDisconnected(): void {
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
    if (map === this.map && !force) return;
    this.unlink();
    this.map = map;
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
