/** Writes src/scenario/holiday-catalogue.ts from the installed date-holidays (run after upgrading it). */
import { writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { currentCatalogueModule } from './holiday-catalogue-source.ts';

const path = fileURLToPath(new URL('../../src/scenario/holiday-catalogue.ts', import.meta.url));
writeFileSync(path, currentCatalogueModule());
execFileSync('npx', ['prettier', '--write', path], { stdio: 'inherit' });
console.log(`wrote ${path}`);
