/**
 * A Vite plugin: the build writes a gzip copy (level 9) of each text file it emits (`x.js.gz`
 * beside `x.js`, not for source maps), and `vite preview` (what `npm start` serves) answers a
 * request that accepts gzip with that copy instead of compressing the file again on every
 * request. On-the-fly compression of the first load's ~1 MB of scripts kept the preview's one
 * thread busy while the browser waited for them (a cold load fetches them all at once). Static
 * hosts do the same (nginx `gzip_static`, most CDNs).
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** The emitted files worth a compressed copy (text, at least 1 kB). */
export function worthCompressing(fileName: string, size: number): boolean {
  return /\.(js|mjs|css|html|svg|json|txt)$/.test(fileName) && size >= 1024;
}

const TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.txt': 'text/plain',
};

/**
 * The precompressed copy to send for a request path, or null (no copy, or the client does not
 * accept gzip). `root` is the build's folder; a path outside it is never answered.
 */
export function precompressedFile(
  root: string,
  urlPath: string,
  acceptEncoding: string | undefined,
): string | null {
  if (!/\bgzip\b/.test(acceptEncoding ?? '')) return null;
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split(/[?#]/, 1)[0] ?? '');
  } catch {
    return null;
  }
  const file = normalize(join(root, path));
  if (!file.startsWith(resolve(root) + sep) || !TYPES[extname(file)]) return null;
  const copy = `${file}.gz`;
  return existsSync(copy) && statSync(copy).isFile() ? copy : null;
}

export function precompressed(): Plugin {
  let outDir = 'dist';
  return {
    name: 'precompressed',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle(options, bundle) {
      const dir = options.dir ?? outDir;
      for (const [fileName, output] of Object.entries(bundle)) {
        const size =
          output.type === 'chunk' ? output.code.length : (output.source as { length: number }).length;
        if (!worthCompressing(fileName, size)) continue;
        const file = join(dir, fileName);
        writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
      }
    },
  };
}

/** The preview's side (a plugin of its own: `apply: 'build'` would hide it from `vite preview`). */
export function servePrecompressed(): Plugin {
  let outDir = 'dist';
  return {
    name: 'serve-precompressed',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.method !== 'GET' || !req.url) return next();
        // The preview serves the build under its base ('./' means '/').
        const copy = precompressedFile(outDir, req.url, req.headers['accept-encoding']);
        if (copy === null) return next();
        const body = readFileSync(copy);
        res.statusCode = 200;
        res.setHeader('Content-Type', TYPES[extname(copy.slice(0, -3))] ?? 'text/plain');
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Content-Length', body.length);
        res.setHeader('Vary', 'Accept-Encoding');
        // Hashed assets get `immutable` from immutable-assets.ts (it runs first); others are revalidated.
        if (!res.getHeader('Cache-Control')) res.setHeader('Cache-Control', 'no-cache');
        res.end(body);
      });
    },
  };
}
