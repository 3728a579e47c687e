import { expect } from '@open-wc/testing';
import { leadProblem } from './lead-rules.js';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('lead-rules', () => {
  it('name and consent are always needed', () => {
    expect(leadProblem('name', reader({}), [])).to.equal('name');
    expect(leadProblem('consent', reader({ consent: 'on' }), [])).to.equal(undefined);
    expect(leadProblem('consent', reader({ consent: 'true' }), [])).to.equal(undefined);
    expect(leadProblem('consent', reader({ consent: 'false' }), [])).to.equal('consent');
  });

  it('with only one contact field shown, that one is needed', () => {
    expect(leadProblem('email', reader({}), ['email'])).to.equal('emailNeeded');
    expect(leadProblem('phone', reader({}), ['phone'])).to.equal('phoneNeeded');
  });

  it('with both shown: one message at the phone when neither is given; the chosen one is needed', () => {
    expect(leadProblem('phone', reader({}), ['phone', 'email'])).to.equal('contact');
    expect(leadProblem('email', reader({}), ['phone', 'email'])).to.equal(undefined);
    expect(leadProblem('phone', reader({ contactPreference: 'phone' }), ['phone', 'email'])).to.equal('phoneNeeded');
    expect(leadProblem('phone', reader({ contactPreference: 'email', email: 'a@b.co' }), ['phone', 'email'])).to.equal(undefined);
  });

  it('formats: email with a dot after the @, phone with 7 digits or more', () => {
    expect(leadProblem('email', reader({ email: 'a@b' }), ['email'])).to.equal('email');
    expect(leadProblem('phone', reader({ phone: '555-12' }), ['phone'])).to.equal('phone');
    expect(leadProblem('phone', reader({ phone: '+1 (555) 123-4567' }), ['phone'])).to.equal(undefined);
    expect(leadProblem('message', reader({}), [])).to.equal(undefined);
  });
});
