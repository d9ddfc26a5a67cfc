import { codeAndRest } from './args.ts';
import { tasksOfLeadingCodes } from './several-codes.ts';
import { submitReport } from './submit-report.ts';
import type { CommandDefinition } from './types.ts';

export const doneCommand: CommandDefinition<{ code: string; rest: string }> = {
  name: 'xong',
  aliases: ['done'],
  help: { vi: 'Báo hoàn thành nhiệm vụ (đơn vị chủ trì: chờ Ban Chỉ đạo xác nhận).', en: 'Report a task done (lead unit: awaits confirmation).' },
  usage: { vi: '/xong <mã> [mã khác…] [ghi chú]', en: '/xong <code> [more codes…] [note]' },
  menu: true,
  args: codeAndRest,
  async handle(ctx, { code, rest }) {
    // "/xong P5-01 P5-02": each task done, with the note that follows the codes
    const named = await tasksOfLeadingCodes(ctx, code, rest);
    if (!named) return;
    for (const task of named.tasks) await submitReport(ctx, { task, status: 'done', percent: 100, note: named.rest, channel: 'command' });
  },
};
