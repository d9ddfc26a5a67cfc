import { t } from '../src/core/i18n/translate.ts';
import { codePercentNote } from './args.ts';
import { findTaskOrReply, submitReport } from './submit-report.ts';
import type { CommandDefinition } from './types.ts';

export const progressCommand: CommandDefinition<{ code: string; percent: { percent: number; rounded: string | null }; note: string }> = {
  name: 'tiendo',
  aliases: ['progress'],
  help: { vi: 'Báo tiến độ một nhiệm vụ (phần trăm, ghi chú).', en: 'Report a task’s progress (percent, note).' },
  usage: { vi: '/tiendo <mã> <%> [ghi chú]', en: '/tiendo <code> <%> [note]' },
  menu: true,
  args: codePercentNote,
  async handle(ctx, { code, percent: { percent, rounded }, note }) {
    const task = await findTaskOrReply(ctx, code);
    if (!task) return;
    // a fraction typed ("50,5") is kept as a whole percent: the answer says which
    const preface = rounded ? t(ctx.locale, 'report.percent_rounded', { typed: rounded, percent }) : undefined;
    // 100% by command is still "in progress" at 100: only an explicit /xong asks for confirmation.
    await submitReport(ctx, { task, status: 'in_progress', percent, note, channel: 'command', ...(preface ? { preface } : {}) });
  },
};
