import type { Stores } from '../db/stores.ts';
import { escapeHtml } from '../core/text/html.ts';
import { localDateKey } from '../core/time/zone.ts';
import type { Clock } from '../core/time/clock.ts';

/**
 * The bot was removed from a group (403): its pending messages are already cancelled; tell the
 * secretariat in the steering group so somebody adds the bot back and binds the group again.
 */
export function createChatBlockedNotifier(stores: Stores, clock: Clock) {
  return async (chatId: number): Promise<void> => {
    const chat = await stores.chats.getChat(chatId);
    if (!chat || chat.kind === 'steering') return;
    const unit = chat.unitId ? await stores.directory.getUnit(chat.unitId) : null;
    const now = clock.now();
    const name = escapeHtml(chat.title ?? chat.externalId);
    const unitText = unit ? ` (đơn vị <b>${escapeHtml(unit.name)}</b>)` : '';
    for (const steering of await stores.chats.listChats({ kind: 'steering', active: true })) {
      await stores.outbox.enqueue({
        chatId: steering.id,
        kind: 'notice',
        idempotencyKey: `blocked:${chatId}:${localDateKey(now)}:${steering.id}`,
        notBefore: now,
        message: {
          html:
            `⚠️ Bot không còn gửi được tin vào nhóm <b>${name}</b>${unitText}: bot đã bị xóa khỏi nhóm hoặc bị chặn. ` +
            'Các tin chờ gửi cho nhóm này đã hủy. Hãy thêm lại bot vào nhóm rồi gửi /moi và /ketnoi để kết nối lại.',
        },
      });
    }
  };
}
