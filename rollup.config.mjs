// Two builds from one source (README, "Builds"):
// 1. the npm package: ESM, one file per module, Lit left to the consumer's bundler;
// 2. dist/spine-widgets.js: one minified file with Lit inside, for a <script> tag (classic or module).
import { readFileSync, readdirSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

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

const components = readdirSync('src/components');
const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', sourceMap: true });

const npmBuild = {
  input: [
    'src/index.ts',
    'src/classes.ts',
    ...components.flatMap((tag) => [`src/components/${tag}/${tag}.ts`, `src/components/${tag}/${tag}.component.ts`]),
  ],
  external: (id) => /^(lit|@lit)(\/|$)/.test(id),
  plugins: [stampVersion(), typescript()],
  output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
};

const scriptTagBuild = {
  input: 'src/spine-widgets.ts',
  plugins: [nodeResolve(), stampVersion(), typescript()],
  output: {
    // A build stamped with another SPINE_VERSION is a test copy: it goes beside the real file, not over it.
    file: process.env.SPINE_VERSION ? `dist/test/spine-widgets-${version}.js` : 'dist/spine-widgets.js',
    // An IIFE runs the same as a classic script and as a module, so a marketer can paste either tag.
    format: 'iife',
    // One file: languages that other builds load on demand are inlined here.
    inlineDynamicImports: true,
    sourcemap: true,
    plugins: [terser({ ecma: 2022, compress: { passes: 2 }, format: { comments: false } })],
  },
};

export default process.env.SPINE_VERSION ? [scriptTagBuild] : [npmBuild, scriptTagBuild];
