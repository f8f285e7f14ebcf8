import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/define.js';
import { COLOR_ARGS } from './controls.js';

setCustomElementsManifest(manifest);

/** The theme, locale and direction picked in the toolbar, applied the way a host page would. */
const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Colour theme of the elements',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
    locale: {
      description: 'Language of the UI strings (the page lang)',
      toolbar: { title: 'Locale', icon: 'globe', items: ['en', 'ru', 'ro'], dynamicTitle: true },
    },
    direction: {
      description: 'Text direction of the page',
      toolbar: { title: 'Direction', icon: 'transfer', items: ['ltr', 'rtl'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en', direction: 'ltr' },
  decorators: [
    (story, context) => {
      const { theme, locale, direction } = context.globals as Record<string, string>;
      document.documentElement.lang = locale;
      document.documentElement.dir = direction;
      document.documentElement.dataset.journeyTheme = theme;
      document.body.style.background = theme === 'dark' ? '#111418' : '#ffffff';
      document.body.style.colorScheme = theme;
      return html`<div class="story-frame" lang=${locale} dir=${direction} data-theme=${theme}>${story()}</div>`;
    },
  ],
  parameters: {
    controls: { expanded: true, matchers: { color: COLOR_ARGS } },
    a11y: { test: 'error' },
    docs: { toc: true },
  },
};

export default preview;
