import { ACTION_PREFIX, readIdArgs } from '../../src/core/actions/action-payload.ts';
import { t } from '../../src/core/i18n/translate.ts';
import { ownEntry } from '../../src/core/text/own-entry.ts';
import { PICK_CODES } from '../pending-readings.ts';
import { applyPick } from '../pick-choice.ts';
import type { ButtonAction } from '../types.ts';

/** The answer to "what did you mean?": "pk:<pendingId>:<ip|dn|bl|x>". No report was stored before. */
export const pickButton: ButtonAction = {
  prefix: ACTION_PREFIX.pick,
  async handle(ctx, payload) {
    const read = readIdArgs(payload);
    const choice = read ? ownEntry(PICK_CODES, read.option) : undefined;
    const reading = read ? await ctx.deps.stores.pendingReadings.take(read.id, ctx.now) : null;
    if (!reading || !choice || reading.chatId !== ctx.chat.id) {
      await ctx.answerButton?.('');
      await ctx.reply({ html: t(ctx.locale, 'reply.pending_gone') });
      return;
    }
    await applyPick(ctx, reading, choice);
  },
};
