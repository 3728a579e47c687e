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
const classicScriptSafe = ({ compileHint = false } = {}) => ({
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
    // Chrome's explicit compile hint (it must open the file): nearly every function of the main file runs as the page
    // loads, so Chrome compiles them all while the file downloads, on another thread, instead of one by one on the
    // main thread the visitor waits for (measured with a long-animation-frame trace of the example page, 4x CPU
    // slowdown: the file's task went from about 450-600 ms to about 170-270 ms). Other browsers read a comment.
    if (compileHint) wrapped.prepend('//# allFunctionsCalledOnLoad\n');
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

/**
 * Makes the split script-tag file find the files beside it through `window.spineWidgets.baseUrl`, `data-base-url`
 * or its own URL (src/shared/chunk-loader.ts) rather than wherever its code ended up (inlined into a page, combined
 * by an optimizer): every `import('./chunk.js')` of the entry becomes `__spineImport('./chunk.js')`, a function the
 * entry's first module (src/shared/script-start.ts) defines, and keeps although nothing in the source calls it.
 */
const importFromBase = () => ({
  name: 'import-from-base',
  transform(code, id) {
    return id.endsWith('/src/shared/script-start.ts') ? { code, map: null, moduleSideEffects: 'no-treeshake' } : null;
  },
  renderDynamicImport({ chunk, targetChunk }) {
    return chunk.isEntry && targetChunk ? { left: '__spineImport(', right: ')' } : null;
  },
  renderChunk(code, chunk) {
    if (chunk.isEntry && chunk.dynamicImports.length && !/\b(const|let|var) __spineImport\b/.test(code)) {
      this.error(`${chunk.fileName}: __spineImport is not defined at its top level (src/shared/script-start.ts), so its files would not load.`);
    }
    return null;
  },
});

/**
 * Pre-rendered pages (issue 18): builds Lit's hydration support, which the script-tag file loads on demand, against
 * the main file's own Lit. The main file exports nothing (it must run as a classic script), so the hydration code
 * and its lit-html helpers get their own copies here, and lit-html's core comes from the hand-over that
 * src/shared/hydration.ts sets just before the import.
 */
const HANDOVER = '\0spine-lit-handover';
const COPY = '\0spine-hydrate-copy:';
const hydrateAgainstMainLit = () => ({
  name: 'hydrate-against-main-lit',
  async resolveId(source, importer) {
    if (!importer) return null;
    const from = importer.startsWith(COPY) ? importer.slice(COPY.length) : importer;
    if (!from.includes('/@lit-labs/ssr-client/') && !importer.startsWith(COPY)) return null;
    const resolved = await this.resolve(source, from, { skipSelf: true });
    if (!resolved || resolved.id.startsWith('\0')) return resolved;
    if (/\/lit-html\/(development\/)?lit-html\.js$/.test(resolved.id)) return HANDOVER;
    return resolved.id.includes('/@lit-labs/ssr-client/') ? resolved : COPY + resolved.id;
  },
  load(id) {
    if (id === HANDOVER) {
      return "const lit = globalThis[Symbol.for('spine-widgets:lit-html')];\nexport const { _$LH, noChange, render } = lit;";
    }
    return id.startsWith(COPY) ? readFileSync(id.slice(COPY.length), 'utf8') : null;
  },
});

const components = readdirSync('src/components');
const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', sourceMap: true });
// How every build turns the source into code: version stamped, TypeScript compiled, and the whitespace inside html``
// and css`` templates (invisible to visitors but not to gzip) squeezed out.
const sourcePlugins = () => [
  stampVersion(),
  squeezeUnsafeCss(),
  typescript(),
  minifyTemplateLiterals({ exclude: ['**/node_modules/**', '**/src/shared/theme.ts'] }),
];

const npmBuild = {
  input: [
    'src/index.ts',
    'src/classes.ts',
    // Loaded on demand by the widgets, and by the translation template and checker (which need all its exports).
    'src/shared/translation-pack.ts',
    ...components.flatMap((tag) => [`src/components/${tag}/${tag}.ts`, `src/components/${tag}/${tag}.component.ts`]),
    // spine-widgets/server, the reference receiver (Node, Deno, Bun, workers); schema.ts feeds
    // dist/consult-request.schema.json (scripts/write-request-schema.mjs).
    'src/server/index.ts',
    'src/server/schema.ts',
    'src/prerender/index.ts',
  ],
  external: (id) => /^(lit|@lit|@lit-labs\/[a-z-]+|parse5|node:.*)(\/|$)/.test(id),
  // Templates minified exactly as in the script-tag file (the same sourcePlugins): Lit hydrates a pre-rendered widget
  // only when the browser's templates are the ones the server rendered (it compares a digest of their strings), and
  // `spine-widgets/prerender` renders with these modules.
  plugins: sourcePlugins(),
  output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
};

const scriptTagPlugins = () => [nodeResolve(), ...sourcePlugins()];
const minify = () => terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } });

