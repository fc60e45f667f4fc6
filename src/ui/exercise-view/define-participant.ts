import { CsExerciseParticipant } from './participant-view.ts';

if (!customElements.get('cs-exercise-participant'))
  customElements.define('cs-exercise-participant', CsExerciseParticipant);
