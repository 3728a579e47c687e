// Builds custom-elements.json from the classes' JSDoc (@summary, @slot, @csspart, @cssprop, @fires).
export default {
  globs: ['src/components/*/*.component.ts', 'src/shared/base-element.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
};
