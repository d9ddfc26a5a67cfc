import type { DeadlineContext } from '../deadline/types.ts';
import { statesOwnSpan } from './build-phase.ts';
import { isBoilerplate, isRoleOnly, isRule } from './classify-node.ts';
import { isEventStatement } from './countdown.ts';
import { splitInlineRounds } from './inline-rounds.ts';
import type { OutlineNode } from './outline.ts';
import { readTime } from './read-time.ts';
import { splitScopedDeadlines } from './scoped-deadlines.ts';
import { splitDuties, type SplitInput } from './split-duties.ts';
import { splitRounds } from './split-rounds.ts';
import type { DraftDeadline, DraftPhase, DraftTask } from './types.ts';

/** a time line that only says the duty is done round by round, no time of its own */
const BY_ROUND = /^[^\d]*\btheo (?:từng|các|mỗi) đợt[\s.;]*$/iu;

/** What draft-plan.ts knows of one item when it cuts the item's task into the duties it holds. */
export interface PieceInput extends Omit<SplitInput, 'ctx'> {
  ctx: DeadlineContext | undefined;
  /** the item's own "Thời gian: …" line */
  timeNode: OutlineNode | undefined;
  /** the item has a block of role lines */
  block: unknown;
  phaseLabel: unknown;
  merged: readonly OutlineNode[];
  /** the phase whose end the item is due at when it gives no time */
  phaseDue: DraftPhase | undefined;
  countdown: unknown;
  scope: DraftDeadline | undefined;
}

/** The duties of one item, each with its deadline: its rounds, its clauses, and the time of its phase or heading. */
export function duePieces(task: DraftTask, input: PieceInput): DraftTask[] {
  const { ctx, timeNode, block, phaseLabel, merged, phaseDue, countdown, scope } = input;
  const pieces = timeNode
    ? splitRounds(task, timeNode.text, ctx)
    : // a block with roles only ("(Cơ quan chủ trì: X; phối hợp: Y)") leaves the item's own times to its clauses
      (block && !(ctx && readTime(input.text, input.references, ctx).deadline)) || phaseLabel || merged.length > 0
      ? [task]
      : splitDuties(task, { text: input.text, mentions: input.mentions, references: input.references, ...(ctx && { ctx }) });
  // "Các khoa, phòng căn cứ bảng phân công tại Mục II triển khai thực hiện; Phòng X tổng hợp …": the request is no duty
  const kept = (p: DraftTask) => !isBoilerplate(p.body) && !isRule(p.body) && !isRoleOnly(p.body) && !isEventStatement(p.body);
  const duties = (pieces.length > 1 ? pieces.filter(kept) : pieces).flatMap((p) =>
    // rounds in a time line were split above; "đợt 1 trong quý II và đợt 2 trong quý IV" in the duty's own words here
    // ("Hoàn thành: theo từng đợt" leaves the rounds' times to the duty's own words: "đợt 1 … trong tháng 3/2028; đợt 2 …")
    timeNode && !BY_ROUND.test(timeNode.text) ? [p] : splitInlineRounds(p, ctx).flatMap((r) => splitScopedDeadlines(r, ctx)),
  );
  for (const piece of duties) {
    // after the split, so that each duty of "X tổ chức …; Y tường thuật …" under the phase is due when it ends
    if (phaseDue && !piece.deadline && !statesOwnSpan(piece.source)) {
      const { name, start, end } = phaseDue;
      piece.deadline = { kind: 'period', text: name, reading: `Theo ${name}: ${start} – ${end}.`, start: start!, due: end! };
      piece.reviewNotes.push(`Thời hạn lấy theo ${name} ở mục trên; cần kiểm tra.`);
    }
    // "Kiểm tra …; báo cáo … trước ngày D" under "2. Tháng 4 - 5/2029": the clause with no date of its own keeps the heading's
    if (!piece.deadline && !countdown && scope && pieces.length > 1) piece.deadline = scope;
  }
  return duties;
}
