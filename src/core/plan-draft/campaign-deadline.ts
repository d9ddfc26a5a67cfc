import { addDays } from '../time/local-date.ts';
import type { DraftPhase, DraftTask } from './types.ts';

/**
 * "Thời gian: Tháng hành động được tổ chức từ ngày D1 đến ngày D2": the campaign a phase's line names before its span. The name
 * opens the line (or its labelled part) with a capital and runs up to the verb of the span.
 */
const CAMPAIGN_NAME = /(?:^|:\s*)(\p{Lu}[^\s:;,.()]*(?:\s[^\s:;,.()]+){0,5}?)\s+(?:được\s+)?(?:tổ chức|diễn ra|triển khai|phát động)\s+từ\s/u;
/** the plan itself ("Kế hoạch được triển khai từ …") names no campaign its duties could be timed by */
const NOT_A_CAMPAIGN = /^(?:Kế hoạch|Chương trình|Phương án|Đề án|Thời gian|Giai đoạn|Đợt)(?:\s|$)/u;

function campaignName(phase: DraftPhase): string | undefined {
  const name = CAMPAIGN_NAME.exec(phase.source)?.[1];
  return name && !NOT_A_CAMPAIGN.test(name) ? name : undefined;
}

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "… trong Tháng hành động", "… trong thời gian diễn ra Tuần lễ …", "… trong Đợt 1": work timed by a campaign or phase the plan names */
export const DURING_NAMED =
  /(?:^|\s)(?:trong|suốt)\s+(?:thời gian\s+(?:diễn ra|tổ chức)\s+|suốt\s+)?(?:(?:Tháng|Tuần lễ|Chiến dịch|Ngày hội)\s+\p{Ll}|(?:Đợt|Giai đoạn)\s+[\dIVX])/u;

/**
 * A duty timed by the campaign the plan set ("chậm nhất 05 ngày sau khi Tháng hành động kết thúc" / "sau khi kết thúc Tháng hành
 * động"; "trong thời gian diễn ra Tháng hành động", "trong Tháng hành động"): that many days after its last day, or its span;
 * flagged, since the day is computed.
 */
export function dateByCampaign(task: DraftTask, phases: readonly DraftPhase[]): void {
  if (task.deadline) return;
  for (const phase of phases) {
    const name = campaignName(phase);
    if (!name || !phase.start || !phase.end) continue;
    const n = escapeForRegExp(name);
    const after = new RegExp(`(\\d{1,3})\\s+ngày\\s+sau\\s+khi\\s+(?:${n}\\s+kết thúc|kết thúc\\s+${n})`, 'iu').exec(task.body);
    if (after) {
      const due = addDays(phase.end, Number(after[1]));
      task.deadline = { kind: 'due', text: after[0], reading: `${after[0]} (${name} kết thúc ${phase.end}): ${due}.`, due };
      task.reviewNotes.push(`Hạn tính từ ngày kết thúc ${name} (${phase.end}); cần kiểm tra.`);
      return;
    }
    const during = new RegExp(`(?<![\\p{L}\\d])(?:trong|suốt)\\s+(?:thời gian\\s+(?:diễn ra|tổ chức)\\s+|suốt\\s+)?${n}(?![\\p{L}\\d])`, 'iu').exec(task.body);
    if (during) {
      task.deadline = { kind: 'period', text: during[0], reading: `Theo ${name}: ${phase.start} – ${phase.end}.`, start: phase.start, due: phase.end };
      task.reviewNotes.push(`Thời gian lấy theo ${name}; cần kiểm tra.`);
      return;
    }
  }
}
