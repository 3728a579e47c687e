// `spine-widgets prerender <in.html> [-o out.html]` or `spine-widgets prerender <folder>`: writes the widgets'
// shadow roots into HTML as Declarative Shadow DOM (see docs/prerender.md).
import { readFile, stat, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

const USAGE = `Usage:
  spine-widgets prerender <in.html> [-o out.html]   pre-render one page (to out.html, or to standard output)
  spine-widgets prerender <folder>                  pre-render every .html file under a static site's output folder, in place
Options:
  -o, --output <file>   where to write a single page
  --prefix <prefix>     the page registers the widgets under a prefix (data-prefix="acme": <acme-procedure-card>)
  -h, --help            this help`;

/** Runs the command; resolves with the process exit code. */
export async function run(argv) {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { output: { type: 'string', short: 'o' }, prefix: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    console.error(`spine-widgets prerender: ${error.message}\n\n${USAGE}`);
    return 1;
  }
  const { values, positionals } = args;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    console.error(`spine-widgets prerender: give one page or one folder.\n\n${USAGE}`);
    return 1;
  }
  const [input] = positionals;
  const options = { prefix: values.prefix, warn: (message) => console.warn(message) };
  const { prerender, prerenderDirectory } = await import('../../dist/prerender/index.js');

  let info;
  try {
    info = await stat(input);
  } catch {
    console.error(`spine-widgets prerender: ${input} does not exist.`);
    return 1;
  }
  if (info.isDirectory()) {
    if (values.output) {
      console.error('spine-widgets prerender: a folder is rewritten in place; -o is for a single page.');
      return 1;
    }
    const { files, changed } = await prerenderDirectory(input, options);
    console.error(`spine-widgets prerender: ${changed.length} of ${files.length} HTML files under ${input} pre-rendered.`);
    return 0;
  }
  const html = await readFile(input, 'utf8');
  const out = await prerender(html, options);
  if (values.output) await writeFile(values.output, out);
  else process.stdout.write(out);
  return 0;
}
