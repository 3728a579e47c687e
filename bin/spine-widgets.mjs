#!/usr/bin/env node
// `npx spine-widgets <command> ...`: a tiny dispatcher. Each command module exports run(argv) => exit code.
const commands = {
  prerender: () => import('./commands/prerender.mjs'),
};

const [name, ...argv] = process.argv.slice(2);
const load = Object.hasOwn(commands, name ?? '') ? commands[name] : undefined;
if (!load) {
  console.error(`Usage: spine-widgets <command> [options]\nCommands: ${Object.keys(commands).join(', ')}`);
  process.exitCode = name === undefined || name === '--help' || name === '-h' ? 0 : 1;
} else {
  process.exitCode = await (await load()).run(argv);
}
