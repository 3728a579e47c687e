// Writes dist/consult-request.schema.json from the built src/server/schema.ts (run by `npm run build`, after rollup).
import { writeFileSync } from 'node:fs';
import { consultRequestSchema } from '../dist/server/schema.js';

writeFileSync('dist/consult-request.schema.json', `${JSON.stringify(consultRequestSchema, null, 2)}\n`);
console.log('wrote dist/consult-request.schema.json');
