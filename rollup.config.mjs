// Two builds from one source (README, "Builds"):
// 1. the npm package: ESM, one file per module, Lit left to the consumer's bundler;
// 2. dist/spine-widgets.js: one minified file with Lit inside, for a <script> tag (classic or module).
import { readFileSync, readdirSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import MagicString from 'magic-string';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
// SPINE_VERSION lets the tests build a second copy that claims another version (two versions on one page).
const version = process.env.SPINE_VERSION || pkg.version;

/** Writes the build's version into src/shared/version.ts. */
const stampVersion = () => ({
  name: 'stamp-version',
  transform(code, id) {
    if (!id.endsWith('/src/shared/version.ts')) return null;
    return { code: code.replace(/= '[^']*'/, `= ${JSON.stringify(version)}`), map: null };
  },
});

/**
 * Makes the script-tag entry run as a classic script too: it must have no import or export statements (languages
 * arrive by dynamic `import()`, which classic scripts may use, resolved against the script's own URL), and it is
 * wrapped in a function so nothing leaks into, or collides in, the page's global scope when loaded twice.
 */
const classicScriptSafe = () => ({
  name: 'classic-script-safe',
  renderChunk(code, chunk) {
    if (!chunk.isEntry) return null;
    if (chunk.imports.length || chunk.exports.length) {
      this.error(
        `${chunk.fileName} imports or exports (${[...chunk.imports, ...chunk.exports].join(', ')}): it would not run as a classic <script>. ` +
          'Usually a content/es.ts imports a value (not only types) from a module the main file uses, such as en.ts: copy the value instead.',
      );
    }
    const wrapped = new MagicString(code).prepend('(()=>{').append('\n})();\n');
    return { code: wrapped.toString(), map: wrapped.generateMap({ hires: true }) };
  },
});

/**
 * Squeezes comments and whitespace out of `unsafeCSS(`...`)` literals (the theme's token sheet). The template
 * minifier refuses files that use unsafeCSS, since it cannot tell constant CSS from data there, so theme.ts is
 * excluded from it and squeezed here: ours holds only constant CSS.
 */
const squeezeUnsafeCss = () => ({
  name: 'squeeze-unsafe-css',
  transform(code, id) {
    if (!id.includes('/src/') || !code.includes('unsafeCSS(`')) return null;
    const squeezed = code.replace(/unsafeCSS\(`([^`]*)`\)/g, (_, sheet) => {
      const css = sheet
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/ ?([{};,>]) ?/g, '$1')
        .replace(/: /g, ':')
        .trim();
      return `unsafeCSS(\`${css}\`)`;
    });
    return { code: squeezed, map: null };
  },
});

const components = readdirSync('src/components');
const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', sourceMap: true });

const npmBuild = {
  input: [
    'src/index.ts',
    'src/classes.ts',
    ...components.flatMap((tag) => [`src/components/${tag}/${tag}.ts`, `src/components/${tag}/${tag}.component.ts`]),
    // spine-widgets/server, the reference receiver (Node, Deno, Bun, workers); schema.ts feeds
    // dist/consult-request.schema.json (scripts/write-request-schema.mjs).
    'src/server/index.ts',
    'src/server/schema.ts',
  ],
  external: (id) => /^(lit|@lit)(\/|$)/.test(id),
  plugins: [stampVersion(), typescript()],
  output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
};

const scriptTagBuild = {
  input: 'src/spine-widgets.ts',
  // Whitespace inside html`` and css`` templates is invisible to visitors but not to gzip: squeeze it out.
  plugins: [nodeResolve(), stampVersion(), squeezeUnsafeCss(), typescript(), minifyTemplateLiterals({ exclude: ['**/node_modules/**', '**/src/shared/theme.ts'] })],
  output: {
    // A build stamped with another SPINE_VERSION is a test copy: it goes beside the real file, not over it.
    dir: process.env.SPINE_VERSION ? `dist/test/${version}` : 'dist',
    format: 'es',
    entryFileNames: 'spine-widgets.js',
    // The words load on demand from beside the main file, one file per language: every visitor pays for the code,
    // but a page downloads only the languages it shows (the budget is in scripts/size-report.mjs).
    chunkFileNames: 'spine-widgets-[name]-[hash].js',
    // One file per language, not per widget, so a page makes one extra request whatever widgets it holds.
    // The sending machinery both forms share (consultation and guide) is one file, loaded with either form.
    manualChunks: (id) => /\/content\/(en|es)\.ts$/.exec(id)?.[1] ?? (/\/src\/shared\/lead-[\w-]+\.ts$/.test(id) ? 'lead-request' : undefined),
    sourcemap: true,
    plugins: [terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }), classicScriptSafe()],
  },
};

export default process.env.SPINE_VERSION ? [scriptTagBuild] : [npmBuild, scriptTagBuild];
