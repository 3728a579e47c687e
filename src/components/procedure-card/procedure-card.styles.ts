import { css } from 'lit';

export const styles = css`
  [part='card'] {
    display: flex;
    flex-direction: column;
    overflow: hidden;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    /* Long words and URLs wrap instead of widening the card past a 320px screen. */
    overflow-wrap: anywhere;
  }
  ::slotted([slot='media']) {
    display: block;
    width: 100%;
    max-width: 100%;
    height: auto;
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
  }
  .body > * {
    margin: 0;
  }
  [part='heading'] {
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }
  [part='tag'] {
    align-self: flex-start;
    padding: 2px 10px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface-alt);
    font-size: 0.875em;
    font-weight: 600;
  }
  [part='alternate-name'],
  [part='disclaimer'] {
    color: var(--_muted);
  }
  [part='disclaimer'] {
    font-size: 0.875em;
  }
  [part~='section'] {
    border-block-start: 1px solid var(--_border);
  }
  summary {
    /* Slotted into the details' own shadow tree, it would otherwise inherit content-box from there. */
    box-sizing: border-box;
    display: list-item;
    min-height: var(--_target);
    padding: 10px 0;
    font-weight: 600;
    cursor: pointer;
  }
  details ul {
    margin: 0 0 8px;
    padding-inline-start: 1.25em;
  }
  details p {
    margin: 0 0 8px;
  }
  a {
    color: var(--_brand);
    text-underline-offset: 2px;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  /* Each source link is a 24 px target of its own (WCAG 2.5.8): as a bare line of text it was 19 px tall, too close
     to the Sources summary above it. */
  details a {
    display: inline-block;
    min-height: 24px;
    padding-block: 2px;
  }
  [part='link'] {
    align-self: flex-start;
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
    font-weight: 600;
  }
  li + li {
    margin-block-start: 6px;
  }
`;
