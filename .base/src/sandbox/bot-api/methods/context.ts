import type { FaultInjector } from '../faults.ts';
import type { FileStore } from '../file-store.ts';
import type { Params } from '../params.ts';
import type { RateLimiter } from '../rate-limiter.ts';
import type { SandboxState } from '../state.ts';

export interface MethodContext {
  state: SandboxState;
  limiter: RateLimiter;
  faults: FaultInjector;
  files: FileStore;
  /** Aborted when the HTTP client goes away or the server closes (ends long polls). */
  signal: AbortSignal;
}

export type MethodHandler = (ctx: MethodContext, params: Params) => unknown | Promise<unknown>;
