import { decideImport } from '../plan-import-decision.ts';
import type { ButtonAction } from '../types.ts';
import { answerStaleButton, readIdPayload } from './button-payload.ts';

/** [Kích hoạt] / [Huỷ] under a checked plan file: "pi:<id>:ok" / "pi:<id>:no". */
export const planImportButton: ButtonAction = {
  prefix: 'pi',
  async handle(ctx, payload) {
    const read = readIdPayload(payload);
    if (!read || (read.option !== 'ok' && read.option !== 'no')) return answerStaleButton(ctx);
    await decideImport(ctx, read.id, read.option === 'ok' ? 'activated' : 'cancelled');
  },
};
