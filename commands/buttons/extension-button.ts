import { ACTION_PREFIX, readIdArgs } from '../../src/core/actions/action-payload.ts';
import { decideExtensionRequest } from '../duyetgiahan.ts';
import type { ButtonAction } from '../types.ts';
import { answerStaleButton } from './button-payload.ts';

/** [Đồng ý] / [Từ chối] on an extension request: "gh:<requestId>:y|n" (typed: /duyetgiahan, /tuchoigiahan). */
export const extensionButton: ButtonAction = {
  prefix: ACTION_PREFIX.extension,
  async handle(ctx, payload) {
    const read = readIdArgs(payload);
    const answer = read?.option;
    if (!read || (answer !== 'y' && answer !== 'n')) return answerStaleButton(ctx);
    await decideExtensionRequest(ctx, read.id, answer === 'y', null);
  },
};
