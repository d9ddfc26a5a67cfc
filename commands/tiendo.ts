import { codePercentNote } from './args.ts';
import { findTaskOrReply, submitReport } from './submit-report.ts';
import type { CommandDefinition } from './types.ts';

export const progressCommand: CommandDefinition<{ code: string; percent: number; note: string }> = {
  name: 'tiendo',
  aliases: ['progress'],
  help: { vi: 'Báo tiến độ một nhiệm vụ (phần trăm, ghi chú).', en: 'Report a task’s progress (percent, note).' },
  usage: { vi: '/tiendo <mã> <%> [ghi chú]', en: '/tiendo <code> <%> [note]' },
  menu: true,
  args: codePercentNote,
  async handle(ctx, { code, percent, note }) {
    const task = await findTaskOrReply(ctx, code);
    if (!task) return;
    // 100% by command is still "in progress" at 100: only an explicit /xong asks for confirmation.
    await submitReport(ctx, { task, status: 'in_progress', percent, note, channel: 'command' });
  },
};
