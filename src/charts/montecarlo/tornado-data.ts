/** What a tornado chart draws (tornado.ts draws it, tornado-rows.ts its rows). */
export interface TornadoRow {
  readonly id: string;
  readonly label: string;
  /** The input's lowered and raised value, in words: `2 h`, `MTBF 500 h`. */
  readonly lowInput: string;
  readonly highInput: string;
  /** The output with the input lowered, and raised. */
  readonly low: number;
  readonly high: number;
}

export interface TornadoData {
  readonly rows: readonly TornadoRow[];
  readonly baseline: number;
  readonly xLabel: string;
  readonly format: (x: number) => string;
}
