import { codeAndReason } from './args.ts';
import { findTaskOrReply, submitReport } from './submit-report.ts';
import type { CommandDefinition } from './types.ts';

export const blockedCommand: CommandDefinition<{ code: string; rest: string }> = {
  name: 'vuongmac',
  aliases: ['blocked'],
  help: { vi: 'Báo vướng mắc, khó khăn cần Ban Chỉ đạo hỗ trợ.', en: 'Report a blocker the committee should help with.' },
  usage: { vi: '/vuongmac <mã> <lý do>', en: '/vuongmac <code> <reason>' },
  menu: true,
  args: codeAndReason('args.missing_blocker_reason'),
  async handle(ctx, { code, rest }) {
    const task = await findTaskOrReply(ctx, code);
    if (!task) return;
    await submitReport(ctx, { task, status: 'blocked', percent: null, note: rest, channel: 'command' });
  },
};
