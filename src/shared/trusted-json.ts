interface ScriptPolicy {
  createScript(input: string): string;
}
interface TrustedTypesGlobal {
  trustedTypes?: { createPolicy(name: string, rules: { createScript(input: string): string }): ScriptPolicy };
}

/** Name a page with a `trusted-types` CSP directive must allow (see docs/embedding.md). */
export const POLICY_NAME = 'spine-widgets';
let policy: ScriptPolicy | null | undefined;

/**
 * Writes JSON into a data `<script>` (such as JSON-LD). Pages enforcing Trusted Types treat every script's text as
 * code, so the text passes through a policy that lets nothing but valid JSON through. Returns false when the page's
 * policy list refuses ours, so the caller can do without.
 */
export function writeJsonScript(script: HTMLScriptElement, json: string): boolean {
  const trustedTypes = (globalThis as TrustedTypesGlobal).trustedTypes;
  if (trustedTypes && policy === undefined) {
    try {
      policy = trustedTypes.createPolicy(POLICY_NAME, {
        // Throws on anything but JSON; the text itself is kept as given (callers escape "<").
        createScript: (input) => (JSON.parse(input), input),
      });
    } catch {
      policy = null;
    }
  }
  if (policy === null) return false;
  script.textContent = policy ? policy.createScript(json) : json;
  return true;
}
