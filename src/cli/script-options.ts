/**
 * The node options an npm script gives a tool (`"simulate": "node --flag src/cli/launch.cjs
 * simulate"`), so that a test or the bench spawning `node ... src/cli/launch.cjs NAME` runs the
 * tool as `npm run NAME` does (the same V8 flags, hence the same code cache).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function scriptNodeOptions(tool: string, root: string): string[] {
  const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const words = Object.values(scripts)
    .map((line) => line.split(' '))
    .find((w) => w[0] === 'node' && w.at(-1) === tool && w.at(-2) === 'src/cli/launch.cjs');
  return words?.slice(1, -2) ?? [];
}
