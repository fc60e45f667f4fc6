import { CsTeamsSection } from './teams-section.ts';

if (!customElements.get('cs-teams-section'))
  customElements.define('cs-teams-section', CsTeamsSection);
