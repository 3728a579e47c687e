// Loaded by the hostile test pages (an external file, so strict CSP allows it): records every CSP violation and
// uncaught error for the test in the parent frame to read.
window.__probe = { violations: [], errors: [] };
document.addEventListener('securitypolicyviolation', (event) => {
  window.__probe.violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
});
window.addEventListener('error', (event) => window.__probe.errors.push(String(event.message)));
