/**
 * Every story is a test: each named export of each story module is rendered the way Storybook would
 * (meta args and story args composed, the story's render or the meta's, the toolbar globals applied
 * like the preview decorator), and fails on a thrown error, a console error, an element that stays
 * empty, an unexpected (or missing) error panel, or an axe violation.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { render } from 'lit';
import type { ReactiveElement } from 'lit';
import '../../src/define.js';
import * as emotionCurveStories from '../../stories/emotion-curve.stories.js';
import * as importExportStories from '../../stories/import-export.stories.js';
import * as journeyMapStories from '../../stories/journey-map.stories.js';
import * as opportunityMatrixStories from '../../stories/opportunity-matrix.stories.js';
import * as journeyFlowStories from '../../stories/journey-flow.stories.js';
import * as personaCardStories from '../../stories/persona-card.stories.js';
import * as stageLaneStories from '../../stories/stage-lane.stories.js';
import * as journeyCustomersStories from '../../stories/journey-customers.stories.js';
import { setAssetsBase, type StoryGlobals, type StoryRenderContext } from '../../stories/helpers.js';

/** Every story module in stories/: add new ones here. */
const STORY_MODULES: Record<string, Record<string, unknown>> = {
  'journey-map.stories.ts': journeyMapStories,
  'stage-lane.stories.ts': stageLaneStories,
  'emotion-curve.stories.ts': emotionCurveStories,
  'persona-card.stories.ts': personaCardStories,
  'opportunity-matrix.stories.ts': opportunityMatrixStories,
  'journey-customers.stories.ts': journeyCustomersStories,
  'import-export.stories.ts': importExportStories,
  'journey-flow.stories.ts': journeyFlowStories,
};

/** The tags src/define.ts registers: each needs a story file. */
const ELEMENT_TAGS = ['journey-map', 'stage-lane', 'emotion-curve', 'persona-card', 'opportunity-matrix', 'journey-customers', 'journey-flow'];

type Args = Record<string, unknown>;
type RenderFunction = (args: Args, context: StoryRenderContext & { args: Args }) => unknown;

interface Annotations {
  args?: Args;
  argTypes?: Record<string, unknown>;
  globals?: StoryGlobals;
  parameters?: { errorPanel?: boolean };
  render?: RenderFunction;
}

interface MetaAnnotations extends Annotations {
  title: string;
  component: string;
  tags?: string[];
}

const DEFAULT_GLOBALS: Required<StoryGlobals> = { theme: 'light', locale: 'en', direction: 'ltr' };
/** Generous, because the large map, 10 000 customers and axe over thousands of cells take time. */
const STORY_TIMEOUT = 180_000;

// Under the test runner the dev server serves the project root, not Storybook's static dirs.
setAssetsBase('/stories/assets/');

/** Every element in `root` and, recursively, in the shadow roots below it. */
function elementsIn(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    found.push(element);
    if (element.shadowRoot) found.push(...elementsIn(element.shadowRoot));
  }
  return found;
}

const isCustom = (element: Element) => element.localName.includes('-');

function partsIn(root: ParentNode, part: string): Element[] {
  return elementsIn(root).filter((element) => element.part?.contains(part));
}

/**
 * Waits until every custom element has finished updating and nothing is loading, for two frames in
 * a row (resize observers and fetched documents cause further updates after the first render).
 */
async function settle(root: ParentNode, timeout: number): Promise<void> {
  const deadline = performance.now() + timeout;
  let quietFrames = 0;
  while (quietFrames < 2) {
    if (performance.now() > deadline) throw new Error(`The story did not settle within ${timeout} ms`);
    await nextFrame();
    const custom = elementsIn(root).filter(isCustom) as Array<Element & Partial<ReactiveElement>>;
    await Promise.all(custom.map((element) => element.updateComplete));
    const busy = custom.some((element) => element.isUpdatePending) || partsIn(root, 'loading').length > 0;
    quietFrames = busy ? 0 : quietFrames + 1;
  }
}

/** Records console.error calls and uncaught errors while a story renders. */
function watchErrors(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...values: unknown[]) => {
    errors.push(values.map((value) => (value instanceof Error ? value.stack ?? value.message : String(value))).join(' '));
    original.apply(console, values);
  };
  const onError = (event: ErrorEvent) => errors.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      console.error = original;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** The named exports Storybook treats as stories. */
function storiesOf(module: Record<string, unknown>): Array<[string, Annotations]> {
  return Object.entries(module).filter(([name]) => name !== 'default') as Array<[string, Annotations]>;
}