const scriptTagBuild = {
  input: 'src/spine-widgets.ts',
  plugins: [hydrateAgainstMainLit(), ...scriptTagPlugins(), importFromBase()],
  output: {
    // A build stamped with another SPINE_VERSION is a test copy: it goes beside the real file, not over it.
    dir: process.env.SPINE_VERSION ? `dist/test/${version}` : 'dist',
    format: 'es',
    entryFileNames: 'spine-widgets.js',
    // English is inside the main file (src/shared/script-start.ts imports it); other languages load on demand from
    // beside it, so a page downloads only the languages it shows (the budgets are in scripts/size-report.mjs).
    chunkFileNames: 'spine-widgets-[name]-[hash].js',
    // One Spanish file, not one per widget, so a Spanish page makes one extra request whatever widgets it holds.
    // The sending machinery both forms share (consultation and guide) is one file, loaded with either form.
    manualChunks: (id) => (/\/content\/es\.ts$/.test(id) ? 'es' : /\/src\/shared\/lead-[\w-]+\.ts$/.test(id) ? 'lead-request' : undefined),
    sourcemap: true,
    plugins: [minify(), classicScriptSafe({ compileHint: true })],
  },
};

/**
 * For the all-in-one file: each widget's Spanish text right after its English one (src/shared/script-start.ts), so
 * gzip finds what the two share (ids, sources, URLs) within its 32 KB window; at the end of the file, after 30 KB
 * of English, it would not (51.7 KB gzip instead of 49.2 KB, npm run build).
 */
const spanishBesideEnglish = () => ({
  name: 'spanish-beside-english',
  transform(code, id) {
    if (!id.endsWith('/src/shared/script-start.ts')) return null;
    const paired = code.replace(/^import '(\.\.\/components\/[\w-]+\/content\/)en\.js';$/gm, "import '$1en.js';\nimport '$1es.js';");
    if (paired === code) this.error('src/shared/script-start.ts no longer imports the English texts: update spanishBesideEnglish.');
    return { code: paired, map: null };
  },
});

// 3. dist/spine-widgets.bundle.js: the same entry with every language and the form inside, so it works wherever it
// is copied, inlined or combined (self-hosting, page builders, WordPress and its optimizers). Budget: size-report.mjs.
const bundleBuild = {
  input: 'src/spine-widgets.ts',
  plugins: [spanishBesideEnglish(), ...scriptTagPlugins()],
  output: {
    dir: process.env.SPINE_VERSION ? `dist/test/${version}` : 'dist',
    format: 'es',
    entryFileNames: 'spine-widgets.bundle.js',
    inlineDynamicImports: true,
    // No map: this file is copied, inlined and combined, where a map beside it would not be found (and it would add
    // 1.2 MB to the npm package); debug with the split files' maps.
    sourcemap: false,
    plugins: [minify(), classicScriptSafe()],
  },
};

export default process.env.SPINE_VERSION ? [scriptTagBuild] : [npmBuild, scriptTagBuild, bundleBuild];
