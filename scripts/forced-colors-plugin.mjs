// A test-runner server command that turns forced-colors mode (Windows High Contrast) on and off in the
// test's browser page. @web/test-runner-commands' emulateMedia covers prefers-color-scheme and
// prefers-reduced-motion but not forced-colors, so browser tests call
// `executeServerCommand('emulate-forced-colors', { active: true })` from '@web/test-runner-commands'.
//
// Puppeteer's page.emulateMediaFeatures rejects 'forced-colors' (it allows only prefers-color-scheme,
// prefers-reduced-motion and color-gamut), so the command sends the DevTools protocol's
// Emulation.setEmulatedMedia through the page's own CDP session. That call replaces every emulated
// feature at once, so the command takes an optional `colorScheme` ('light' | 'dark') to emulate
// together with forced colours; an `emulateMedia({ colorScheme })` call afterwards turns forced
// colours off again.

const VALUES = new Set(['light', 'dark']);

export function forcedColorsPlugin() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`emulate-forced-colors needs a puppeteer (chrome) browser, not ${session.browser.type}.`);
      }
      const { active = true, colorScheme } = payload ?? {};
      if (colorScheme != null && !VALUES.has(colorScheme)) {
        throw new Error(`colorScheme must be 'light' or 'dark', not ${String(colorScheme)}.`);
      }
      const features = [{ name: 'forced-colors', value: active ? 'active' : 'none' }];
      if (colorScheme) features.push({ name: 'prefers-color-scheme', value: colorScheme });
      const page = session.browser.getPage(session.id);
      // The page's own session, so the emulation applies to the page the test runs in.
      const client = typeof page._client === 'function' ? page._client() : await page.createCDPSession();
      await client.send('Emulation.setEmulatedMedia', { features });
      return true;
    },
  };
}
