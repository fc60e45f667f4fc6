/**
 * The file that Download aggregate (JSON) saves: the very bytes `npm run montecarlo -- --out`
 * writes for the same study (one serializer, studyFileText, with its content digest), so the
 * file merges with the command line's shards.
 */
import { studyFileText } from '../../analysis/montecarlo/index.ts';
import type { StudyResult } from './session.ts';

export function aggregateFile(result: StudyResult): { name: string; text: string } {
  return {
    name: `montecarlo-${result.masterSeed}-${result.runs}.json`,
    text: studyFileText(result.aggregate),
  };
}
