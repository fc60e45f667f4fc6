/**
 * Writes `public/scenario.schema.json` from the zod schema of the scenario format, so
 * editors (yaml-language-server, VS Code) validate and explain scenario files.
 * Run with `npm run schema`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchemaText } from '../scenario/index.ts';

const target = fileURLToPath(new URL('../../public/scenario.schema.json', import.meta.url));
writeFileSync(target, scenarioJsonSchemaText());
console.log(`wrote ${target}`);
