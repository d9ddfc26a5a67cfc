import { ACTION_PREFIX, readIdArgs } from '../../src/core/actions/action-payload.ts';
import { showTaskDetail } from '../chitiet.ts';
import { submitReport } from '../submit-report.ts';
import type { ButtonAction } from '../types.ts';
import type { ReportedStatus } from '../../src/core/usecases/report-status.ts';
import { ownEntry } from '../../src/core/text/own-entry.ts';
import { answerStaleButton } from './button-payload.ts';

const STATUS_OF: Record<string, ReportedStatus> = { ip: 'in_progress', dn: 'done', bl: 'blocked' };

/** The buttons under a task message: "st:<taskId>:<ip|dn|bl|dt>". */
export const statusButton: ButtonAction = {
  prefix: ACTION_PREFIX.status,
  async handle(ctx, payload) {
    const read = readIdArgs(payload);
    if (!read) return answerStaleButton(ctx);
    const code = read.option;
    const task = await ctx.deps.stores.tasks.getTask(read.id);
    if (!task) return void (await ctx.answerButton?.('—'));
    if (code === 'dt') {
      await ctx.answerButton?.('');
      await showTaskDetail(ctx, task.id);
      return;
    }
    const status = ownEntry(STATUS_OF, code);
    if (!status) return void (await ctx.answerButton?.('—'));
    await submitReport(ctx, { task, status, percent: status === 'done' ? 100 : null, note: null, channel: 'button' });
  },
};
