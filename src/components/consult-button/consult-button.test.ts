import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { withConsoleSpy } from '../../test-support/console-spy.js';
import { $, clearRequests, dialogOf, formOf, mount, open, submitAndWait, submitButton, valueOf } from '../../test-support/consult-button.js';
import './consult-button.js';
import type { ConsultButton, ConsultEventDetail } from './consult-button.component.js';

interface Recorded {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

const NAME = 'Zelda Quixote';
const PHONE = '555 867 5309';
const EMAIL = 'zelda.q@example.org';
const MESSAGE = 'My lower back hurts when I sit';
const TYPED = [NAME, PHONE, EMAIL, MESSAGE, 'zelda', '8675309'];
const PAYLOAD_KEYS = ['name', 'phone', 'email', 'contactPreference', 'reason', 'message', 'consent', 'kind', 'page', 'lang', 'submittedAt', 'requestId'];

const recorded = async (): Promise<Recorded[]> =>
  ((await (await fetch('/__test__/requests')).json()) as Recorded[]).filter((r) => r.method === 'POST');
const active = (el: ConsultButton) => el.shadowRoot!.activeElement as HTMLElement | null;

function fill(el: ConsultButton, values: Partial<Record<'name' | 'phone' | 'email' | 'message' | 'reason' | 'website', string>> = {}, consent = true) {
  const all = { name: NAME, phone: PHONE, email: EMAIL, message: MESSAGE, reason: 'sciatica', ...values };
  for (const [name, value] of Object.entries(all)) {
    const field = el.shadowRoot!.querySelector<HTMLInputElement>(`[name=${name}]`);
    if (field) field.value = value;
  }
  const email = el.shadowRoot!.querySelector<HTMLInputElement>('[name=contactPreference][value=email]');
  if (email) email.checked = true;
  $<HTMLInputElement>(el, '#f-consent').checked = consent;
}

describe('<consult-button>', () => {
  describe('modes', () => {
    it('href: a styled real link with the default label and the variant', async () => {
      const el = await mount(html`<consult-button href="/contact" variant="secondary"></consult-button>`);
      const link = $<HTMLAnchorElement>(el, 'a[part=button]');
      expect(link.getAttribute('href')).to.equal('/contact');
      expect(link.textContent!.trim()).to.equal('Request a Consultation');
      expect(link.hasAttribute('target')).to.be.false;
      expect(link.getBoundingClientRect().height).to.be.at.least(44);
      expect(getComputedStyle(link).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      el.addEventListener('click', (e) => e.preventDefault());
      const opened = oneEvent(el, 'consult-open');
      link.click();
      expect((await opened).detail).to.deep.equal({ mode: 'href' });
      await expect(el).to.be.accessible();
    });

    it('variant: primary (the default), secondary and link each look different', async () => {
      const looks: Record<string, { background: string; decoration: string; border: string }> = {};
      for (const variant of ['primary', 'secondary', 'link'] as const) {
        const el = await mount(
          variant === 'primary' ? html`<consult-button href="/contact"></consult-button>` : html`<consult-button href="/contact" variant=${variant}></consult-button>`,
        );
        expect(el.getAttribute('variant')).to.equal(variant === 'primary' ? null : variant);
        const style = getComputedStyle($(el, 'a[part=button]'));
        looks[variant] = { background: style.backgroundColor, decoration: style.textDecorationLine, border: style.borderTopColor };
      }
      const { primary, secondary, link } = looks;
      // Primary: a filled button in the brand colour, its border the same colour, no underline.
      expect(primary.background).to.not.equal('rgba(0, 0, 0, 0)');
      expect(primary.border).to.equal(primary.background);
      expect(primary.decoration).to.equal('none');
      // Secondary: outlined, no fill, no underline.
      expect(secondary.background).to.equal('rgba(0, 0, 0, 0)');
      expect(secondary.border).to.equal(primary.background);
      expect(secondary.decoration).to.equal('none');
      // Link: underlined text, no fill and no visible border.
      expect(link.background).to.equal('rgba(0, 0, 0, 0)');
      expect(link.border).to.equal('rgba(0, 0, 0, 0)');
      expect(link.decoration).to.equal('underline');
    });

    it('label overrides the button text', async () => {
      const el = await mount(html`<consult-button href="/contact" label="Book now"></consult-button>`);
      expect($(el, '[part=button]').textContent!.trim()).to.equal('Book now');
    });

    it('booking-url: opens in a new tab with rel=noopener and says so', async () => {
      const el = await mount(html`<consult-button booking-url="https://cal.example/clinic"></consult-button>`);
      const link = $<HTMLAnchorElement>(el, 'a[part=button]');
      expect(link.href).to.equal('https://cal.example/clinic');
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener');
      expect(link.querySelector('.visually-hidden')!.textContent).to.contain('new tab');
      await expect(el).to.be.accessible();
    });

    it('booking-mode="dialog": a titled iframe inside the dialog, loaded only once opened', async () => {
      const el = await mount(html`<consult-button booking-url="/__test__/text" booking-mode="dialog" phone="555-0100"></consult-button>`);
      expect(!$(el, 'iframe'), 'absent').to.be.true;
      expect(await (await fetch("/__test__/requests")).json()).to.have.length(0);
      await open(el);
      const frame = $<HTMLIFrameElement>(el, 'iframe');
      expect(frame.title).to.equal('Book a visit online');
      expect(frame.getAttribute('src')).to.equal('/__test__/text');
      expect(dialogOf(el).open).to.be.true;
      expect(active(el) === frame, 'iframe focused').to.be.true;
      expect($(el, '.call a').getAttribute('href')).to.equal('tel:5550100');
      await expect(el).to.be.accessible();
      const closed = oneEvent(el, 'consult-close');
      dialogOf(el).close();
      await closed;
      await el.updateComplete;
      expect(!$(el, 'iframe'), 'absent').to.be.true;
    });

    it('action: a button that opens the form dialog', async () => {
      const el = await mount(html`<consult-button action="/__test__/consult/ok"></consult-button>`);
      const button = $(el, 'button[part=button]');
      expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
      expect(dialogOf(el).open).to.be.false;
      await expect(el).to.be.accessible();
    });
  });

  describe('fallback link', () => {
    it('without the script, the clinic child link is plain, visible HTML', async () => {
      // An element whose definition never arrives is what a page shows when the script fails to load.
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.innerHTML = '<consult-button-never-defined><a href="/contact">Request a Consultation</a></consult-button-never-defined>';
      const link = wrapper.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('/contact');
      expect(link.getClientRects().length).to.be.above(0);
      expect(customElements.get('consult-button-never-defined')).to.equal(undefined);
    });

    it('once upgraded, the child link is hidden and its href serves as href', async () => {
      const el = await mount(html`<consult-button><a href="/contact-us">Contact</a></consult-button>`);
      expect(el.querySelector('a')!.getClientRects().length).to.equal(0);
      expect($(el, 'a[part=button]').getAttribute('href')).to.equal('/contact-us');
    });

    it('a child link added after upgrade is picked up', async () => {
      const el = await mount(html`<consult-button></consult-button>`);
      expect(!$(el, '[part=button]'), 'absent').to.be.true;
      el.innerHTML = '<a href="/later">Contact</a>';
      await waitUntil(() => $(el, '[part=button]'));
      expect($(el, '[part=button]').getAttribute('href')).to.equal('/later');
    });
  });

  describe('refused URLs', () => {
    for (const [attribute, url] of [
      ['action', 'javascript:alert(1)'],
      ['booking-url', 'data:text/html,hi'],
      ['href', 'http://example.com/contact'],
    ] as const) {
      it(`${attribute}="${url}" is refused with a console error and falls back to the child link`, async () => {
        let el!: ConsultButton;
        const spy = await withConsoleSpy(async () => {
          el = await mount(html`<consult-button><a href="/contact">Contact</a></consult-button>`);
          el.setAttribute(attribute, url);
          await el.updateComplete;
        });
        expect(spy.errors).to.have.length(1);
        expect(spy.errors[0]).to.contain('<consult-button>').and.contain(`${attribute}="${url}" was refused`);
        const link = $<HTMLAnchorElement>(el, '[part=button]');
        expect(link.getAttribute('href')).to.equal('/contact');
        expect(!link.getAttribute('target'), 'absent').to.be.true;
      });
    }

    it('without a child link, falls back to the phone; with nothing left, renders nothing', async () => {
      let el!: ConsultButton;
      const spy = await withConsoleSpy(async () => {
        el = await mount(html`<consult-button action="javascript:void(0)" phone="(555) 010-0199"></consult-button>`);
      });
      expect(spy.errors[0]).to.contain('action="javascript:void(0)" was refused');
      expect($(el, '[part=button]').getAttribute('href')).to.equal('tel:5550100199');
      el.phone = undefined;
      await el.updateComplete;
      expect(!$(el, '[part=button]'), 'absent').to.be.true;
    });

    it('an unsafe privacy-url is refused and not linked', async () => {
      let el!: ConsultButton;
      const spy = await withConsoleSpy(async () => {
        el = await mount(html`<consult-button action="/__test__/consult/ok" privacy-url="javascript:alert(1)"></consult-button>`);
      });
      expect(spy.errors[0]).to.contain('privacy-url="javascript:alert(1)" was refused');
      expect(!$(el, '.privacy'), 'absent').to.be.true;
    });
  });

  describe('the dialog', () => {
    for (const intent of ['pointerenter', 'focus'] as const) {
      it(`the form loads on intent (${intent}), before the dialog opens`, async () => {
        const el = await mount(html`<consult-button action="/__test__/consult/ok"></consult-button>`);
        const dialog = dialogOf(el);
        expect(dialog.querySelector('form'), 'no form before any interaction').to.equal(null);
        const button = $(el, 'button[part=button]');
        if (intent === 'focus') button.focus();
        else button.dispatchEvent(new PointerEvent('pointerenter'));
        await el.updateComplete;
        expect(dialog.open, 'still closed').to.be.false;
        expect(dialog.querySelector('form'), 'the form after the intent').to.exist;
      });
    }

    it('opens modally, named by its heading, with focus on the first field', async () => {
      const el = await mount(html`<consult-button action="/__test__/consult/ok" phone="555-0100"></consult-button>`);
      await open(el);
      const dialog = dialogOf(el);
      expect(dialog.open).to.be.true;
      expect(dialog.matches(':modal')).to.be.true;
      expect(dialog.getAttribute('aria-labelledby')).to.equal('heading');
      expect($(el, '#heading').textContent).to.equal('Request a consultation');
      expect(active(el)?.id).to.equal('f-name');
      const close = $(el, '.close');
      expect(close.textContent!.trim()).to.equal('Close');
      for (const target of el.shadowRoot!.querySelectorAll<HTMLElement>('dialog button, dialog input:not([tabindex="-1"]), dialog select, .call a')) {
        const box = target.closest('label.choice') ?? target;
        expect(box.getBoundingClientRect().height, target.outerHTML).to.be.at.least(44);
      }
      await expect(el).to.be.accessible();
    });

    it('Tab and Shift+Tab stay inside the dialog', async () => {
      const el = await mount(html`<consult-button action="/__test__/consult/ok" phone="555-0100" privacy-url="/privacy"></consult-button>`);
      await open(el);
      const dialog = dialogOf(el);
      const seen = new Set<HTMLElement>();
      for (let i = 0; i < 16; i++) {
        await sendKeys({ press: 'Tab' });
        const now = active(el);
        expect(now && dialog.contains(now), `Tab ${i + 1} left the dialog`).to.be.true;
        seen.add(now!);
      }
      // It went round: the first field came back.
      expect([...seen].map((e) => e.id)).to.include('f-name');
      // From the first item (the close button), Shift+Tab wraps to the last.
      $(el, '.close').focus();
      try {
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
      } catch {
        // WebKit's WebDriver cannot hold Shift: the same keydown, dispatched, must wrap to the last item.
        active(el)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true, composed: true }));
      }
      expect(dialog.contains(active(el))).to.be.true;
      expect(active(el)?.classList.contains('close')).to.be.false;
    });

    it('Escape closes it and focus returns to the button', async () => {
      const el = await mount(html`<consult-button action="/__test__/consult/ok"></consult-button>`);
      await open(el);
      const closed = oneEvent(el, 'consult-close');
      await sendKeys({ press: 'Escape' });
      expect((await closed).detail).to.deep.equal({ mode: 'action' });
      expect(dialogOf(el).open).to.be.false;
      expect(document.activeElement === el, 'host focused').to.be.true;
      expect(active(el) === $(el, '[part=button]'), 'button focused').to.be.true;
    });

    it('the close button closes it and focus returns to the button', async () => {
      const el = await mount(html`<consult-button action="/__test__/consult/ok"></consult-button>`);
      await open(el);
      const closed = oneEvent(el, 'consult-close');
      $(el, '.close').click();
      await closed;
      expect(dialogOf(el).open).to.be.false;
      expect(active(el) === $(el, '[part=button]'), 'button focused').to.be.true;
    });

    it('the page behind neither scrolls nor jumps, and is restored on close', async () => {
      const spacer = document.createElement('div');
      spacer.style.height = '3000px';
      document.body.append(spacer);
      try {
        const el = await mount(html`<consult-button action="/__test__/consult/ok"></consult-button>`);
        window.scrollTo(0, 400);
        const width = document.documentElement.clientWidth;
        const scrollY = window.scrollY;
        await open(el);
        expect(window.scrollY).to.equal(scrollY);
        expect(document.documentElement.clientWidth).to.equal(width);
        expect(getComputedStyle(document.documentElement).overflow).to.equal('hidden');
        dialogOf(el).close();
        await oneEvent(el, 'consult-close');
        expect(window.scrollY).to.equal(scrollY);
        expect(document.documentElement.style.overflow).to.equal('');
      } finally {
        spacer.remove();
        window.scrollTo(0, 0);
      }
    });

    it('is full-screen on a narrow screen, without horizontal overflow', async function () {
      try {
        await setViewport({ width: 320, height: 640 });
      } catch {
        // WebKit's WebDriver cannot resize the window; Chromium and Firefox cover this.
        this.skip();
      }
      try {
        const el = await mount(html`<consult-button action="/__test__/consult/ok" phone="555-0100" privacy-url="/privacy"></consult-button>`);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        await open(el);
        const box = dialogOf(el).getBoundingClientRect();
        expect(box.width).to.equal(320);
        expect(box.height).to.equal(640);
        expect(dialogOf(el).scrollWidth).to.be.at.most(dialogOf(el).clientWidth);
        await expect(el).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  it('is full-screen in a 320px-wide frame, where the window cannot be resized (WebKit)', async function () {
    // Where setViewport works, the test above covers this (and a second copy of the module would skew coverage).
    const resizable = await setViewport({ width: 800, height: 600 }).then(
      () => true,
      () => false,
    );
    if (resizable) this.skip();
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 320px; height: 600px; border: 0';
    frame.srcdoc = `<!doctype html><html lang="en"><body style="margin:0">
      <consult-button action="/__test__/consult/ok" phone="555-0100"></consult-button>
      <script type="module" src="${new URL('./consult-button.ts', import.meta.url).pathname}"></script></body></html>`;
    const loaded = oneEvent(frame, 'load');
    document.body.append(frame);
    try {
      await loaded;
      const doc = frame.contentDocument!;
      await waitUntil(() => doc.querySelector('consult-button')?.shadowRoot?.querySelector('[part=button]'), 'the widget renders in the frame', { timeout: 5000 });
      const el = doc.querySelector('consult-button') as ConsultButton;
      expect(doc.documentElement.scrollWidth).to.be.at.most(320);
      await open(el);
      const box = dialogOf(el).getBoundingClientRect();
      expect([box.width, box.height]).to.deep.equal([320, 600]);
      expect(dialogOf(el).scrollWidth).to.be.at.most(dialogOf(el).clientWidth);
    } finally {
      frame.remove();
    }
  });

  describe('the form', () => {
    it('has labels, autocomplete and the reasons', async () => {
      const el = await mount(html`<consult-button action="/__test__/consult/ok" privacy-url="/privacy"></consult-button>`);
      await open(el);
      expect($(el, '#f-name').getAttribute('autocomplete')).to.equal('name');
      expect($(el, '#f-email').getAttribute('autocomplete')).to.equal('email');
      expect($(el, '#f-phone').getAttribute('autocomplete')).to.equal('tel');
      expect($(el, 'label[for=f-email]').textContent).to.contain('Email address');
      const reasons = [...el.shadowRoot!.querySelectorAll('#f-reason option')].map((o) => o.getAttribute('value'));
      expect(reasons).to.deep.equal(['', 'neck-pain', 'low-back-pain', 'sciatica', 'herniated-disc', 'spinal-stenosis', 'second-opinion', 'other']);
      expect($(el, '.privacy').getAttribute('href')).to.equal('/privacy');
      expect($(el, '.hp').getAttribute('aria-hidden')).to.equal('true');
      expect($(el, '#f-website').tabIndex).to.equal(-1);
    });

    it('fields chooses the optional fields, and unknown names are reported', async () => {
      let el!: ConsultButton;
      const spy = await withConsoleSpy(async () => {
        el = await mount(html`<consult-button action="/__test__/consult/ok" fields="email message age"></consult-button>`);
      });
      expect(spy.errors[0]).to.contain('<consult-button>').and.contain('unknown field(s) age');
      await open(el);
      const names = [...formOf(el).elements].map((f) => (f as HTMLInputElement).name).filter(Boolean);
      expect(names).to.deep.equal(['name', 'email', 'message', 'consent', 'website']);
      fill(el);
      await submitAndWait(el, 'consult-success');
      const [request] = await recorded();
      expect(Object.keys(JSON.parse(request.body))).to.have.members(['name', 'email', 'message', 'consent', 'kind', 'page', 'lang', 'submittedAt', 'requestId']);
    });

    it('fields without phone or email is reported', async () => {
      const spy = await withConsoleSpy(() => mount(html`<consult-button action="/__test__/consult/ok" fields="reason"></consult-button>`));
      expect(spy.errors[0]).to.contain('include phone or email');
    });

    it('a failed submit shows an error summary that takes focus and links to each field', async () => {
      const el = await mount(html`<consult-button action="/__test__/consult/ok"></consult-button>`);
      await open(el);
      submitButton(el).click();
      await el.updateComplete;
      await waitUntil(() => active(el)?.classList.contains('summary'), 'the summary takes focus');
      const summary = $(el, '.summary');
      // A group named by its heading (aria-labelledby names nothing on an element without a role), described by its
      // list, so taking focus reads the errors too.
      expect(summary.getAttribute('role')).to.equal('group');
      expect(summary.getAttribute('aria-labelledby')).to.equal('summary-title');
      expect(summary.getAttribute('aria-describedby')).to.equal('summary-list');
      expect($(el, '#summary-list').textContent).to.contain('Enter your name.').and.contain('Check the box');
      expect(summary.querySelector('h3')!.textContent).to.equal('There is a problem');
      const links = [...summary.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#f-name', '#f-phone', '#f-consent']);
      expect(links[1].textContent).to.equal('Enter a phone number or an email address, so we can reach you.');
      const name = $(el, '#f-name');
      expect(name.getAttribute('aria-invalid')).to.equal('true');
      expect(name.getAttribute('aria-describedby')).to.equal('e-name');
      expect($(el, '#e-name').textContent).to.contain('Enter your name.');
      expect($(el, '#f-consent').getAttribute('aria-describedby')).to.equal('e-consent');
      expect(await recorded()).to.have.length(0);
      await expect(el).to.be.accessible();
      links[2].click();
      expect(active(el)?.id).to.equal('f-consent');
      expect(location.hash).to.equal('');
    });

    it('validates a field on leaving it, and clears the error once fixed', async () => {
      const el = await mount(html`<consult-button action="/__test__/consult/ok"></consult-button>`);
      await open(el);
      const email = $<HTMLInputElement>(el, '#f-email');
      // Tabbing through an empty field does not nag.
      email.focus();
      $(el, '#f-name').focus();
      await el.updateComplete;
      expect(email.getAttribute('aria-invalid')).to.equal('false');
      email.value = 'zelda@';
      email.focus();
      $(el, '#f-name').focus();
      await el.updateComplete;
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#e-email').textContent).to.contain('like name@example.com');
      email.value = EMAIL;
      email.focus();
      $(el, '#f-name').focus();
      await el.updateComplete;
      expect(email.getAttribute('aria-invalid')).to.equal('false');
      expect(!$(el, '#e-email'), 'absent').to.be.true;
      const phone = $<HTMLInputElement>(el, '#f-phone');
      phone.value = '12ab';
      phone.focus();
      email.focus();
      await el.updateComplete;
      expect($(el, '#e-phone').textContent).to.contain('at least 7 digits');
    });

    it('the contact choice decides which of phone and email is needed', async () => {
      const el = await mount(html`<consult-button action="/__test__/consult/ok"></consult-button>`);
      await open(el);
      fill(el, { email: '', phone: PHONE });
      submitButton(el).click();
      await el.updateComplete;
      expect($(el, '#e-email').textContent).to.contain('Enter your email address');
      expect(!$(el, '#e-phone'), 'absent').to.be.true;
      const byPhone = $<HTMLInputElement>(el, '[name=contactPreference][value=phone]');
      byPhone.click();
      await el.updateComplete;
      expect(!$(el, '#e-email'), 'absent').to.be.true;
      $<HTMLInputElement>(el, '#f-consent').click();
      $<HTMLInputElement>(el, '#f-phone').value = '';
      submitButton(el).click();
      await el.updateComplete;
      expect($(el, '#e-phone').textContent).to.contain('Enter your phone number');
    });

    it('ticking consent clears its error', async () => {
      const el = await mount(html`<consult-button action="/__test__/consult/ok"></consult-button>`);
      await open(el);
      fill(el, {}, false);
      submitButton(el).click();
      await el.updateComplete;
      expect(!!$(el, '#e-consent')).to.be.true;
      $<HTMLInputElement>(el, '#f-consent').click();
      await el.updateComplete;
      expect(!$(el, '#e-consent'), 'absent').to.be.true;
    });
  });

  describe('sending', () => {
    afterEach(() => history.replaceState(null, '', location.pathname));

    it('success (JSON): exact payload keys, Idempotency-Key, no cookies; message announced and form cleared', async () => {
      history.replaceState(null, '', `${location.pathname}?utm_source=newsletter&utm_campaign=spring&secret=1`);
      document.cookie = 'consult-test=1; path=/';
      const el = await mount(html`<consult-button action="/__test__/consult/ok"></consult-button>`);
      await open(el);
      fill(el);
      const detail = await submitAndWait(el, 'consult-success');
      const [request, ...more] = await recorded();
      expect(more).to.have.length(0);
      expect(request.path).to.equal('/__test__/consult/ok');
      expect(request.headers['content-type']).to.equal('application/json');
      expect(request.headers.cookie).to.equal(undefined);
      const body = JSON.parse(request.body);
      expect(Object.keys(body)).to.have.members([...PAYLOAD_KEYS, 'utm_source', 'utm_campaign']);
      expect(body).to.include({
        name: NAME,
        phone: PHONE,
        email: EMAIL,
        contactPreference: 'email',
        reason: 'sciatica',
        message: MESSAGE,
        consent: true,
        page: location.origin + location.pathname,
        utm_source: 'newsletter',
        utm_campaign: 'spring',
        lang: 'en',
        kind: 'consultation',
      });
      expect(new Date(body.submittedAt).toISOString()).to.equal(body.submittedAt);
      expect(request.headers['idempotency-key']).to.equal(body.requestId);
      expect(detail).to.deep.equal({ mode: 'action', requestId: body.requestId, status: 200 });
      // The message itself takes focus, named by its text (a heading), outside the live region: read once.
      const done = $(el, '.done');
      expect(done.localName).to.equal('h3');
      expect(done.textContent).to.contain('We got your request');
      expect(active(el) === done, 'success message focused').to.be.true;
      expect($(el, '[role=status]').textContent!.trim()).to.equal('');
      expect(formOf(el).hidden).to.be.true;
      expect(valueOf(el, 'name')).to.equal('');
      expect(valueOf(el, 'email')).to.equal('');
      expect(dialogOf(el).open).to.be.true;
      await expect(el).to.be.accessible();
      document.cookie = 'consult-test=; max-age=0; path=/';
      // Reopening starts a fresh form.
      $<HTMLButtonElement>(el, 'form ~ button').click();
      await oneEvent(el, 'consult-close');
      await open(el);
      expect(formOf(el).hidden).to.be.false;
    });

    it('success (url-encoded): the same keys as form fields, and no header beyond the CORS-safelisted ones', async () => {
      const el = await mount(html`<consult-button action="/__test__/consult/ok" encoding="form"></consult-button>`);
      await open(el);
      fill(el);
      await submitAndWait(el, 'consult-success');
      const [request] = await recorded();
      expect(request.headers['content-type']).to.match(/^application\/x-www-form-urlencoded/);
      const body = new URLSearchParams(request.body);
      expect([...body.keys()]).to.have.members(PAYLOAD_KEYS);
      expect(body.get('name')).to.equal(NAME);
      expect(body.get('consent')).to.equal('true');
      expect(body.get('kind')).to.equal('consultation');
      // A CORS simple request: the id travels in the body only.
      expect(request.headers['idempotency-key']).to.equal(undefined);
      expect(body.get('requestId')).to.match(/^[\da-f-]{32,36}$/);
    });

    it('500 then Retry: values kept, Retry and phone offered, the endpoint sees one Idempotency-Key twice', async () => {
      const el = await mount(html`<consult-button action="/__test__/consult/flaky" phone="555-0100"></consult-button>`);
      await open(el);
      fill(el);
      const failed = await submitAndWait(el, 'consult-error');
      expect(failed.status).to.equal(500);
      const alert = $(el, '[role=alert] .alert');
      expect(alert.textContent).to.contain('What you typed is still here');
      expect(alert.querySelector('a')!.getAttribute('href')).to.equal('tel:5550100');
      expect(valueOf(el, 'name')).to.equal(NAME);
      expect(valueOf(el, 'message')).to.equal(MESSAGE);
      await expect(el).to.be.accessible();
      const succeeded = oneEvent(el, 'consult-success');
      alert.querySelector<HTMLButtonElement>('button')!.click();
      expect((await succeeded).detail.requestId).to.equal(failed.requestId);
      const [first, second] = await recorded();
      expect(first.headers['idempotency-key']).to.equal(failed.requestId);
      expect(second.headers['idempotency-key']).to.equal(failed.requestId);
      expect(JSON.parse(second.body).requestId).to.equal(failed.requestId);
      expect(JSON.parse(second.body).submittedAt).to.equal(JSON.parse(first.body).submittedAt);
    });

    it('timeout: the request is abandoned after `timeout` ms and the values are kept', async () => {
      const el = await mount(html`<consult-button action="/__test__/hang" timeout="300"></consult-button>`);
      await open(el);
      fill(el);
      const started = performance.now();
      const detail = await submitAndWait(el, 'consult-error');
      expect(performance.now() - started).to.be.below(5000);
      expect(detail).to.have.keys(['mode', 'requestId']);
      // The Retry button itself, not words in the message.
      const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[role=alert] .alert button');
      expect(retry, 'Retry button').to.exist;
      expect(retry!.textContent).to.equal('Try again');
      expect(valueOf(el, 'email')).to.equal(EMAIL);
    });

    it('network failure: a clear message with Retry', async () => {
      const el = await mount(html`<consult-button action="/__test__/drop"></consult-button>`);
      await open(el);
      fill(el);
      await submitAndWait(el, 'consult-error');
      expect($(el, '.alert button').textContent).to.equal('Try again');
      expect(valueOf(el, 'phone')).to.equal(PHONE);
      await expect(el).to.be.accessible();
    });

    it('422 with field errors: shown at their fields, summary focused', async () => {
      const el = await mount(html`<consult-button action="/__test__/consult/invalid"></consult-button>`);
      await open(el);
      fill(el);
      const detail = await submitAndWait(el, 'consult-error');
      expect(detail.status).to.equal(422);
      await waitUntil(() => active(el)?.classList.contains('summary'));
      expect($(el, '#e-email').textContent).to.contain('cannot receive mail');
      expect($(el, '#f-email').getAttribute('aria-invalid')).to.equal('true');
      expect(!$(el, '.alert'), 'absent').to.be.true;
      expect(valueOf(el, 'email')).to.equal(EMAIL);
      // A corrected request is a new request.
      fill(el);
      const again = await submitAndWait(el, 'consult-error');
      expect(again.requestId).to.not.equal(detail.requestId);
    });

    it('another 4xx: a general error with the phone link, no Retry', async () => {
      const el = await mount(html`<consult-button action="/__test__/consult/rejected" phone="555-0100"></consult-button>`);
      await open(el);
      fill(el);
      expect((await submitAndWait(el, 'consult-error')).status).to.equal(400);
      const alert = $(el, '.alert');
      expect(alert.textContent).to.contain('We could not take your request online');
      expect(alert.querySelector('.call')!.textContent).to.contain('Or call us at');
      expect(!alert.querySelector('button'), 'absent').to.be.true;
      expect(alert.querySelector('a')!.getAttribute('href')).to.equal('tel:5550100');
    });

    it('without a phone, no failure message asks to call', async () => {
      for (const [scenario, status] of [
        ['error', 500],
        ['rejected', 400],
      ] as const) {
        const el = await mount(html`<consult-button action="/__test__/consult/${scenario}"></consult-button>`);
        await open(el);
        fill(el);
        expect((await submitAndWait(el, 'consult-error')).status).to.equal(status);
        const alert = $(el, '[role=alert] .alert');
        expect(alert.textContent, scenario).to.contain('We could not');
        expect(alert.textContent, scenario).to.not.match(/\bcall/i);
        expect(dialogOf(el).querySelector('a[href^="tel:"]'), scenario).to.equal(null);
        dialogOf(el).close();
        await oneEvent(el, 'consult-close');
      }
      // The texts themselves, including the one shown when the form cannot load.
      const { english } = await import('./content/en.js');
      const { spanish } = await import('./content/es.js');
      for (const key of ['failed', 'rejected', 'unavailable'] as const) {
        expect(english[key], key).to.not.match(/\bcall/i);
        expect(spanish[key], key).to.not.match(/llam/i);
      }
    });

    it('double submit sends once, with a busy button', async () => {
      const el = await mount(html`<consult-button action="/__test__/consult/ok"></consult-button>`);
      await open(el);
      fill(el);
      const done = oneEvent(el, 'consult-success');
      submitButton(el).click();
      await el.updateComplete;
      expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
      expect(submitButton(el).textContent).to.equal('Sending…');
      // Said, not only shown: the polite status region (present from the start) holds "Sending…" meanwhile.
      const status = $(el, '[role=status]');
      expect(status.textContent!.trim()).to.equal('Sending…');
      expect(status.classList.contains('visually-hidden')).to.be.true;
      submitButton(el).click();
      formOf(el).requestSubmit();
      await done;
      expect(await recorded()).to.have.length(1);
      await el.updateComplete;
      expect(status.isConnected && status.textContent!.trim()).to.equal('');
    });

    it('honeypot filled: pretends success and sends nothing', async () => {
      const el = await mount(html`<consult-button action="/__test__/consult/ok"></consult-button>`);
      await open(el);
      fill(el, { website: 'https://spam.example' });
      submitButton(el).click();
      await el.updateComplete;
      await waitUntil(() => $(el, '.done'));
      expect(await recorded()).to.have.length(0);
    });
  });

  describe('events', () => {
    it('bubble and are composed: from inside a shadow root they reach the document', async () => {
      const names = ['consult-open', 'consult-close', 'consult-submit', 'consult-success', 'consult-error'] as const;
      const seen: { type: string; bubbles: boolean; composed: boolean; target: EventTarget | null }[] = [];
      const listener = (e: Event) => seen.push({ type: e.type, bubbles: e.bubbles, composed: e.composed, target: e.target });
      for (const name of names) document.addEventListener(name, listener);
      try {
        await clearRequests();
        // Inside another component's shadow root, only a composed event gets out to the document.
        const outer = await fixture<HTMLElement>(html`<div></div>`);
        outer.attachShadow({ mode: 'open' }).innerHTML = '<consult-button action="/__test__/consult/flaky"></consult-button>';
        const el = outer.shadowRoot!.querySelector('consult-button')!;
        await el.updateComplete;
        await open(el);
        fill(el);
        await submitAndWait(el, 'consult-error');
        const succeeded = oneEvent(el, 'consult-success');
        $<HTMLButtonElement>(el, '.alert button').click();
        await succeeded;
        dialogOf(el).close();
        await oneEvent(el, 'consult-close');
        expect(seen.map((e) => e.type)).to.deep.equal(['consult-open', 'consult-submit', 'consult-error', 'consult-submit', 'consult-success', 'consult-close']);
        for (const event of seen) {
          expect(event.bubbles, event.type).to.be.true;
          expect(event.composed, event.type).to.be.true;
          // Retargeted to the outer host, as a composed event seen from the document is.
          expect(event.target === outer, event.type).to.be.true;
        }
      } finally {
        for (const name of names) document.removeEventListener(name, listener);
      }
    });
  });

  describe('privacy', () => {
    it('events and dataLayer entries carry no typed values', async () => {
      const w = window as unknown as { dataLayer?: Record<string, unknown>[] };
      w.dataLayer = [];
      const events: [string, ConsultEventDetail][] = [];
      const el = await mount(html`<consult-button action="/__test__/consult/flaky" analytics="datalayer"></consult-button>`);
      for (const name of ['consult-open', 'consult-close', 'consult-submit', 'consult-success', 'consult-error'] as const) {
        el.addEventListener(name, (e) => events.push([name, e.detail]));
      }
      const logs = await withConsoleSpy(async () => {
        await open(el);
        fill(el);
        await submitAndWait(el, 'consult-error');
        $<HTMLButtonElement>(el, '.alert button').click();
        await oneEvent(el, 'consult-success');
        dialogOf(el).close();
        await oneEvent(el, 'consult-close');
      });
      expect(events.map(([name]) => name)).to.deep.equal(['consult-open', 'consult-submit', 'consult-error', 'consult-submit', 'consult-success', 'consult-close']);
      for (const [, detail] of events) expect(Object.keys(detail)).to.satisfy((keys: string[]) => keys.every((k) => ['mode', 'requestId', 'status'].includes(k)));
      expect(w.dataLayer.map((entry) => entry.event)).to.deep.equal(events.map(([name]) => name));
      expect(w.dataLayer[2]).to.deep.equal({ event: 'consult-error', ...events[2][1] });
      const everything = JSON.stringify([events, w.dataLayer, logs.errors, logs.warnings, { ...localStorage }, { ...sessionStorage }, document.cookie]);
      for (const value of TYPED) expect(everything).to.not.contain(value);
      delete w.dataLayer;
    });

    it('without analytics="datalayer", nothing is pushed', async () => {
      const w = window as unknown as { dataLayer?: unknown[] };
      const el = await mount(html`<consult-button action="/__test__/consult/ok"></consult-button>`);
      await open(el);
      expect(w.dataLayer).to.equal(undefined);
    });
  });

  describe('languages and texts', () => {
    it('speaks Spanish and sends lang "es"', async () => {
      await clearRequests();
      const wrapper = await fixture<HTMLElement>(html`<div lang="es"><consult-button action="/__test__/consult/ok"></consult-button></div>`);
      const el = wrapper.querySelector('consult-button')!;
      await waitUntil(() => $(el, '[part=button]')?.textContent === 'Solicitar una consulta');
      await open(el);
      expect($(el, '.close').textContent).to.equal('Cerrar');
      submitButton(el).click();
      await el.updateComplete;
      expect($(el, '#e-name').textContent).to.contain('Escriba su nombre');
      await expect(el).to.be.accessible();
      fill(el);
      await submitAndWait(el, 'consult-success');
      expect($(el, '.done').textContent).to.contain('Gracias');
      expect(JSON.parse((await recorded())[0].body).lang).to.equal('es');
    });

    it('texts overrides the built-in texts; a bad override is refused', async () => {
      const el = await mount(html`<consult-button action="/__test__/consult/ok" .texts=${{ heading: 'Ask for a visit', labels: { name: 'Full name' } }}></consult-button>`);
      expect($(el, '#heading').textContent).to.equal('Ask for a visit');
      await open(el);
      expect($(el, 'label[for=f-name]').textContent).to.equal('Full name');
      const errors: unknown[] = [];
      el.addEventListener('content-error', (e) => errors.push(e.detail));
      const spy = await withConsoleSpy(async () => {
        el.texts = { heading: 42 };
        await el.updateComplete;
      });
      expect(spy.errors[0]).to.contain('texts.heading should be a non-empty string');
      expect($(el, '#heading').textContent).to.equal('Request a consultation');
      expect(errors).to.have.length(1);
    });
  });

  describe('emergency notice', () => {
    const notice = (el: ConsultButton) => el.shadowRoot!.querySelector<HTMLElement>('.emergency');
    const words = (el: ConsultButton) => notice(el)!.textContent!.replace(/\s+/g, ' ').trim();

    it('says, before the fields, that the form is not for emergencies and when to call 911', async () => {
      const el = await mount(html`<consult-button action="/__test__/consult/ok"></consult-button>`);
      await open(el);
      const box = notice(el)!;
      expect(box.checkVisibility()).to.be.true;
      expect(words(el)).to.match(/^This form is not for emergencies\. Call 911 or go to the emergency room/);
      for (const sign of ['weakness or numbness in both legs', 'groin or inner thighs', 'bladder or bowels']) expect(words(el)).to.contain(sign);
      // Before every field, and read with the dialog's name when it opens.
      expect(box.compareDocumentPosition($(el, '#f-name')) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
      expect(box.compareDocumentPosition($(el, 'form p:not(.emergency)')) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
      expect(dialogOf(el).getAttribute('aria-describedby')?.split(' ').slice(0, 2)).to.deep.equal(['emergency-title', 'emergency-text']);
      expect(box.querySelectorAll('#emergency-title, #emergency-text')).to.have.length(2);
      expect(box.compareDocumentPosition(formOf(el)) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
      expect(box.hasAttribute('part')).to.be.false;
    });

    it('stays in every state of the form: with errors, after a failure and after a success', async () => {
      const el = await mount(html`<consult-button action="/__test__/consult/error" phone="555-0100"></consult-button>`);
      await open(el);
      submitButton(el).click();
      await el.updateComplete;
      expect($(el, '.summary')).to.exist;
      expect(notice(el)!.checkVisibility()).to.be.true;
      fill(el);
      await submitAndWait(el, 'consult-error');
      expect(notice(el)!.checkVisibility()).to.be.true;
      el.action = '/__test__/consult/ok';
      await submitAndWait(el, 'consult-success');
      expect(notice(el)!.checkVisibility()).to.be.true;
    });

    it('also comes first in a booking dialog, before the scheduler', async () => {
      const el = await mount(html`<consult-button booking-url="https://example.com/book" booking-mode="dialog"></consult-button>`);
      await open(el);
      expect(words(el)).to.match(/^This form is not for emergencies\./);
      expect(notice(el)!.compareDocumentPosition($(el, 'iframe')) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
      expect(dialogOf(el).getAttribute('aria-describedby')?.split(' ').slice(0, 2)).to.deep.equal(['emergency-title', 'emergency-text']);
    });

    it('in Spanish', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="es"><consult-button action="/__test__/consult/ok"></consult-button></div>`);
      const el = wrapper.querySelector('consult-button')!;
      await waitUntil(() => $(el, '[part=button]')?.textContent === 'Solicitar una consulta');
      await open(el);
      expect(words(el)).to.match(/^Este formulario no es para emergencias\. Llame al 911 o vaya a la sala de emergencias/);
      for (const sign of ['ambas piernas', 'la ingle', 'la vejiga o los intestinos']) expect(words(el)).to.contain(sign);
      await expect(el).to.be.accessible();
    });

    it('a clinic may reword it, never empty it', async () => {
      const el = await mount(
        html`<consult-button action="/__test__/consult/ok" .texts=${{ emergency: { text: 'Call 911 now if your legs suddenly feel weak or numb.' } }}></consult-button>`,
      );
      await open(el);
      expect(words(el)).to.equal('This form is not for emergencies. Call 911 now if your legs suddenly feel weak or numb.');
      for (const emergency of [{ text: '' }, { title: '   ' }, '']) {
        const events: unknown[] = [];
        el.addEventListener('content-error', (e) => events.push(e.detail));
        const spy = await withConsoleSpy(async () => {
          el.texts = { emergency };
          await el.updateComplete;
        });
        expect(events, JSON.stringify(emergency)).to.have.length(1);
        expect(spy.errors[0]).to.match(/^<consult-button>: texts\.emergency(\.text|\.title)? should be (a non-empty string|an object)/);
        // The built-in notice is shown instead, whole.
        expect(words(el)).to.match(/^This form is not for emergencies\. Call 911 or go to the emergency room/);
      }
    });
  });

  describe('axe in every state', () => {
    // How long the hanging request is given before it times out. One axe run took under 100 ms in each browser;
    // the checks around it fail, rather than pass unchecked, if axe ever outlasts the sending state.
    const SENDING_MS = 2000;
    for (const theme of ['light', 'dark'] as const) {
      it(`${theme}: closed, open, with errors, sending, failed, succeeded`, async () => {
        // The endpoint hangs until the timeout gives up on it: long enough for axe to check the sending state.
        const el = await mount(html`<consult-button theme=${theme} action="/__test__/hang" timeout=${SENDING_MS} phone="555-0100" privacy-url="/privacy"></consult-button>`);
        await expect(el).to.be.accessible();
        await open(el);
        await expect(el).to.be.accessible();
        submitButton(el).click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
        fill(el);
        const failed = oneEvent(el, 'consult-error');
        submitButton(el).click();
        await el.updateComplete;
        const sending = () => [submitButton(el).getAttribute('aria-disabled'), submitButton(el).textContent];
        expect(sending(), 'sending when axe starts').to.deep.equal(['true', 'Sending…']);
        await expect(el).to.be.accessible();
        // Still sending once axe is done, so axe saw only the sending state.
        expect(sending(), 'still sending when axe is done').to.deep.equal(['true', 'Sending…']);
        expect((await recorded()).map((r) => r.path)).to.deep.equal(['/__test__/hang']);
        // The timeout ends the hanging request: nothing is left in flight.
        await failed;
        await el.updateComplete;
        await expect(el).to.be.accessible();
        el.action = '/__test__/consult/ok';
        const done = oneEvent(el, 'consult-success');
        $<HTMLButtonElement>(el, '.alert button').click();
        await done;
        await el.updateComplete;
        await expect(el).to.be.accessible();
        dialogOf(el).close();
        await oneEvent(el, 'consult-close');
      });
    }
  });
});
