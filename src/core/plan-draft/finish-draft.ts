import { dateAfterEachRound } from './after-each-round.ts';
import { dateByCampaign } from './campaign-deadline.ts';
import { dateAsStatedEvent } from './event-day-stated-elsewhere.ts';
import type { UnitDiscovery } from './discover-units.ts';
import { foldVietnamese } from '../text/fold.ts';
import { firstAddressee } from './inherited-lead.ts';
import { dateFromIssue } from './issue-relative-deadline.ts';
import { dateByPeakWindow } from './peak-window.ts';
import { dateBeforeNamedDay } from './named-day-countdown.ts';
import { dateAsNamedItem } from './same-deadline-as.ts';
import { insideAny, type TextRange } from './references.ts';
import { withoutDeadlineTime } from './task-title.ts';
import type { DraftCriterion, DraftHeader, DraftPhase, DraftTask, PlanDraft } from './types.ts';

/** What the walk over the outline gathered, for the steps that need the whole document. */
export interface WalkedDraft {
  header: DraftHeader;
  discovery: UnitDiscovery;
  lines: readonly string[];
  bodyStart: number;
  /** outline nodes read, to tell an empty body from one with no duties */
  nodeCount: number;
  references: readonly TextRange[];
  /** the unit given the carrying out of the whole document ("Giao … tổ chức thực hiện") */
  assignee: string | undefined;
  phases: DraftPhase[];
  tasks: DraftTask[];
  criteria: DraftCriterion[];
}

/** Completes the draft once every duty is read: leads and times only the whole document gives, review flags, the units kept. */
export function finishDraft({ header, discovery, lines, bodyStart, nodeCount, references, assignee, phases, tasks, criteria }: WalkedDraft): PlanDraft {
  const issuerKey = foldVietnamese(header.issuerShort ?? header.issuer ?? '');
  const issuerUnit = discovery.units.find((u) => [u.name, ...u.aliases].some((n) => foldVietnamese(n) === issuerKey));
  if (issuerUnit) header.issuerCode = issuerUnit.code;
  // a department's own plan: what it lists without a unit is its own work
  const ownWork = issuerUnit && issuerUnit.kind === 'department' ? issuerUnit.code : undefined;
  // a letter asks its addressees ("Kính gửi: Ủy ban nhân dân các tỉnh …") to do what it does not give to another unit
  const addressee = firstAddressee(lines, bodyStart, discovery.mentions);
  for (const task of tasks) {
    if (task.lead) continue;
    if (addressee && !assignee) {
      task.lead = addressee;
      task.reviewNotes.push('Văn bản không ghi đơn vị cho việc này; tạm lấy nơi nhận (Kính gửi).');
    } else if (!assignee && ownWork) {
      task.lead = ownWork;
      task.reviewNotes.push('Văn bản không ghi đơn vị cho việc này; tạm lấy cơ quan ban hành.');
    } else if (assignee) {
      task.lead = assignee;
      task.reviewNotes.push('Văn bản không ghi đơn vị cho việc này; tạm lấy đơn vị được giao tổ chức thực hiện văn bản.');
    } else task.reviewNotes.push('Chưa xác định được đơn vị chủ trì.');
  }
  // "kiểm soát … trong Giai đoạn 2", "ra quân … theo Giai đoạn 2 của Kế hoạch", or "Thời gian: trong Giai đoạn 1" on its time
  // line: the duty runs for the phase it names (not "thường xuyên, nhất là trong Giai đoạn 1": a standing duty, stressed in a phase)
  for (const task of tasks) {
    if (task.deadline) continue;
    const named = /(?<!(?:nhất|đặc biệt) là\s)(?:trong|suốt|theo|kết thúc|hết)\s+(giai đoạn|học kỳ|đợt)\s+(\d+|[IVX]+)\b/iu.exec(
      `${task.body}\n${task.source}`,
    );
    const phase = named && phases.find((p) => foldVietnamese(p.name) === foldVietnamese(`${named[1]} ${named[2]}`));
    if (!phase?.start || !phase.end) continue;
    task.deadline = { kind: 'period', text: named![0], reading: `Theo ${phase.name}: ${phase.start} – ${phase.end}.`, start: phase.start, due: phase.end };
    task.phase ??= phase.code;
    task.reviewNotes.push(`Thời gian lấy theo ${phase.name}; cần kiểm tra.`);
  }
  // "Thời gian: theo hai đợt tại mục II": the duty runs in every round the plan set, so it is done when the last one ends
  for (const task of tasks) {
    if (task.deadline) continue;
    const every = /theo\s+(?:(?:hai|ba|bốn|năm|các|\d{1,2})\s+)?(đợt|giai đoạn)(?=[\s,.;]|$)(?!\s+\d)/iu.exec(`${task.body}\n${task.source}`);
    const rounds = every ? phases.filter((p) => foldVietnamese(p.name).startsWith(foldVietnamese(every[1]!)) && p.end) : [];
    if (rounds.length < 2) continue;
    const last = rounds[rounds.length - 1]!;
    task.deadline = { kind: 'due', text: every![0], reading: `${every![0]}: xong khi kết thúc ${last.name} (${last.end}).`, due: last.end! };
    task.reviewNotes.push(`Thời gian "${every![0]}": lấy ngày kết thúc ${last.name}; cần kiểm tra.`);
  }
  for (const task of tasks) dateAfterEachRound(task, phases);
  for (const task of tasks) dateByCampaign(task, phases);
  for (const task of tasks) dateByPeakWindow(task, phases);
  for (const task of tasks) dateFromIssue(task, header.issueDate, lines);
  for (const task of tasks) dateBeforeNamedDay(task, lines);
  for (const task of tasks) dateAsStatedEvent(task, lines);
  for (const task of tasks) dateAsNamedItem(task, tasks);
  for (const task of tasks) task.title = withoutDeadlineTime(task.title, task.deadline);
  for (const task of tasks) task.review = task.reviewNotes.length > 0 || task.lead === undefined;

  const used = new Set<string>();
  for (const task of tasks) for (const ref of [task.lead, ...task.support]) if (ref) used.add(ref);
  const namedOutside = new Set(discovery.mentions.filter((m) => !insideAny(m.start, m.end, references)).map((m) => m.ref));
  if (tasks.length === 0) {
    header.review = true;
    header.reviewNotes.push(noTasksReason(nodeCount, bodyStart, lines.length));
  }
  return {
    header,
    units: discovery.units.filter((u) => used.has(u.code) || namedOutside.has(u.code) || u === issuerUnit),
    groups: discovery.groups.filter((g) => used.has(g.code)),
    phases,
    tasks,
    criteria,
  };
}

function noTasksReason(nodes: number, bodyStart: number, lineCount: number): string {
  if (lineCount - bodyStart < 3 || nodes === 0)
    return 'Không tìm thấy nhiệm vụ nào: văn bản không có phần nội dung sau tiêu đề (hoặc chỉ có tiêu đề, nơi nhận, chữ ký).';
  return 'Không tìm thấy nhiệm vụ nào: văn bản không có mục đánh số giao việc (I., 1., a), -) cho đơn vị nào, hoặc chỉ nêu mục đích, căn cứ.';
}
