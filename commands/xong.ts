import { codeAndRest } from './args.ts';
import { findTaskOrReply, submitReport } from './submit-report.ts';
import type { CommandDefinition } from './types.ts';

export const doneCommand: CommandDefinition<{ code: string; rest: string }> = {
  name: 'xong',
  aliases: ['done'],
  help: { vi: 'Báo hoàn thành nhiệm vụ (đơn vị chủ trì: chờ Ban Chỉ đạo xác nhận).', en: 'Report a task done (lead unit: awaits confirmation).' },
  usage: { vi: '/xong <mã> [ghi chú]', en: '/xong <code> [note]' },
  menu: true,
  args: codeAndRest,
  async handle(ctx, { code, rest }) {
    const task = await findTaskOrReply(ctx, code);
    if (!task) return;
    await submitReport(ctx, { task, status: 'done', percent: 100, note: rest, channel: 'command' });
  },
};
