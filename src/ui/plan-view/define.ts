import { CsPlanView } from './plan-view.ts';

if (!customElements.get('cs-plan-view')) customElements.define('cs-plan-view', CsPlanView);
