import { CsExerciseTimeSlot } from './time-slot-picker.ts';

if (!customElements.get('cs-exercise-time-slot'))
  customElements.define('cs-exercise-time-slot', CsExerciseTimeSlot);
