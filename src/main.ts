// The simulation worker and the holidays of the scenario in the address start first (see
// early-start.ts: it runs before the app's modules), then the custom elements are registered.
import './ui/app/early-start.ts';
import './ui/app/define.ts';
