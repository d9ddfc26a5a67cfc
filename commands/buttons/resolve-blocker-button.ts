import { resolveTaskBlocker } from '../gotvuong.ts';
import type { ButtonAction } from '../types.ts';

/** [Gỡ vướng] on a blocker notice in the steering group: "gv:<taskId>". */
export const resolveBlockerButton: ButtonAction = {
  prefix: 'gv',
  handle: (ctx, payload) => resolveTaskBlocker(ctx, Number(payload), null),
};
