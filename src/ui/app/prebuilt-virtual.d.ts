// The modules of src/build/prebuilt-scenarios.ts (a Vite plugin): the bundled scenarios, read.
// Typed by src/workers/prebuilt-loaders.ts (an ambient module cannot name our types).
declare module 'virtual:prebuilt-scenarios' {
  const loaders: Readonly<Record<string, () => Promise<{ default: unknown }>>>;
  export default loaders;
}
