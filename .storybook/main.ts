import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The sample journeys as JSON files, for the stories that load a map from `src`.
  staticDirs: [{ from: '../stories/assets', to: '/assets' }],
  // Telemetry waits on the network, which intranet and CI machines often do not have.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // A library's Storybook is for browsing its elements: no onboarding checklist in the sidebar.
  features: { sidebarOnboardingChecklist: false },
  async viteFinal(viteConfig) {
    // Without this, dev mode can load Lit twice (pre-bundled and not), breaking instanceof checks.
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      // Everything the stories and the elements import, pre-bundled on start: otherwise Vite finds
      // d3 and Lit's directives on the first visit, re-optimizes and reloads the page (16–25 s).
      include: [
        ...(viteConfig.optimizeDeps?.include ?? []),
        'lit',
        'lit/decorators.js',
        'lit/directive.js',
        'lit/directives/class-map.js',
        'lit/directives/guard.js',
        'lit/directives/if-defined.js',
        'lit/directives/repeat.js',
        'lit/directives/keyed.js',
        '@lit/context',
        'd3-array',
        'd3-scale',
        'd3-shape',
      ],
    };
    // A relative base makes the built Storybook work from any folder of any intranet web server.
    viteConfig.base = './';
    return viteConfig;
  },
};

export default config;
