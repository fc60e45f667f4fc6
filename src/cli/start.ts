/**
 * `npm start`: builds the app when `dist/` is missing or stale, then serves it with Vite's
 * preview server on 127.0.0.1 and prints the address to open.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const distIndex = join(root, 'dist', 'index.html');
/** Everything the build reads; if any of it is newer than dist/, rebuild. */
const inputs = ['src', 'scenarios', 'public', 'index.html', 'vite.config.ts'];
const preferredPort = 4173;
const defaultScenario = 'bank-money-transfer';

/** Newest modification time (ms) of a file, or of any file below a folder; 0 if absent. */
function newestMtime(path: string): number {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) {
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function buildIsStale(): boolean {
  const built = newestMtime(distIndex);
  if (built === 0) return true;
  return inputs.some((input) => newestMtime(join(root, input)) > built);
}

async function main(): Promise<void> {
  if (buildIsStale()) {
    console.log('Building the app (dist/ is missing or older than its sources)...');
    await build({ root, logLevel: 'warn' });
  } else {
    console.log('dist/ is up to date; skipping the build.');
  }

  const server = await preview({
    root,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: preferredPort, strictPort: false, open: false },
  });
  const base = server.resolvedUrls?.local[0];
  if (base === undefined) throw new Error('The preview server did not report its address.');

  console.log(`\nContinuity Simulator is running at:\n\n  ${base}?scenario=${defaultScenario}\n`);
  console.log('Press Ctrl+C to stop.');

  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
