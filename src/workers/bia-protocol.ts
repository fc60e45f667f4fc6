/** Messages between the page and the BIA worker. */
import type { Finding } from '../analysis/advisor/types.ts';
import type { BiaResult } from '../analysis/bia/types.ts';
import type { Scenario } from '../core/model.ts';

export interface BiaRequest {
  readonly id: number;
  readonly scenario: Scenario;
  readonly triples: boolean;
}

export type BiaResponse =
  | {
      readonly id: number;
      readonly type: 'progress';
      readonly done: number;
      readonly total: number;
    }
  | {
      readonly id: number;
      readonly type: 'done';
      readonly bia: BiaResult;
      readonly findings: readonly Finding[];
    }
  | { readonly id: number; readonly type: 'error'; readonly message: string };
