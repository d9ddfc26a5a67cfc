import { previewDigest } from '../jobs/preview-digest.ts';
import { vietnamCalendar } from '../src/core/time/work-calendar.ts';
import { noArgs } from './args.ts';
import type { CommandDefinition } from './types.ts';

/**
 * The chat's digest now, on demand: the unit's morning digest in a unit group, the steering digest
 * (weekly edition on its day) in the steering group, composed as the scheduled jobs compose them.
 * Nothing is recorded: the scheduled digests still come at their hour.
 */
export const digestCommand: CommandDefinition<undefined> = {
  name: 'tonghop',
  aliases: ['digest'],
  help: { vi: 'Bản tổng hợp của nhóm ngay bây giờ (như bản tin gửi theo lịch).', en: 'This group’s digest now (as the scheduled one).' },
  usage: { vi: '/tonghop', en: '/tonghop' },
  menu: true,
  args: noArgs,
  async handle(ctx) {
    const vi = ctx.locale === 'vi';
    if (ctx.chat.kind !== 'unit' && ctx.chat.kind !== 'steering') {
      await ctx.reply({
        html: vi
          ? 'Bản tổng hợp dùng trong nhóm đơn vị hoặc nhóm Ban Chỉ đạo đã kết nối. Gửi /trogiup để xem cách kết nối.'
          : 'Digests are for a connected unit group or steering group. Send /trogiup to see how to connect.',
      });
      return;
    }
    const preview = await previewDigest(ctx.deps.stores, ctx.chat, ctx.now, vietnamCalendar);
    if (preview.messages.length === 0) {
      await ctx.reply({ html: vi ? 'Chưa có nhiệm vụ nào để tổng hợp.' : 'No tasks to summarise yet.' });
      return;
    }
    for (const html of preview.messages) await ctx.reply({ html });
  },
};
