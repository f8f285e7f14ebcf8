import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The sample journeys as JSON files, for the stories that load a map from `src`.
  staticDirs: [{ from: '../stories/assets', to: '/assets' }],
  // Telemetry waits on the network, which intranet and CI machines often do not have.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    // Without this, dev mode can load Lit twice (pre-bundled and not), breaking instanceof checks.
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit', '@lit/context'],
    };
    // A relative base makes the built Storybook work from any folder of any intranet web server.
    viteConfig.base = './';
    return viteConfig;
  },
};

export default config;
