#!/usr/bin/env node
// `npx spine-widgets <command> [args]`: a tiny dispatcher. Each command module exports run(argv) -> exit code.
const commands = {
  'check-translation': () => import('./commands/check-translation.mjs'),
  prerender: () => import('./commands/prerender.mjs'),
};

const [name, ...argv] = process.argv.slice(2);
if (!Object.hasOwn(commands, name ?? '')) {
  console.error(`Usage: npx spine-widgets <command>\n\nCommands:\n${Object.keys(commands).map((c) => `  ${c}`).join('\n')}`);
  process.exitCode = name === undefined || name === '--help' ? 0 : 2;
} else {
  const { run } = await commands[name]();
  process.exitCode = await run(argv);
}
