import { CsExerciseView } from './exercise-view.ts';

if (!customElements.get('cs-exercise-view'))
  customElements.define('cs-exercise-view', CsExerciseView);
