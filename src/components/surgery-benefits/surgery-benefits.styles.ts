import { css } from 'lit';

export const styles = css`
  .base {
    /* Grid columns and the stacked table follow the widget's own width, not the viewport's. */
    container-type: inline-size;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  .heading {
    margin: 0 0 0.75em;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }
  .items {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
  }
  .grid .item {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .icon {
    flex: none;
    width: 2.5em;
    height: 2.5em;
    padding: 0.5em;
    border-radius: 50%;
    background: var(--_surface-alt);
    color: var(--_brand);
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* Forced colors: SVG keeps its author colours, so the icons take the text's system colour to stay visible. */
  @media (forced-colors: active) {
    .icon {
      stroke: CanvasText;
    }
  }
  .title {
    font-weight: 700;
  }
  p {
    margin: 0.25em 0 0;
  }
  .caveats,
  .sources {
    margin-top: var(--_space);
  }
  .subheading {
    font-weight: 700;
  }
  .caveats ul,
  .sources ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .sources a {
    color: var(--_brand);
    text-underline-offset: 2px;
  }
  .reviewed {
    margin-top: 0.5em;
  }
  .disclaimer {
    margin-block-start: var(--_space);
    color: var(--_muted);
    font-size: 0.875em;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    margin-block-end: 0.5em;
    font-weight: 700;
    text-align: start;
  }
  th,
  td {
    padding: 0.5em 0.75em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    background: var(--_surface-alt);
  }
  .label {
    display: none;
  }
  /* Side by side, cards are narrow: the icon goes above the text. */
  @container (min-width: 480px) {
    .grid .items {
      grid-template-columns: repeat(2, 1fr);
    }
    .grid .item {
      flex-direction: column;
    }
  }
  @container (min-width: 760px) {
    .grid .items {
      grid-template-columns: repeat(3, 1fr);
    }
  }
  /* Narrow: each row becomes a small card (topic, then both answers, each labelled), so nothing scrolls sideways. */
  @container (max-width: 519px) {
    table,
    caption,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    tr {
      margin-block-start: 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    th,
    td {
      border: 0;
    }
    tbody th {
      background: var(--_surface-alt);
    }
    .label {
      display: block;
      color: var(--_muted);
      font-size: 0.875em;
      font-weight: 700;
    }
  }
  /* A small rise from where the content already is: readable at every frame, and never run for reduced motion. */
  @media (prefers-reduced-motion: no-preference) {
    .item,
    tbody tr {
      animation: rise 0.4s ease-out;
    }
  }
  @keyframes rise {
    from {
      transform: translateY(0.5em);
    }
  }
`;
