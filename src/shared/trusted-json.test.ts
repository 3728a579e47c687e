import { expect } from '@open-wc/testing';
import { writeJsonScript } from './trusted-json.js';

describe('writeJsonScript', () => {
  it('writes JSON into a data script', () => {
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    expect(writeJsonScript(script, '{"name":"</script>"}')).to.equal(true);
    expect(JSON.parse(script.textContent!)).to.deep.equal({ name: '</script>' });
  });

  it('lets nothing but JSON through its Trusted Types policy, in browsers that have them', () => {
    const write = () => writeJsonScript(document.createElement('script'), 'alert(1)');
    if ('trustedTypes' in globalThis) expect(write).to.throw(SyntaxError);
    else expect(write()).to.equal(true);
  });
});
