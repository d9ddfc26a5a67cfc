import { codeAndReason } from './args.ts';
import { t } from '../src/core/i18n/translate.ts';
import { tasksOfLeadingCodes } from './several-codes.ts';
import { submitReport } from './submit-report.ts';
import type { CommandDefinition } from './types.ts';

export const blockedCommand: CommandDefinition<{ code: string; rest: string }> = {
  name: 'vuongmac',
  aliases: ['blocked'],
  help: { vi: 'Báo vướng mắc, khó khăn cần Ban Chỉ đạo hỗ trợ.', en: 'Report a blocker the committee should help with.' },
  usage: { vi: '/vuongmac <mã> <lý do>', en: '/vuongmac <code> <reason>' },
  menu: true,
  args: codeAndReason('args.missing_blocker_reason'),
  async handle(ctx, { code, rest }) {
    // "/vuongmac P5-01 P5-02 <lý do>": the same blocker on each task; "P5-02" is never read as the reason
    const named = await tasksOfLeadingCodes(ctx, code, rest);
    if (!named) return;
    if (named.rest === '') {
      await ctx.reply({ html: t(ctx.locale, 'args.missing_blocker_reason', { example: named.tasks.map((task) => task.code).join(' ') }) });
      return;
    }
    for (const task of named.tasks) await submitReport(ctx, { task, status: 'blocked', percent: null, note: named.rest, channel: 'command' });
  },
};
