/**
 * The version of this copy of spine-widgets. The build replaces the literal with package.json's version
 * (or SPINE_VERSION, for tests that need a second version on one page); a test keeps the source in step.
 */
export const VERSION: string = '1.0.0';
