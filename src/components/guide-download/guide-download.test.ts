import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { withConsoleSpy } from '../../test-support/console-spy.js';
import './guide-download.js';
import type { GuideDownload, GuideEventDetail, GuideEventName } from './guide-download.component.js';

interface Recorded {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

const HEADING = 'Neck Surgery: A Guide to Understanding Your Options';
const NAME = 'Wilhelmina Quark';
const EMAIL = 'w.quark@example.org';
const TYPED = [NAME, EMAIL, 'Wilhelmina', 'quark'];
const PAYLOAD_KEYS = ['name', 'email', 'consent', 'guide', 'lang', 'kind', 'page', 'submittedAt', 'requestId'];
const EVENTS: GuideEventName[] = ['guide-open', 'guide-request', 'guide-success', 'guide-error', 'guide-download'];
// Never fetched: the tests stop the link's navigation.
const PDF = '/guides/neck-surgery.pdf';

const recorded = async (): Promise<Recorded[]> =>
  ((await (await fetch('/__test__/requests')).json()) as Recorded[]).filter((r) => r.method === 'POST');
const resetRequests = () => fetch('/__test__/requests', { method: 'DELETE' });

const $ = <T extends HTMLElement = HTMLElement>(el: GuideDownload, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const active = (el: GuideDownload) => el.shadowRoot!.activeElement as HTMLElement | null;
const link = (el: GuideDownload) => $<HTMLAnchorElement>(el, 'a#download');

async function mount(template: ReturnType<typeof html>): Promise<GuideDownload> {
  await resetRequests();
  const el = await fixture<GuideDownload>(template);
  await el.updateComplete;
  return el;
}

/** A link click that does not navigate the test page away. */
function follow(el: GuideDownload): void {
  el.addEventListener('click', (e) => e.preventDefault(), { once: true });
  link(el).click();
}

async function openForm(el: GuideDownload): Promise<void> {
  const opened = oneEvent(el, 'guide-open');
  $(el, 'button[part=button]').click();
  await opened;
  await el.updateComplete;
}

function fill(el: GuideDownload, values: Partial<Record<'name' | 'email' | 'website', string>> = {}, consent = true) {
  for (const [name, value] of Object.entries({ name: NAME, email: EMAIL, ...values })) $<HTMLInputElement>(el, `[name=${name}]`).value = value;
  $<HTMLInputElement>(el, '#f-consent').checked = consent;
}

const submitButton = (el: GuideDownload) => $<HTMLButtonElement>(el, 'button[type=submit]');
const valueOf = (el: GuideDownload, name: string) => $<HTMLInputElement>(el, `[name=${name}]`).value;

async function submitAndWait(el: GuideDownload, outcome: 'guide-success' | 'guide-error'): Promise<GuideEventDetail> {
  const done = oneEvent(el, outcome);
  submitButton(el).click();
  const event = await done;
  await el.updateComplete;
  return event.detail;
}

const gated = (action = '/__test__/consult/ok') =>
  html`<guide-download href=${PDF} heading=${HEADING} file-size="2.4 MB" pages="18" action=${action} privacy-url="/privacy"
    ><p>What each kind of neck surgery does, and questions to ask.</p></guide-download
  >`;

describe('<guide-download>', () => {
  describe('open (no action)', () => {
    it('a real download link styled as the button, with the file details beside it', async () => {
      const el = await mount(html`<guide-download href=${PDF} heading=${HEADING} file-size="2.4 MB" pages="18"><p>A short guide.</p></guide-download>`);
      const a = link(el);
      expect(a.getAttribute('href')).to.equal(PDF);
      expect(a.hasAttribute('download'), 'same-origin: download').to.be.true;
      expect(a.hasAttribute('target')).to.be.false;
      expect(a.getAttribute('part')).to.equal('button');
      expect(a.textContent).to.equal(`Download the guide: ${HEADING}`);
      expect(a.getBoundingClientRect().height).to.be.at.least(44);
      const style = getComputedStyle(a);
      expect(style.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
      expect(style.borderTopColor).to.equal(style.backgroundColor);
      const meta = $(el, '[part=meta]');
      expect(meta.textContent).to.equal('PDF, 2.4 MB, 18 pages');
      expect(a.getAttribute('aria-describedby')).to.equal(meta.id);
      expect($(el, '[part=heading]').textContent).to.equal(HEADING);
      expect($(el, '[part=heading]').getAttribute('aria-level')).to.equal('3');
      expect($(el, '[part=card]').getAttribute('aria-labelledby')).to.equal('heading');
      expect(el.querySelector('p')!.getClientRects().length, 'description shown').to.be.above(0);
      expect(!$(el, 'form') && !$(el, 'button'), 'no form, no button').to.be.true;
      const downloaded = oneEvent(el, 'guide-download');
      follow(el);
      expect((await downloaded).detail).to.deep.equal({ mode: 'open', href: new URL(PDF, location.href).href });
      await expect(el).to.be.accessible();
    });

    it('far below the screen it shows nothing until the visitor scrolls towards it', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><div style="height: 400vh"></div><guide-download href=${PDF} heading="Guide"></guide-download></div>`);
      const el = wrapper.querySelector('guide-download')!;
      await el.updateComplete;
      expect(el.shadowRoot!.childElementCount, 'nothing rendered').to.equal(0);
      el.scrollIntoView();
      await waitUntil(() => link(el), 'rendered once near');
      scrollTo(0, 0);
    });

    it('a file on another origin opens in a new tab (download would be ignored) and says so', async () => {
      const el = await mount(html`<guide-download href="https://cdn.example/guides/neck.pdf" heading=${HEADING}></guide-download>`);
      const a = link(el);
      expect(a.hasAttribute('download')).to.be.false;
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener');
      expect(a.querySelector('.visually-hidden')!.textContent).to.contain('(opens in a new tab)');
      expect($(el, '[part=meta]').textContent).to.equal('PDF');
    });

    it('file-size in bytes or units and pages, localized; one page is singular; nothing to say, no meta', async () => {
      const meta = async (size: string | undefined, pages: number | undefined, href = PDF, lang = 'en') => {
        const el = await mount(html`<guide-download lang=${lang} href=${href} heading="Guide" file-size=${ifDefined(size)} pages=${ifDefined(pages)}></guide-download>`);
        await waitUntil(() => link(el));
        return el.shadowRoot!.querySelector('[part=meta]')?.textContent ?? null;
      };
      expect(await meta('2516582', 1)).to.equal('PDF, 2.5 MB, 1 page');
      expect(await meta('850 kB', undefined)).to.equal('PDF, 850 kB');
      expect(await meta('300', undefined)).to.equal('PDF, 1 kB');
      expect(await meta('1.2GB', 1200)).to.equal('PDF, 1.2 GB, 1,200 pages');
      expect(await meta('2,4 MB', 18, PDF, 'es')).to.equal('PDF, 2,4 MB, 18 páginas');
      expect(await meta(undefined, 1, PDF, 'es')).to.equal('PDF, 1 página');
      expect(await meta(undefined, undefined, '/guides/neck-surgery')).to.equal(null);
      const el = await mount(html`<guide-download href="/guides/neck-surgery" heading="Guide"></guide-download>`);
      expect(link(el).hasAttribute('aria-describedby')).to.be.false;
    });

    it('a file-size or pages it cannot read is reported and left out', async () => {
      let el!: GuideDownload;
      const spy = await withConsoleSpy(async () => {
        el = await mount(html`<guide-download href=${PDF} heading="Guide" file-size="big" pages="-2"></guide-download>`);
      });
      expect(spy.errors).to.have.length(2);
      expect(spy.errors[0]).to.contain('<guide-download>').and.contain('file-size="big" was not understood');
      expect(spy.errors[1]).to.contain('pages="-2" is not a whole number');
      expect($(el, '[part=meta]').textContent).to.equal('PDF');
    });

    it('label, heading-level and the cover slot', async () => {
      const el = await mount(
        html`<guide-download href=${PDF} heading=${HEADING} label="Get the PDF" heading-level="2"
          ><img slot="cover" alt="The guide's cover" width="120" height="160" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="
        /></guide-download>`,
      );
      expect(link(el).textContent).to.equal(`Get the PDF: ${HEADING}`);
      expect($(el, '[part=heading]').getAttribute('aria-level')).to.equal('2');
      expect($(el, '[part=cover]').hidden).to.be.false;
      expect(el.querySelector('img')!.getBoundingClientRect().width).to.be.above(0);
      const spy = await withConsoleSpy(async () => {
        el.headingLevel = 9;
        el.querySelector('img')!.remove();
        await el.updateComplete;
        await waitUntil(() => $(el, '[part=cover]').hidden);
      });
      expect($(el, '[part=heading]').getAttribute('aria-level')).to.equal('3');
      expect(spy.warnings[0]).to.contain('heading-level="9" is not 1 to 6');
      await expect(el).to.be.accessible();
    });

    it('without a heading, says how to fix it', async () => {
      const spy = await withConsoleSpy(() => mount(html`<guide-download href=${PDF}></guide-download>`));
      expect(spy.errors[0]).to.contain('<guide-download>: add heading=');
    });

    it('a hostile heading is text: no markup, no script, in the page or the payload', async () => {
      const hostile = `<img src=x onerror="window.__pwned=1">"><script>window.__pwned=2</script>`;
      const el = await mount(html`<guide-download href=${PDF} heading=${hostile} action="/__test__/consult/ok"></guide-download>`);
      expect($(el, '[part=heading]').textContent).to.equal(hostile);
      expect(el.shadowRoot!.querySelector('img, script:not([type])')).to.equal(null);
      await openForm(el);
      fill(el);
      await submitAndWait(el, 'guide-success');
      expect(link(el).textContent).to.contain(hostile);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(JSON.parse((await recorded())[0].body).guide).to.equal(hostile);
      await new Promise((r) => setTimeout(r, 50));
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('fallback link and refused URLs', () => {
    it('without the script, the clinic child link is plain, visible HTML', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.innerHTML = `<guide-download-never-defined heading="Guide"><p>About the guide.</p><a href="${PDF}">Download the guide</a></guide-download-never-defined>`;
      const a = wrapper.querySelector('a')!;
      expect(a.getAttribute('href')).to.equal(PDF);
      expect(a.getClientRects().length).to.be.above(0);
    });

    it('once upgraded, the child link is hidden, the description stays, and the link serves as href', async () => {
      const el = await mount(html`<guide-download heading="Guide"><p>About the guide.</p><a href=${PDF}>Download the guide</a></guide-download>`);
      expect(el.querySelector('a')!.getClientRects().length).to.equal(0);
      expect(el.querySelector('p')!.getClientRects().length).to.be.above(0);
      expect(link(el).getAttribute('href')).to.equal(PDF);
    });

    it('a child link added after upgrade is picked up', async () => {
      const el = await mount(html`<guide-download heading="Guide"></guide-download>`);
      expect(!link(el), 'absent').to.be.true;
      el.innerHTML = `<a href="/later.pdf">Download</a>`;
      await waitUntil(() => link(el));
      expect(link(el).getAttribute('href')).to.equal('/later.pdf');
    });

    for (const url of ['javascript:alert(1)', 'data:application/pdf;base64,JVBERi0=', 'http://example.com/guide.pdf']) {
      it(`href="${url}" is refused with a console error; the child link is used, or the clinic's own children shown`, async () => {
        let el!: GuideDownload;
        const spy = await withConsoleSpy(async () => {
          el = await mount(html`<guide-download heading="Guide" href=${url}><a href=${PDF}>Download</a></guide-download>`);
        });
        expect(spy.errors).to.have.length(1);
        expect(spy.errors[0]).to.contain('<guide-download>').and.contain(`href="${url}" was refused`);
        expect(link(el).getAttribute('href')).to.equal(PDF);
        el.querySelector('a')!.setAttribute('href', url);
        await waitUntil(() => !link(el));
        // Nothing safe to link to: the clinic's own (now refused) link is not turned into a button either.
        expect(el.shadowRoot!.querySelector('a')).to.equal(null);
        expect(el.shadowRoot!.querySelector('slot')).to.exist;
      });
    }

    it('an unsafe action is refused: no form, nothing sent, the plain download link instead', async () => {
      let el!: GuideDownload;
      const spy = await withConsoleSpy(async () => {
        el = await mount(html`<guide-download heading="Guide" href=${PDF} action="javascript:fetch('//evil.example')"></guide-download>`);
      });
      expect(spy.errors[0]).to.contain(`action="javascript:fetch('//evil.example')" was refused`);
      expect(el.shadowRoot!.querySelector('form, button')).to.equal(null);
      expect(link(el).getAttribute('href')).to.equal(PDF);
      expect(await recorded()).to.have.length(0);
    });

    it('an unsafe privacy-url is refused and not linked', async () => {
      let el!: GuideDownload;
      const spy = await withConsoleSpy(async () => {
        el = await mount(html`<guide-download heading="Guide" href=${PDF} action="/__test__/consult/ok" privacy-url="javascript:alert(1)"></guide-download>`);
        await openForm(el);
      });
      expect(spy.errors[0]).to.contain('privacy-url="javascript:alert(1)" was refused');
      expect(!$(el, '.privacy'), 'absent').to.be.true;
    });
  });

  describe('gated (action set)', () => {
    afterEach(() => history.replaceState(null, '', location.pathname));

    it('shows "Get the guide" with the file details, no download link and no form until asked', async () => {
      const el = await mount(gated());
      const button = $(el, 'button[part=button]');
      expect(button.textContent!.trim()).to.equal('Get the guide');
      expect(button.getAttribute('aria-describedby')).to.equal('meta');
      expect($(el, '[part=meta]').textContent).to.equal('PDF, 2.4 MB, 18 pages');
      expect(!link(el) && !$(el, 'form'), 'no link, no form').to.be.true;
      await expect(el).to.be.accessible();
    });

    for (const intent of ['pointerenter', 'focus'] as const) {
      it(`the form's code loads on intent (${intent}); pressing shows the form with focus on the name`, async () => {
        const el = await mount(gated());
        const button = $(el, 'button[part=button]');
        if (intent === 'focus') button.focus();
        else button.dispatchEvent(new PointerEvent('pointerenter'));
        await el.updateComplete;
        expect(!$(el, 'form'), 'not shown before the press').to.be.true;
        const opened = oneEvent(el, 'guide-open');
        button.click();
        expect((await opened).detail).to.deep.equal({ mode: 'gated' });
        await el.updateComplete;
        expect(active(el)?.id).to.equal('f-name');
        expect($(el, 'label[for=f-name]').textContent).to.equal('Your name');
        expect($<HTMLInputElement>(el, '#f-name').autocomplete).to.equal('name');
        expect($<HTMLInputElement>(el, '#f-email').type).to.equal('email');
        expect($<HTMLInputElement>(el, '#f-email').autocomplete).to.equal('email');
        expect($(el, '.privacy').getAttribute('href')).to.equal('/privacy');
        for (const target of el.shadowRoot!.querySelectorAll<HTMLElement>('form button, form input:not([tabindex="-1"]), .privacy')) {
          const box = target.closest('label.choice') ?? target;
          expect(box.getBoundingClientRect().height, target.outerHTML).to.be.at.least(44);
        }
        await expect(el).to.be.accessible();
      });
    }

    it('a failed submit shows an error summary that takes focus and links to each field', async () => {
      const el = await mount(gated());
      await openForm(el);
      submitButton(el).click();
      await waitUntil(() => active(el)?.classList.contains('summary'));
      const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.summary a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#f-name', '#f-email', '#f-consent']);
      expect($(el, '.summary [role=heading]').getAttribute('aria-level')).to.equal('4');
      // Read with its errors when it takes focus, as the consultation form's summary is.
      expect($(el, '.summary').getAttribute('aria-describedby')).to.equal('summary-list');
      expect($(el, '#summary-list').textContent).to.contain('Enter your name.');
      expect($(el, '#e-email').textContent).to.contain('Enter your email address');
      expect($(el, '#f-email').getAttribute('aria-describedby')).to.equal('e-email');
      links[1].click();
      expect(active(el)?.id).to.equal('f-email');
      await expect(el).to.be.accessible();
      // Fixing a field clears its error on leaving it; a wrong email says how to fix it.
      $<HTMLInputElement>(el, '#f-name').value = NAME;
      $(el, '#f-name').dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
      $<HTMLInputElement>(el, '#f-email').value = 'not-an-email';
      $(el, '#f-email').dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(!$(el, '#e-name'), 'name error cleared').to.be.true;
      expect($(el, '#e-email').textContent).to.contain('like name@example.com');
      $<HTMLInputElement>(el, '#f-consent').click();
      await el.updateComplete;
      expect(!$(el, '#e-consent'), 'consent error cleared').to.be.true;
      expect(await recorded()).to.have.length(0);
    });

    it('success (JSON): exact payload, same headers as the consult form; the link appears and takes focus', async () => {
      history.replaceState(null, '', `${location.pathname}?utm_source=newsletter&utm_medium=email&other=1`);
      const el = await mount(gated());
      await openForm(el);
      fill(el);
      const requested = oneEvent(el, 'guide-request');
      const detail = await submitAndWait(el, 'guide-success');
      const [request, ...more] = await recorded();
      expect(more).to.have.length(0);
      expect(request.path).to.equal('/__test__/consult/ok');
      expect(request.headers['content-type']).to.equal('application/json');
      expect(request.headers.cookie).to.equal(undefined);
      const body = JSON.parse(request.body);
      expect(Object.keys(body)).to.have.members([...PAYLOAD_KEYS, 'utm_source', 'utm_medium']);
      expect(body).to.include({
        name: NAME,
        email: EMAIL,
        consent: true,
        guide: HEADING,
        kind: 'guide',
        lang: 'en',
        page: location.origin + location.pathname,
        utm_source: 'newsletter',
        utm_medium: 'email',
      });
      expect(new Date(body.submittedAt).toISOString()).to.equal(body.submittedAt);
      expect(request.headers['idempotency-key']).to.equal(body.requestId);
      expect((await requested).detail).to.deep.equal({ mode: 'gated', requestId: body.requestId });
      expect(detail).to.deep.equal({ mode: 'gated', requestId: body.requestId, status: 200 });
      expect($(el, '[role=status]').textContent).to.contain('Your guide is ready');
      expect(!$(el, 'form'), 'form gone').to.be.true;
      expect(link(el).getAttribute('href')).to.equal(PDF);
      expect(link(el).hasAttribute('download')).to.be.true;
      expect(active(el) === link(el), 'link focused').to.be.true;
      expect($(el, '[part=meta]').textContent).to.equal('PDF, 2.4 MB, 18 pages');
      await expect(el).to.be.accessible();
      const downloaded = oneEvent(el, 'guide-download');
      follow(el);
      expect((await downloaded).detail).to.deep.equal({ mode: 'gated', href: new URL(PDF, location.href).href });
    });

    it('success (url-encoded): the same keys as form fields', async () => {
      const el = await mount(html`<guide-download href=${PDF} heading=${HEADING} action="/__test__/consult/ok" encoding="form"></guide-download>`);
      await openForm(el);
      fill(el);
      await submitAndWait(el, 'guide-success');
      const [request] = await recorded();
      expect(request.headers['content-type']).to.match(/^application\/x-www-form-urlencoded/);
      const body = new URLSearchParams(request.body);
      expect([...body.keys()]).to.have.members(PAYLOAD_KEYS);
      expect(body.get('kind')).to.equal('guide');
      expect(body.get('consent')).to.equal('true');
      expect(body.get('guide')).to.equal(HEADING);
    });

    it('500 then Retry: values kept, the endpoint sees the same request id twice, then the link', async () => {
      const el = await mount(gated('/__test__/consult/flaky'));
      await openForm(el);
      fill(el);
      const failed = await submitAndWait(el, 'guide-error');
      expect(failed.status).to.equal(500);
      const alert = $(el, '[role=alert] .alert');
      expect(alert.textContent).to.contain('What you typed is still here');
      expect(valueOf(el, 'name')).to.equal(NAME);
      expect(valueOf(el, 'email')).to.equal(EMAIL);
      expect(!link(el), 'no link yet').to.be.true;
      await expect(el).to.be.accessible();
      const succeeded = oneEvent(el, 'guide-success');
      alert.querySelector<HTMLButtonElement>('button')!.click();
      expect((await succeeded).detail.requestId).to.equal(failed.requestId);
      const [first, second] = await recorded();
      expect(JSON.parse(first.body).requestId).to.equal(failed.requestId);
      expect(JSON.parse(second.body).requestId).to.equal(failed.requestId);
      expect(JSON.parse(second.body).submittedAt).to.equal(JSON.parse(first.body).submittedAt);
      await el.updateComplete;
      await waitUntil(() => active(el) === link(el), 'link focused');
    });

    it('network failure and timeout: a clear message with Retry, everything kept', async () => {
      for (const [action, timeout] of [
        ['/__test__/drop', 15000],
        ['/__test__/hang', 300],
      ] as const) {
        const el = await mount(html`<guide-download href=${PDF} heading="Guide" action=${action} timeout=${timeout}></guide-download>`);
        await openForm(el);
        fill(el);
        const detail = await submitAndWait(el, 'guide-error');
        expect(detail).to.have.keys(['mode', 'requestId']);
        expect($(el, '.alert button').textContent).to.equal('Try again');
        expect(valueOf(el, 'email')).to.equal(EMAIL);
      }
    });

    it('422 with field errors from the server: shown at their fields, summary focused, no link', async () => {
      const el = await mount(gated('/__test__/consult/invalid'));
      await openForm(el);
      fill(el);
      const detail = await submitAndWait(el, 'guide-error');
      expect(detail.status).to.equal(422);
      await waitUntil(() => active(el)?.classList.contains('summary'));
      expect($(el, '#e-email').textContent).to.contain('cannot receive mail');
      expect($(el, '#f-email').getAttribute('aria-invalid')).to.equal('true');
      expect(!$(el, '.alert') && !link(el), 'no general error, no link').to.be.true;
      expect(valueOf(el, 'email')).to.equal(EMAIL);
      // A corrected request is a new request.
      const again = await submitAndWait(el, 'guide-error');
      expect(again.requestId).to.not.equal(detail.requestId);
    });

    it('another 4xx: a general error, no Retry, no link', async () => {
      const el = await mount(gated('/__test__/consult/rejected'));
      await openForm(el);
      fill(el);
      expect((await submitAndWait(el, 'guide-error')).status).to.equal(400);
      const alert = $(el, '.alert');
      expect(alert.textContent).to.contain('We could not take your details online');
      expect(!alert.querySelector('button') && !link(el), 'no Retry, no link').to.be.true;
    });

    it('double submit sends once, with a busy button', async () => {
      const el = await mount(gated());
      await openForm(el);
      fill(el);
      const done = oneEvent(el, 'guide-success');
      submitButton(el).click();
      await el.updateComplete;
      expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
      expect(submitButton(el).textContent).to.equal('Sending…');
      submitButton(el).click();
      $<HTMLFormElement>(el, 'form').requestSubmit();
      await done;
      expect(await recorded()).to.have.length(1);
    });

    it('honeypot filled: the link is shown and nothing is sent', async () => {
      const el = await mount(gated());
      await openForm(el);
      fill(el, { website: 'https://spam.example' });
      submitButton(el).click();
      await waitUntil(() => link(el));
      expect(await recorded()).to.have.length(0);
    });
  });

  describe('events and privacy', () => {
    it('bubble and are composed, carry no typed value; dataLayer entries match', async () => {
      const w = window as unknown as { dataLayer?: Record<string, unknown>[] };
      w.dataLayer = [];
      const seen: { type: string; bubbles: boolean; composed: boolean; target: EventTarget | null; detail: GuideEventDetail }[] = [];
      const listener = (e: Event) => seen.push({ type: e.type, bubbles: e.bubbles, composed: e.composed, target: e.target, detail: (e as CustomEvent).detail });
      for (const name of EVENTS) document.addEventListener(name, listener);
      try {
        await resetRequests();
        // Inside another component's shadow root, only a composed event gets out to the document.
        const outer = await fixture<HTMLElement>(html`<div></div>`);
        outer.attachShadow({ mode: 'open' }).innerHTML = `<guide-download href="${PDF}" heading="Guide" action="/__test__/consult/flaky" analytics="datalayer"></guide-download>`;
        const el = outer.shadowRoot!.querySelector('guide-download')!;
        await el.updateComplete;
        const logs = await withConsoleSpy(async () => {
          await openForm(el);
          fill(el);
          await submitAndWait(el, 'guide-error');
          const succeeded = oneEvent(el, 'guide-success');
          $<HTMLButtonElement>(el, '.alert button').click();
          await succeeded;
          await el.updateComplete;
          follow(el);
        });
        expect(seen.map((e) => e.type)).to.deep.equal(['guide-open', 'guide-request', 'guide-error', 'guide-request', 'guide-success', 'guide-download']);
        for (const event of seen) {
          expect(event.bubbles, event.type).to.be.true;
          expect(event.composed, event.type).to.be.true;
          expect(event.target === outer, event.type).to.be.true;
          expect(Object.keys(event.detail).every((k) => ['mode', 'requestId', 'status', 'href'].includes(k)), event.type).to.be.true;
        }
        expect(w.dataLayer.map((entry) => entry.event)).to.deep.equal(seen.map((e) => e.type));
        expect(w.dataLayer[2]).to.deep.equal({ event: 'guide-error', ...seen[2].detail });
        const everything = JSON.stringify([seen.map((e) => e.detail), w.dataLayer, logs.errors, logs.warnings, { ...localStorage }, { ...sessionStorage }, document.cookie]);
        for (const value of TYPED) expect(everything).to.not.contain(value);
      } finally {
        for (const name of EVENTS) document.removeEventListener(name, listener);
        delete w.dataLayer;
      }
    });

    it('without analytics="datalayer", nothing is pushed', async () => {
      const w = window as unknown as { dataLayer?: unknown[] };
      const el = await mount(html`<guide-download href=${PDF} heading="Guide"></guide-download>`);
      follow(el);
      expect(w.dataLayer).to.equal(undefined);
      // Nor into the dataLayer Google Tag Manager already made on the page.
      w.dataLayer = [];
      try {
        const downloaded = oneEvent(el, 'guide-download');
        follow(el);
        await downloaded;
        expect(w.dataLayer).to.deep.equal([]);
      } finally {
        delete w.dataLayer;
      }
    });
  });

  describe('languages and texts', () => {
    it('speaks Spanish and sends lang "es"', async () => {
      await resetRequests();
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="es"><guide-download href=${PDF} heading="Cirugía de cuello: una guía" file-size="2.4 MB" pages="18" action="/__test__/consult/ok"></guide-download></div>`,
      );
      const el = wrapper.querySelector('guide-download')!;
      await waitUntil(() => $(el, '[part=button]')?.textContent?.trim() === 'Obtener la guía');
      expect($(el, '[part=meta]').textContent).to.equal('PDF, 2,4 MB, 18 páginas');
      await openForm(el);
      submitButton(el).click();
      await el.updateComplete;
      expect($(el, '#e-name').textContent).to.contain('Escriba su nombre');
      await expect(el).to.be.accessible();
      fill(el);
      await submitAndWait(el, 'guide-success');
      expect($(el, '.done').textContent).to.contain('Gracias');
      expect(link(el).textContent).to.equal('Descargar la guía: Cirugía de cuello: una guía');
      expect(JSON.parse((await recorded())[0].body).lang).to.equal('es');
    });

    it('texts overrides the built-in texts; a bad override is refused', async () => {
      const el = await mount(html`<guide-download href=${PDF} heading="Guide" pages="2" .texts=${{ download: 'Save the PDF', pages: { other: '{n} pp.' } }}></guide-download>`);
      expect(link(el).textContent).to.equal('Save the PDF: Guide');
      expect($(el, '[part=meta]').textContent).to.equal('PDF, 2 pp.');
      const errors: unknown[] = [];
      el.addEventListener('content-error', (e) => errors.push(e.detail));
      const spy = await withConsoleSpy(async () => {
        el.texts = { download: 42 };
        await el.updateComplete;
      });
      expect(spy.errors[0]).to.contain('texts.download should be a non-empty string');
      expect(link(el).textContent).to.equal('Download the guide: Guide');
      expect(errors).to.have.length(1);
    });
  });

  describe('axe in every state', () => {
    // How long the hanging request is given before it times out: long enough for axe to check the sending state.
    const SENDING_MS = 2000;
    for (const theme of ['light', 'dark'] as const) {
      it(`${theme}: open, gated, form, with errors, sending, failed, succeeded`, async function (this: Mocha.Context) {
        // Seven full axe runs (colour contrast is the slow rule, slower on the dark theme) and a request that times out.
        this.timeout(30_000);
        const open = await mount(html`<guide-download theme=${theme} href=${PDF} heading=${HEADING} file-size="2.4 MB" pages="18"><p>About the guide.</p></guide-download>`);
        await expect(open).to.be.accessible();
        const el = await mount(
          html`<guide-download theme=${theme} href=${PDF} heading=${HEADING} file-size="2.4 MB" pages="18" action="/__test__/hang" timeout=${SENDING_MS} privacy-url="/privacy"
            ><p>About the guide.</p></guide-download
          >`,
        );
        await expect(el).to.be.accessible();
        await openForm(el);
        await expect(el).to.be.accessible();
        submitButton(el).click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
        fill(el);
        const failed = oneEvent(el, 'guide-error');
        submitButton(el).click();
        await el.updateComplete;
        const sending = () => [submitButton(el).getAttribute('aria-disabled'), submitButton(el).textContent];
        expect(sending(), 'sending when axe starts').to.deep.equal(['true', 'Sending…']);
        await expect(el).to.be.accessible();
        expect(sending(), 'still sending when axe is done').to.deep.equal(['true', 'Sending…']);
        await failed;
        await el.updateComplete;
        await expect(el).to.be.accessible();
        el.action = '/__test__/consult/ok';
        const done = oneEvent(el, 'guide-success');
        $<HTMLButtonElement>(el, '.alert button').click();
        await done;
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }
  });
});
