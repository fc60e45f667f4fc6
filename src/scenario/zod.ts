/**
 * zod, configured once for every schema of the project: without its JIT. zod 4 compiles
 * object parsers with `new Function` when it may; the probe it runs to find out raises a
 * `securitypolicyviolation` under the app's Content-Security-Policy (no 'unsafe-eval') on every
 * load, even though the probe's error is caught. `jitless` skips both the probe and the
 * compiler, in the browser and in Node alike (parsing the bundled scenarios takes the same
 * time either way). zod reads the setting when a schema is built, so every module that builds
 * one imports `z` from here, never from 'zod' (eslint enforces it), and this module's body runs
 * before theirs.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
