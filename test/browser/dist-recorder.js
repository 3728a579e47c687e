// Classic script the dist test pages load first: records uncaught errors, console errors and console warnings from
// the start, before the widgets load (read back through recorded() in dist-support.js).
window.__recorded = { errors: [], warnings: [] };
window.addEventListener('error', (event) => window.__recorded.errors.push(event.message));
window.addEventListener('unhandledrejection', (event) => window.__recorded.errors.push(String(event.reason)));
for (const [level, list] of [['error', 'errors'], ['warn', 'warnings']]) {
  const original = console[level];
  console[level] = (...args) => (window.__recorded[list].push(args.join(' ')), original.apply(console, args));
}
