import { t } from '../../src/core/i18n/translate.ts';
import { parseRecordId } from '../../src/core/model/record-id.ts';
import type { CommandContext } from '../types.ts';

/** "<id>[:<option>]" as the buttons carry it; null when the id is not a record id (forged or mangled data). */
export function readIdPayload(payload: string): { id: number; option: string } | null {
  const separator = payload.indexOf(':');
  const id = parseRecordId(separator === -1 ? payload : payload.slice(0, separator));
  return id === null ? null : { id, option: separator === -1 ? '' : payload.slice(separator + 1) };
}

/** The quiet answer to a button whose data makes no sense: a toast, nothing changed, nothing looked up. */
export async function answerStaleButton(ctx: CommandContext): Promise<void> {
  await ctx.answerButton?.(t(ctx.locale, 'button.stale'));
}
