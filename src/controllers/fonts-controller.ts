import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Counts the times the page's web fonts finished loading (`document.fonts`: its `ready` promise when
 * connected while fonts load, then every `loadingdone`) and updates the host each time, so text
 * measured in a fallback font before (the flow's step titles, wrapped by measure) is measured again
 * in the real one: whatever was measured at another `loads` is stale.
 */
export class FontsController implements ReactiveController {
  loads = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    const fonts = typeof document === 'undefined' ? undefined : document.fonts;
    if (!fonts) return;
    fonts.addEventListener('loadingdone', this.loaded);
    if (fonts.status === 'loading') void fonts.ready.then(this.loaded);
  }

  hostDisconnected(): void {
    if (typeof document !== 'undefined') document.fonts?.removeEventListener('loadingdone', this.loaded);
  }

  private readonly loaded = (): void => {
    this.loads++;
    this.host.requestUpdate();
  };
}
