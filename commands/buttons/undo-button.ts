import { ACTION_PREFIX, readIdArgs } from '../../src/core/actions/action-payload.ts';
import { undoAndTell } from '../hoantac.ts';
import type { ButtonAction } from '../types.ts';
import { answerStaleButton } from './button-payload.ts';

/** [Hoàn tác] under a receipt: "ud:<reportId>", valid 10 minutes (typed: /hoantac <mã>). */
export const undoButton: ButtonAction = {
  prefix: ACTION_PREFIX.undo,
  async handle(ctx, payload) {
    const read = readIdArgs(payload);
    if (!read) return answerStaleButton(ctx);
    await undoAndTell(ctx, read.id);
  },
};
