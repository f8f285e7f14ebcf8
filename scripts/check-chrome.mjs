// Fails fast, with a clear message, when no Chrome/Chromium is available for the browser tests.
import { existsSync } from 'node:fs';
import { findChrome } from './chrome-path.mjs';

const path = findChrome();
if (!path || !existsSync(path)) {
  console.error(
    'journey-elements: no Chrome or Chromium found for the tests.\n' +
      'Install one (Debian/Ubuntu: `apt-get install -y chromium`) or set CHROME_PATH to its executable.',
  );
  process.exit(1);
}
