import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { customElement, property } from 'lit/decorators.js';
import { withConsoleSpy } from '../test-support/console-spy.js';
import { SpineElement } from './base-element.js';
import { ContentController } from './content-controller.js';
import type { ContentErrorDetail } from './events.js';
import type { Language } from './language.js';
import { onDemand } from './on-demand.js';
import { ContentProblem, listOf, partial, text } from './validate.js';

interface Greeting {
  title: string;
  items: string[];
}
const builtIn: Record<Language, Greeting> = {
  en: { title: 'Hello', items: ['one'] },
  es: { title: 'Hola', items: ['uno'] },
};
const greetingOverride = partial({ title: text, items: listOf(text, { min: 1 }) });

@customElement('content-test-element')
class ContentTestElement extends SpineElement {
  @property() src?: string;
  @property({ attribute: false }) greeting?: Partial<Greeting>;
  @property() heading?: string;
  lazySpanish = false;
  brokenSpanish = false;
  reportedSpanish = false;

  readonly content = new ContentController<Greeting>(this, {
    // A language on demand arrives a little later, as over a network.
    builtIn: (language) => {
      if (language === 'es' && this.brokenSpanish) return Promise.reject(new Error('404 spine-widgets-es.js'));
      if (language === 'es' && this.reportedSpanish) return Promise.reject(Object.assign(new Error('404'), { spineReported: true }));
      return language === 'es' && this.lazySpanish ? new Promise((arrive) => setTimeout(() => arrive(builtIn.es), 50)) : builtIn[language];
    },
    apply: (override, base) => {
      if ((override as { forbidden?: boolean }).forbidden) throw new ContentProblem('unknown-id', 'forbidden content');
      return { ...base, ...greetingOverride(override, '') };
    },
    property: () => this.greeting,
  });

  override render() {
    const value = this.content.value;
    return html`<h2>${this.heading ?? value?.title}</h2>
      <ul>
        ${value?.items.map((item) => html`<li>${item}</li>`)}
      </ul>`;
  }
}

// Spanish on demand, loaded once as the widgets' built-in languages are (onDemand), 50 ms after it is first asked for.
const spanishOnDemand = onDemand(() => new Promise<Greeting>((arrive) => setTimeout(() => arrive(builtIn.es), 50)));

@customElement('content-first-render-element')
class FirstRenderElement extends SpineElement {
  /** What the shadow root held after the element's very first update. */
  firstText?: string;
  readonly content = new ContentController<Greeting>(this, {
    builtIn: (language) => (language === 'es' ? spanishOnDemand() : builtIn[language]),
    apply: (_override, base) => base,
    property: () => undefined,
  });

  override render() {
    return html`<h2>${this.content.value?.title}</h2>`;
  }

  protected override firstUpdated(): void {
    this.firstText = this.shadowRoot!.textContent!.trim();
  }
}

const titleOf = (element: ContentTestElement) => element.shadowRoot!.querySelector('h2')!.textContent;
const itemsOf = (element: ContentTestElement) => [...element.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);
const jsonUrl = (value: unknown) => `/__test__/json?body=${encodeURIComponent(JSON.stringify(value))}`;

/** Mounts an element and collects its content-error events and console errors. */
async function mount(template: ReturnType<typeof html>, settle: (el: ContentTestElement) => Promise<unknown> = (el) => el.updateComplete) {
  const events: ContentErrorDetail[] = [];
  let element!: ContentTestElement;
  const spy = await withConsoleSpy(async () => {
    const wrapper = document.createElement('div');
    wrapper.addEventListener('content-error', (event) => events.push(event.detail));
    document.body.append(wrapper);
    element = await fixture<ContentTestElement>(template, { parentNode: wrapper });
    await settle(element);
  });
  return { element, events, errors: spy.errors };
}

