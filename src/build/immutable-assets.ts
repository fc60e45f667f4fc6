/**
 * A Vite plugin for `vite preview` (what `npm start` serves): the build's files under assets/
 * are named by a hash of their content, so they are served with `Cache-Control: public,
 * max-age=31536000, immutable` and a warm load fetches only index.html (without it, a warm
 * load revalidated every chunk, ~14 requests). index.html itself keeps no-cache, so a new
 * build is always picked up. This is how any static host should serve a build of the app.
 */
import type { Plugin } from 'vite';

export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Whether a request path is one of the build's content-hashed files (assets/…, any base). */
export function isHashedAsset(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  return /(^|\/)assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/.test(path);
}

export function immutableAssets(): Plugin {
  return {
    name: 'immutable-assets',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url && isHashedAsset(req.url)) {
          // sirv (the preview's file server) sets its own Cache-Control: replace it when it writes.
          const setHeader = res.setHeader.bind(res);
          res.setHeader = (name: string, value: number | string | readonly string[]) =>
            setHeader(name, name.toLowerCase() === 'cache-control' ? IMMUTABLE : value);
          res.setHeader('Cache-Control', IMMUTABLE);
        }
        next();
      });
    },
  };
}
