// The holidays of the scenario in the address start downloading first (when it names any: the
// module runs before the app's modules), then the custom elements are registered.
import './ui/app/early-holidays.ts';
import './ui/app/define.ts';
