/**
 * `node src/cli/launch.cjs bench-reference`: the bench's reference section alone, in a process
 * of its own (bench-reference-section.ts; `npm run bench` spawns it).
 */
import { printReferenceSection } from './bench-reference-section.ts';

printReferenceSection();