describe('ContentController', () => {
  it('shows the built-in content in the element language', async () => {
    const { element, events } = await mount(html`<content-test-element lang="es"></content-test-element>`);
    expect(titleOf(element)).to.equal('Hola');
    expect(events).to.deep.equal([]);
  });

  it('merges a child JSON script onto the built-in content', async () => {
    const { element } = await mount(html`<content-test-element>
      <script type="application/json">{ "title": "Welcome", "ignored": "<b>x</b>" }</script>
    </content-test-element>`);
    expect(titleOf(element)).to.equal('Welcome');
    expect(itemsOf(element)).to.deep.equal(['one']);
  });

  it('reads a JSON child added after the element connected', async () => {
    const { element } = await mount(html`<content-test-element></content-test-element>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{"title":"Late"}';
    element.append(script);
    await waitUntil(() => titleOf(element) === 'Late');
  });

  it('loads content from a src URL', async () => {
    const { element } = await mount(html`<content-test-element src=${jsonUrl({ items: ['a', 'b'] })}></content-test-element>`, (el) =>
      waitUntil(() => itemsOf(el).length === 2),
    );
    expect(itemsOf(element)).to.deep.equal(['a', 'b']);
  });

  it('takes a JS property first, then src, then the JSON child', async () => {
    const { element } = await mount(
      html`<content-test-element src=${jsonUrl({ title: 'From src' })}>
        <script type="application/json">{ "title": "From JSON" }</script>
      </content-test-element>`,
      (el) => waitUntil(() => titleOf(el) === 'From src'),
    );
    element.greeting = { title: 'From property' };
    await element.updateComplete;
    expect(titleOf(element)).to.equal('From property');
    element.greeting = undefined;
    element.removeAttribute('src');
    await element.updateComplete;
    expect(titleOf(element)).to.equal('From JSON');
  });

  it('lets attributes override texts', async () => {
    const { element } = await mount(html`<content-test-element heading="Attribute wins"></content-test-element>`);
    expect(titleOf(element)).to.equal('Attribute wins');
  });

  it('keeps the override when the language changes', async () => {
    const { element } = await mount(html`<content-test-element
      ><script type="application/json">{ "title": "Clinic" }</script></content-test-element
    >`);
    element.lang = 'es';
    await waitUntil(() => itemsOf(element)[0] === 'uno');
    expect(titleOf(element)).to.equal('Clinic');
  });

  it('waits for a language that loads on demand', async () => {
    const element = document.createElement('content-test-element') as ContentTestElement;
    element.lazySpanish = true;
    element.lang = 'es';
    const { element: mounted } = await mount(html`${element}`, (el) => waitUntil(() => titleOf(el) === 'Hola'));
    expect(mounted.content.value).to.deep.equal(builtIn.es);
  });

  it('says so once, names the fix, and marks the content failed when a language cannot load', async () => {
    const element = document.createElement('content-test-element') as ContentTestElement;
    element.brokenSpanish = true;
    element.lang = 'es';
    const { errors } = await mount(html`${element}`);
    expect(element.content.value).to.equal(undefined);
    expect(element.content.failed).to.equal(true);
    expect(errors).to.deep.equal(['<content-test-element>: could not load its "es" text (404 spine-widgets-es.js): keep the spine-widgets files together on your server.']);
    element.brokenSpanish = false;
    element.lang = 'en';
    await element.updateComplete;
    expect(element.content.failed).to.equal(false);
    expect(titleOf(element)).to.equal('Hello');
  });

  it('adds no message of its own when the script-tag file already explained the missing file', async () => {
    const element = document.createElement('content-test-element') as ContentTestElement;
    element.reportedSpanish = true;
    element.lang = 'es';
    const { errors } = await mount(html`${element}`);
    expect(element.content.failed).to.equal(true);
    expect(errors).to.deep.equal([]);
  });

  it('renders the words in its first update: no empty render while a language loads on demand', async () => {
    const element = document.createElement('content-first-render-element') as FirstRenderElement;
    element.lang = 'es';
    document.body.append(element);
    try {
      await element.updateComplete;
      expect(element.firstText).to.equal('Hola');
    } finally {
      element.remove();
    }
  });

  it('resolves updateComplete only once content that loads on demand is rendered', async () => {
    const element = document.createElement('content-test-element') as ContentTestElement;
    element.lazySpanish = true;
    element.lang = 'es';
    document.body.append(element);
    try {
      expect(element.content.value).to.equal(undefined);
      await element.updateComplete;
      expect(titleOf(element)).to.equal('Hola');
      expect(itemsOf(element)).to.deep.equal(['uno']);
    } finally {
      element.remove();
    }
  });

  describe('bad input keeps the built-in content, logs once and fires content-error', () => {
    it('malformed JSON child', async () => {
      const { element, events, errors } = await mount(html`<content-test-element>
        <script type="application/json">{ title: 'oops' </script>
      </content-test-element>`);
      expect(titleOf(element)).to.equal('Hello');
      expect(events).to.have.length(1);
      expect(events[0]).to.include({ reason: 'invalid-json', source: 'json' });
      expect(errors).to.have.length(1);
      expect(errors[0]).to.match(/^<content-test-element>: .*not valid JSON/);
    });

    it('content-error leaves a shadow root and reaches the document (bubbles, composed)', async () => {
      const host = document.createElement('div');
      host.attachShadow({ mode: 'open' });
      document.body.append(host);
      const seen: Event[] = [];
      const listener = (event: Event) => seen.push(event);
      document.addEventListener('content-error', listener);
      try {
        await withConsoleSpy(async () => {
          const element = document.createElement('content-test-element') as ContentTestElement;
          element.greeting = { title: '' };
          host.shadowRoot!.append(element);
          await element.updateComplete;
        });
        expect(seen).to.have.length(1);
        expect([seen[0].bubbles, seen[0].composed]).to.deep.equal([true, true]);
        expect(seen[0].target).to.equal(host);
      } finally {
        document.removeEventListener('content-error', listener);
        host.remove();
      }
    });

    it('JSON of the wrong shape, naming the path', async () => {
      const { element, events, errors } = await mount(html`<content-test-element>
        <script type="application/json">{ "items": ["fine", 42] }</script>
      </content-test-element>`);
      expect(itemsOf(element)).to.deep.equal(['one']);
      expect(events[0]).to.include({ reason: 'invalid-shape', source: 'json' });
      expect(errors[0]).to.contain('items[1] should be a non-empty string');
    });

    it('a property of the wrong shape', async () => {
      const element = document.createElement('content-test-element') as ContentTestElement;
      element.greeting = { title: 7 as unknown as string };
      const { events } = await mount(html`${element}`);
      expect(titleOf(element)).to.equal('Hello');
      expect(events[0]).to.include({ reason: 'invalid-shape', source: 'property' });
    });

    it('a widget-specific refusal', async () => {
      const element = document.createElement('content-test-element') as ContentTestElement;
      element.greeting = { forbidden: true } as Partial<Greeting>;
      const { events } = await mount(html`${element}`);
      expect(events[0]).to.include({ reason: 'unknown-id', source: 'property' });
    });

    it('a src that answers 404', async () => {
      const { element, events, errors } = await mount(html`<content-test-element src="/__test__/status/404"></content-test-element>`, () =>
        oneEvent(document.body, 'content-error'),
      );
      expect(titleOf(element)).to.equal('Hello');
      expect(events[0]).to.include({ reason: 'fetch-failed', source: 'src' });
      expect(errors[0]).to.contain('HTTP 404');
    });

    it('a src that is not JSON', async () => {
      const { events } = await mount(html`<content-test-element src="/__test__/text"></content-test-element>`, () =>
        oneEvent(document.body, 'content-error'),
      );
      expect(events[0]).to.include({ reason: 'invalid-json', source: 'src' });
    });

    it('a src that cannot be reached', async () => {
      const { events } = await mount(html`<content-test-element src="/__test__/drop"></content-test-element>`, () =>
        oneEvent(document.body, 'content-error'),
      );
      expect(events[0]).to.include({ reason: 'fetch-failed', source: 'src' });
    });

    it('an unsafe src, refused without a request', async () => {
      const { events, errors } = await mount(html`<content-test-element src="javascript:alert(1)"></content-test-element>`);
      expect(events[0]).to.include({ reason: 'unsafe-url', source: 'src' });
      expect(errors[0]).to.contain('https');
    });
  });
});

void ContentTestElement;
