import { decideImport } from '../plan-import-decision.ts';
import type { ButtonAction } from '../types.ts';
import { ACTION_PREFIX, readIdArgs } from '../../src/core/actions/action-payload.ts';
import { answerStaleButton } from './button-payload.ts';

/** [Kích hoạt] / [Huỷ] under a checked plan file: "pi:<id>:ok" / "pi:<id>:no". */
export const planImportButton: ButtonAction = {
  prefix: ACTION_PREFIX.planImport,
  async handle(ctx, payload) {
    const read = readIdArgs(payload);
    if (!read || (read.option !== 'ok' && read.option !== 'no')) return answerStaleButton(ctx);
    await decideImport(ctx, read.id, read.option === 'ok' ? 'activated' : 'cancelled');
  },
};
