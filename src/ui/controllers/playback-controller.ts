import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createActor, type Actor } from 'xstate';
import { DEFAULT_SPEED, playbackMachine } from '../../machines/playback.machine.ts';

type PlaybackEvent = Parameters<Actor<typeof playbackMachine>['send']>[0];

/**
 * Runs the playback machine for an element: the machine is pure (it moves the playhead on
 * TICK events); this controller paces it in real time with requestAnimationFrame while it
 * plays, and asks the host to update on every change.
 */
export class PlaybackController implements ReactiveController {
  readonly #actor: Actor<typeof playbackMachine>;
  #frame = 0;
  #last = 0;

  constructor(host: ReactiveControllerHost, onPlayhead: (t: number) => void) {
    this.#actor = createActor(playbackMachine, {
      input: { horizon: 0, eventTimes: [], speed: DEFAULT_SPEED },
    });
    let previous = -1;
    this.#actor.subscribe((snapshot) => {
      if (snapshot.context.playhead !== previous) {
        previous = snapshot.context.playhead;
        onPlayhead(previous);
      }
      if (snapshot.value === 'playing' && this.#frame === 0) this.#startFrames();
      host.requestUpdate();
    });
    host.addController(this);
  }

  get playing(): boolean {
    return this.#actor.getSnapshot().value === 'playing';
  }
  get playhead(): number {
    return this.#actor.getSnapshot().context.playhead;
  }
  get speed(): number {
    return this.#actor.getSnapshot().context.speed;
  }

  send(event: PlaybackEvent): void {
    this.#actor.send(event);
  }

  hostConnected(): void {
    this.#actor.start();
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#actor.stop();
  }

  #startFrames(): void {
    this.#last = performance.now();
    const tick = (now: number): void => {
      if (!this.playing) {
        this.#frame = 0;
        return;
      }
      this.#actor.send({ type: 'TICK', realMs: Math.min(250, now - this.#last) });
      this.#last = now;
      this.#frame = requestAnimationFrame(tick);
    };
    this.#frame = requestAnimationFrame(tick);
  }
}
