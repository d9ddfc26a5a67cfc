import { foldSameLength } from './clean-text.ts';
import { type DeadlineRead, readDraftDeadline } from './read-draft-deadline.ts';
import type { TextRange } from './references.ts';
import type { DeadlineContext } from '../deadline/types.ts';

const YEARLY = /\b(?:dinh ky |thuc hien )?(?:hang|moi) nam\b|\bdinh ky (?:hang |moi )?nam\b/;

/**
 * The time of a duty, with the cadences plans combine with a date: "định kỳ hằng năm (trước ngày
 * 15/11 …)" is yearly, due each 14/11; "định kỳ hằng năm; riêng năm 2020 hoàn thành trong quý II/2020"
 * is yearly, first due 30/06/2020. Everything else is as readDraftDeadline reads it.
 */
export function readTime(text: string, references: readonly TextRange[], ctx: DeadlineContext): DeadlineRead {
  const read = readDraftDeadline(text, references, ctx);
  const deadline = read.deadline;
  const folded = foldSameLength(text);
  if (!deadline || deadline.kind === 'recurrence' || !YEARLY.test(folded) || !deadline.due) return read;
  const yearWritten = /\d{4}/.test(deadline.text);
  const [, month, day] = deadline.due.split('-').map(Number) as [number, number, number];
  if (!yearWritten) {
    return {
      deadline: {
        kind: 'recurrence',
        text: deadline.text,
        reading: `Hằng năm, hạn hết ngày ${day}/${month} mỗi năm.`,
        recurrence: { frequency: 'yearly', dueDay: day, dayOfPeriod: day, monthOfYear: month },
      },
      notes: read.notes.filter((n) => !/nhiều mốc/.test(n)),
    };
  }
  return {
    deadline: {
      kind: 'recurrence',
      text: deadline.text,
      reading: `Hằng năm; lần đầu hạn ${deadline.due}.`,
      recurrence: { frequency: 'yearly' },
      due: deadline.due,
    },
    notes: [...read.notes.filter((n) => !/nhiều mốc/.test(n)), 'Việc làm hằng năm; hạn lần đầu đọc từ văn bản, các năm sau cần ghi ngày.'],
  };
}
