import type { TestProject } from 'vitest/node';
import { buildApp, freePort, startPreview } from './preview-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the preview server, ending in `/`. */
    baseURL: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  buildApp();
  const server = await startPreview(await freePort());
  project.provide('baseURL', server.url);
  return () => server.stop();
}
