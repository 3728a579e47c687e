import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'coverage/', 'node_modules/', 'custom-elements.json', 'wordpress/spine-widgets/assets/spine-widgets.bundle.js', 'test/fixtures/apps/*/{dist,.next,.angular}/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable' } },
  },
  {
    // Chai's property assertions (`.to.be.true`) are expressions by design.
    files: ['**/*.test.ts', 'test/browser/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // Node scripts; some hand functions to the browser (page.evaluate), so both sets of globals apply.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    files: ['scripts/**', 'test/**', 'bin/**', '*.config.*', 'rollup.config.mjs', 'web-test-runner.config.mjs'],
    rules: { 'no-console': 'off' },
  },
  {
    // The package's command line (npx spine-widgets): Node, printing its report.
    languageOptions: { globals: globals.node },
    files: ['bin/**'],
    rules: { 'no-console': 'off' },
  },
);
