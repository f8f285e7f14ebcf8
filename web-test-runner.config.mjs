import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { findChrome, CHROME_ARGS } from './scripts/chrome-path.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { ajvValidatePlugin } from './scripts/ajv-validate-plugin.mjs';
import { forcedColorsPlugin } from './scripts/forced-colors-plugin.mjs';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';

// React and react-dom (test/react) ship CommonJS only: convert them, and only them, to modules.
const commonjs = fromRollup(rollupCommonjs);
const reactPackages = /\/node_modules\/(react|react-dom|scheduler)\//;

/** React reads `process.env.NODE_ENV`, which browsers do not have: serve its development value. */
const reactNodeEnvPlugin = () => ({
  name: 'react-node-env',
  transform(context) {
    if (!reactPackages.test(context.path) || typeof context.body !== 'string') return undefined;
    return { body: context.body.replaceAll('process.env.NODE_ENV', '"development"') };
  },
});

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  // Lit's dev-mode banner is expected in tests; everything else the browser logs stays visible.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  browserStartTimeout: 60000,
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    ajvValidatePlugin(),
    reactNodeEnvPlugin(),
    commonjs({
      include: ['**/node_modules/react/**', '**/node_modules/react-dom/**', '**/node_modules/scheduler/**'],
      // The dev server converts one file at a time, so the plugin cannot see that a required file is
      // CommonJS too: keep modules unwrapped (a plain default export) and make `require` return it.
      strictRequires: false,
      requireReturnsDefault: true,
    }),
    forcedColorsPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_ARGS },
    }),
  ],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), summaryReporter()],
};
