import { ACTION_PREFIX, readIdArgs } from '../../src/core/actions/action-payload.ts';
import { resolveTaskBlocker } from '../gotvuong.ts';
import type { ButtonAction } from '../types.ts';
import { answerStaleButton } from './button-payload.ts';

/** [Gỡ vướng] on a blocker notice in the steering group: "gv:<taskId>". */
export const resolveBlockerButton: ButtonAction = {
  prefix: ACTION_PREFIX.resolveBlocker,
  handle: (ctx, payload) => {
    const read = readIdArgs(payload);
    return read ? resolveTaskBlocker(ctx, read.id, null) : answerStaleButton(ctx);
  },
};
