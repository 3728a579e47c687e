/**
 * `spine-widgets/prerender` (Node only): the widgets' shadow roots written into HTML at build time as Declarative
 * Shadow DOM. See docs/prerender.md.
 */
export { prerender, type PrerenderOptions } from './prerender.js';
export { prerenderDirectory, type DirectoryResult } from './directory.js';
