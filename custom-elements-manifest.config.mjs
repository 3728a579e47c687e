// Builds custom-elements.json from the classes' JSDoc (@summary, @slot, @csspart, @cssprop, @fires).

/** The package ships dist/*.js, so the manifest points there rather than at the TypeScript sources. */
const toDistPath = (value) => value.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
function rewritePaths(node) {
  if (Array.isArray(node)) return node.forEach(rewritePaths);
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = toDistPath(value);
    else rewritePaths(value);
  }
}

export default {
  globs: ['src/components/*/*.component.ts', 'src/shared/base-element.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [{ name: 'dist-paths', packageLinkPhase: ({ customElementsManifest }) => rewritePaths(customElementsManifest.modules) }],
};
