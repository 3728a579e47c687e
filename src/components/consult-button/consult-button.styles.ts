import { css } from 'lit';

export const styles = css`
  [part='base'] {
    padding: var(--_space);
  }
`;
