// Classic script the dist test pages load first: records uncaught errors and console warnings from the start,
// before the widgets load (read back through recorded() in dist-support.js).
window.__recorded = { errors: [], warnings: [] };
window.addEventListener('error', (event) => window.__recorded.errors.push(event.message));
const originalWarn = console.warn;
console.warn = (...args) => (window.__recorded.warnings.push(args.join(' ')), originalWarn.apply(console, args));
