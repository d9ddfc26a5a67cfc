import { reasonText, splitWords } from './args.ts';
import { findTaskOrReply } from './submit-report.ts';
import type { TaskRecord } from '../src/core/model/records.ts';
import type { CommandContext } from './types.ts';

/** A word written as a task code ("P5-02"): letters and digits around "-", "_" or "." */
const CODE_SHAPED = /^(?=.*[A-Za-z])(?=.*\d)[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)+$/;

/**
 * "/xong P5-01 P5-02 ghi chú": the codes written one after another, then the note. Every code must be
 * a task (else it is answered as unknown and the command stores nothing), so "P5-02" is never taken
 * for the note of P5-01.
 */
export async function tasksOfLeadingCodes(ctx: CommandContext, code: string, rest: string): Promise<{ tasks: TaskRecord[]; rest: string } | null> {
  const words = splitWords(rest);
  const codes = [code];
  while (words[0] !== undefined && CODE_SHAPED.test(words[0])) codes.push(words.shift()!);
  const unique = [...new Set(codes.map((c) => c.toUpperCase()))];
  const tasks: TaskRecord[] = [];
  for (const each of unique) {
    const task = await findTaskOrReply(ctx, each);
    if (!task) return null;
    tasks.push(task);
  }
  return { tasks, rest: reasonText(words.join(' ')) };
}
