// After `changeset version` bumps package.json, writes the same version into src/shared/version.ts (the tests run the
// source, which must know its version; builds stamp it anyway). `npm run version-packages` runs both.
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const file = 'src/shared/version.ts';
const source = readFileSync(file, 'utf8');
const updated = source.replace(/(export const VERSION: string = ')[^']*(')/, `$1${version}$2`);
if (updated === source && !source.includes(`'${version}'`)) throw new Error(`${file}: no VERSION literal to update`);
writeFileSync(file, updated);
console.log(`${file}: ${version}`);