describe('stories', () => {
  it('every element has a story file with autodocs, and every story module is listed here', () => {
    const metas = Object.values(STORY_MODULES).map((module) => module.default as MetaAnnotations);
    // Guides (import-export) render an element too: each tag counts once.
    expect([...new Set(metas.map((meta) => meta.component))].sort()).to.deep.equal([...ELEMENT_TAGS].sort());
    for (const meta of metas) expect(meta.tags, meta.title).to.include('autodocs');
  });

  for (const [file, module] of Object.entries(STORY_MODULES)) {
    const meta = module.default as MetaAnnotations;

    describe(file, () => {
      it('has an argType for every public property of the element', () => {
        const element = customElements.get(meta.component) as unknown as typeof ReactiveElement | undefined;
        expect(element, `${meta.component} is defined`).to.exist;
        const publicProperties = Array.from(element!.elementProperties.entries())
          .filter(([, options]) => !options.state)
          .map(([name]) => String(name));
        expect(publicProperties).not.to.be.empty;
        expect(Object.keys(meta.argTypes ?? {})).to.include.members(publicProperties);
      });

      for (const [name, story] of storiesOf(module)) {
        it(`${name} renders without errors, console errors or axe violations`, async function () {
          this.timeout(STORY_TIMEOUT);
          const args: Args = { ...meta.args, ...story.args };
          const globals = { ...DEFAULT_GLOBALS, ...meta.globals, ...story.globals };
          const renderStory = story.render ?? meta.render;
          expect(renderStory, 'a render function').to.be.a('function');

          // What the preview decorator does with the toolbar globals.
          const page = document.documentElement;
          const previous = { lang: page.lang, dir: page.dir };
          page.lang = globals.locale;
          page.dir = globals.direction;
          const frame = await fixture<HTMLDivElement>(
            html`<div class="story-frame" lang=${globals.locale} dir=${globals.direction} data-theme=${globals.theme}></div>`,
          );
          const watch = watchErrors();
          try {
            render(renderStory!(args, { globals, args }), frame);
            await settle(frame, STORY_TIMEOUT / 2);
          } finally {
            watch.stop();
            page.lang = previous.lang;
            page.dir = previous.dir;
          }
          expect(watch.errors, 'console errors').to.deep.equal([]);

          const custom = elementsIn(frame).filter(isCustom);
          expect(custom, 'journey elements in the story').not.to.be.empty;
          for (const element of custom) {
            expect(customElements.get(element.localName), `<${element.localName}> is a defined element`).to.exist;
            expect(element.shadowRoot?.childElementCount, `<${element.localName}> rendered something`).to.be.greaterThan(0);
          }
          const errorPanels = partsIn(frame, 'error');
          if (story.parameters?.errorPanel) {
            expect(errorPanels, 'the error panel').not.to.be.empty;
            expect(errorPanels[0].getAttribute('role')).to.equal('alert');
          } else {
            expect(errorPanels.map((panel) => panel.textContent?.replace(/\s+/g, ' ').trim()), 'error panels').to.deep.equal([]);
          }

          await expect(frame).to.be.accessible();
        });
      }
    });
  }

  it("the editable stories' own Undo/Redo buttons speak the story's language, as a host page's would", async () => {
    const words = async (story: Annotations, globals: StoryGlobals) => {
      const frame = await fixture<HTMLDivElement>(html`<div></div>`);
      const args = { ...(journeyMapStories.default as unknown as Annotations).args, ...story.args } as Args;
      render(story.render!(args, { globals: { ...DEFAULT_GLOBALS, ...globals }, args }), frame);
      const toolbar = frame.querySelector('[role="toolbar"]')!;
      return [toolbar.getAttribute('aria-label'), ...Array.from(toolbar.querySelectorAll('button'), (button) => button.textContent)];
    };
    expect(await words(journeyMapStories.EditableRussian as Annotations, {})).to.deep.equal(['История', 'Отменить', 'Повторить']);
    expect(await words(journeyMapStories.EditableRomanian as Annotations, {})).to.deep.equal(['Istoric', 'Anulează', 'Refă']);
    expect(await words(journeyMapStories.Editable as Annotations, {})).to.deep.equal(['History', 'Undo', 'Redo']);
    // No locale arg: the toolbar's language.
    expect(await words(journeyMapStories.Editable as Annotations, { locale: 'ru' })).to.deep.equal(['История', 'Отменить', 'Повторить']);
  });
});
