import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The TypeScript sources under `dir` (declaration files left out), none when it does not exist. */
export function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.m?ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}
