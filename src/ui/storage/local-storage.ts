/** The page's localStorage, or null where the browser refuses it (private modes, sandboxes). */
export function localStore(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
