import { DURING_NAMED } from './campaign-deadline.ts';
import { asksUnit, clausesOf, UNIT_HEAD_POST } from './duty-clauses.ts';
import { isGeneralAim, measuresDutyBefore } from './duty-measure.ts';
import type { DeadlineContext } from '../deadline/types.ts';
import type { UnitMention } from './discover-units.ts';
import { REPORTS_PROBLEMS } from './classify-node.ts';
import { ACTION_START, findRoles } from './find-roles.ts';
import { problemReporter } from './item-wording.ts';
import { readTime } from './read-time.ts';
import type { TextRange } from './references.ts';
import { isThemeSentence } from './theme-sentence.ts';
import { taskTitle } from './task-title.ts';
import type { DraftTask } from './types.ts';
import { finishesWorkBefore, onlySaysHowOften, onlySaysWhenDue, opensOtherWork } from './finish-clause.ts';
import {
  ROLE_ONLY,
  COMPLETION_ONLY,
  HANDS_IN,
  SUBMITS_NEW,
  FOCAL_ROLE,
  DIRECTS_OTHERS,
  ONGOING,
  ON_EVENT,
  EVENT_DUTY_START,
  REPORT_START,
  RECURRING_REPORT,
  WATCHING,
  STANDING,
  REPORT_PERIOD,
  CADENCE,
  DATED_YEAR,
  PERIOD_ONLY,
  actionPart,
} from './split-duty-patterns.ts';

export interface SplitInput {
  text: string;
  mentions: readonly UnitMention[];
  references: readonly TextRange[];
  ctx?: DeadlineContext;
}

/**
 * One item that holds several duties becomes several tasks: clauses (split at ";" and at sentence
 * ends) that each carry their own deadline ("tổ chức … từ 01/5 đến 31/5; tổ chức lễ phát động trong
 * tháng 4"), and sentences that open with a unit of their own ("… Cơ quan Thường trực (Công an tỉnh)
 * tổng hợp báo cáo …"). Clauses with neither stay with the duty before them. Returns [task] when the
 * item is one duty.
 */
export function splitDuties(task: DraftTask, input: SplitInput): DraftTask[] {
  const clauses = clausesOf(input.text, input.mentions).flatMap((c) => splitAtAnd(input, c));
  if (clauses.length < 2) return [task];
  const first = clauses[0]!;
  const subjectOpensItem = localMentions(input, first).some((m) => m.start <= 1 || UNIT_HEAD_POST.test(input.text.slice(first.start, first.start + m.start)));
  const facts = clauses.map((c) => {
    const local = localMentions(input, c);
    const roles = findRoles(input.text.slice(c.start, c.end), local);
    // "… . Đề nghị TTYT quận hỗ trợ …": a sentence that asks a unit opens with it too (see asksUnit)
    const bySubject = subjectOpensItem && /;\s*$/u.test(input.text.slice(0, c.start));
    const asked = (m: UnitMention) => asksUnit(input.text.slice(c.start, c.start + m.start), bySubject);
    // "…; Chủ tịch Hội LHPN xã báo cáo …": a clause that opens with the head of a unit opens with the unit
    const headed = (m: UnitMention) => UNIT_HEAD_POST.test(input.text.slice(c.start, c.start + m.start));
    // "… . Ngoài ra, các sở, ngành thành viên … báo cáo …": a connective before the subject still opens the sentence with it
    // ("…; kết thúc Giai đoạn 1, Bộ phận Một cửa chủ trì sơ kết …; cuối Giai đoạn 2, Công chức Văn phòng - Thống kê tham mưu …": so
    // does a time it happens at, "… . Ngay sau khi có kết quả đo đạc, Tổ hòa giải thôn … tổ chức …" the step it follows)
    const afterConnective = (m: UnitMention) =>
      /^\s*(?:(?:Ngoài ra|Đồng thời|Bên cạnh đó|Mặt khác|(?:kết thúc|sau khi kết thúc|cuối|đầu|giữa)\s+(?:giai đoạn|đợt|năm|quý|tháng|học kỳ)\b[^,;.]{0,30}|(?:Ngay\s+)?sau khi\s[^,;.]{4,60}),|Riêng)\s*$/iu.test(
        input.text.slice(c.start, c.start + m.start),
      );
    // "…; Cục An toàn lao động là đầu mối theo dõi, tổng hợp, báo cáo … trước ngày D": the unit's focal role opens its own work
    const focal = (m: UnitMention) => m.start <= 1 && FOCAL_ROLE.test(input.text.slice(c.start + m.end, c.end));
    const opensWithUnit =
      local.some((m) => m.start <= 1 || asked(m) || headed(m) || afterConnective(m)) &&
      roles.lead !== undefined &&
      (roles.predicateStart !== undefined || local.some(focal));
    const read = input.ctx ? readTime(input.text.slice(c.start, c.end), localRefs(input, c), input.ctx) : { notes: [] };
    // "…, hoàn thành trước Hội chợ 15 ngày; phối hợp …": a deadline read for the whole item from an event's day belongs to the
    // clause that states it
    const counted = !read.deadline && task.deadline?.kind === 'due' && input.text.slice(c.start, c.end).includes(task.deadline.text);
    const time = counted ? { deadline: task.deadline, notes: [] } : read;
    // "… . Sở Xây dựng tham mưu trình UBND tỉnh.": a sentence that only names who does the duty before it
    const roleOnly = opensWithUnit && ROLE_ONLY.test(input.text.slice(c.start + roles.predicateStart!, c.end));
    return { ...c, roles, opensWithUnit: opensWithUnit && !roleOnly, roleOnly, time };
  });
  const pieces: (typeof facts)[] = [];
  for (const fact of facts) {
    const current = pieces[pieces.length - 1];
    const currentHasTime = current?.some((f) => f.time.deadline !== undefined || DURING_NAMED.test(input.text.slice(f.start, f.end)));
    // a recurring report ("định kỳ 6 tháng, năm báo cáo …") is a duty of its own after a one-off one
    const recurring = fact.time.deadline?.kind === 'recurrence' && !current?.some((f) => f.time.deadline?.kind === 'recurrence');
    // "Trong quá trình thực hiện, nếu có vướng mắc, báo cáo về …": reporting problems is a duty of its own
    const clause = input.text.slice(fact.start, fact.end);
    const newSentence = input.text.slice(0, fact.start).trimEnd().endsWith('.');
    // "… . Đồng thời, phối hợp …", "… . Cuối đợt vận động, tổng hợp …": the action after a sentence's opening connective or time
    const action = actionPart(clause, newSentence);
    const currentText = current ? input.text.slice(current[0]!.start, current[current.length - 1]!.end) : '';
    const problems = /^\s*(?:trong\s+)?quá trình\s+(?:tổ chức\s+)?(?:triển khai|thực hiện)[^.;]*nếu có/iu.test(clause) || REPORTS_PROBLEMS.test(clause);
    // a new sentence "Trường hợp …, báo cáo …" is a conditional duty of its own
    const conditional = /^\s*trường hợp\b/iu.test(clause) && input.text.slice(0, fact.start).trimEnd().endsWith('.');
    // "Riêng đối với lớp 1 …", "trong đó …": an exception or detail of the same duty
    // ("…; đồng thời hướng dẫn … trước ngày D" with a date of its own is another duty)
    const detail =
      // ("Riêng Đoàn Thanh niên phường tổ chức …": a unit singled out has a duty of its own)
      (/^\s*(?:riêng|trong đó|đặc biệt là|nhất là|kể cả)\b/iu.test(clause) && !(/^\s*riêng\s/iu.test(clause) && fact.opensWithUnit)) ||
      (!fact.opensWithUnit && fact.time.deadline?.kind !== 'due' && /;\s*$/u.test(input.text.slice(0, fact.start)) && measuresDutyBefore(clause)) ||
      (/^\s*đồng thời\b/iu.test(clause) && fact.time.deadline === undefined && !fact.opensWithUnit) ||
      (current !== undefined && finishesWorkBefore(clause, currentText)) ||
      // "… cho từng xã năm 2024; hoàn thành trước ngày 31/01/2024", "…; thực hiện thường xuyên": when or how often the work before
      // is done, with no work named
      (current !== undefined && (COMPLETION_ONLY.test(clause) || onlySaysHowOften(clause)));
    // "… là cơ quan đầu mối, theo dõi, đôn đốc …; tổng hợp kết quả, báo cáo … trước ngày D": the dated report is a task of its own;
    // so is another action with its own date after an undated one ("Hướng dẫn …; thẩm định … trước ngày D"; "tổ chức lực lượng
    // xung kích; kiểm tra phao, áo phao, xong trước ngày D": the date is the second action's), unless it hands in the first
    // one's work ("…; trình UBND phê duyệt trước ngày D")
    const datedAfterUndated = fact.time.deadline !== undefined && !currentHasTime && current !== undefined;
    const reportAfterStanding = datedAfterUndated && REPORT_START.test(clause) && current.some((f) => STANDING.test(input.text.slice(f.start, f.end)));
    // ("…; niêm yết danh sách … ít nhất 20 ngày trước ngày giao quân": posting a list by its own day, not the posting that goes with
    // the work before it, "…, từ D1 đến D2; niêm yết công khai danh sách …")
    const anotherDatedAction =
      datedAfterUndated &&
      (((ACTION_START.test(action) || /^\s*(?:niêm yết|yêu cầu)\s/iu.test(clause)) && !HANDS_IN.test(action)) ||
        opensOtherWork(clause) ||
        SUBMITS_NEW.test(clause));
    // "Rà soát quy hoạch … . Báo cáo kết quả về UBND tỉnh trước ngày D.": a dated report in a sentence of its own after undated work
    const reportSentence = datedAfterUndated && /^\s*báo cáo kết quả(?=\s)/iu.test(clause) && input.text.slice(0, fact.start).trimEnd().endsWith('.');
    // "…, hoàn thành trong tháng 02/2025; bố trí người trực chốt … suốt mùa khô": work that goes on, after dated work, is a duty of its own
    const ongoingAfterDated = currentHasTime && fact.time.deadline === undefined && ONGOING.test(clause) && ACTION_START.test(clause);
    // "… bố trí kinh phí …, trình trước ngày 31/3/2024; hướng dẫn các xã thanh toán, quyết toán kinh phí …": another action with no
    // date after a dated one is a duty of its own (undated), as "A; B trước ngày D" is two duties (round 8)
    const undatedAfterDated =
      currentHasTime &&
      fact.time.deadline === undefined &&
      !current!.some((f) => f.time.deadline?.kind === 'recurrence') &&
      /;\s*$/u.test(input.text.slice(0, fact.start)) &&
      ACTION_START.test(clause) &&
      !HANDS_IN.test(clause);
    // "Bố trí lực lượng …; phân luồng giao thông … khi nước lên", "…; phát bản tin khẩn ngay sau khi nhận được công điện":
    // work done when something happens is a duty of its own beside the standing or dated one
    const onEventAfterOther =
      current !== undefined &&
      fact.time.deadline === undefined &&
      ON_EVENT.test(clause) &&
      EVENT_DUTY_START.test(clause) &&
      !current.some((f) => ON_EVENT.test(input.text.slice(f.start, f.end)));
    // "Xây dựng bản đồ …, hoàn thành trong năm 2025; cập nhật số liệu …, thực hiện thường xuyên": standing work after other work
    const ongoingAfterOther =
      current !== undefined &&
      fact.time.deadline === undefined &&
      /(?:^|,\s*)(?:thực hiện|làm|triển khai)\s+thường xuyên[\s.;]*$/iu.test(clause) &&
      ACTION_START.test(clause) &&
      !current.some((f) => ONGOING.test(input.text.slice(f.start, f.end)));
    // "… hoàn thành trước ngày D. Bố trí ngân sách …": a new sentence that opens with an action, after a dated one or once the
    // paragraph has already been split into duties, is another duty
    const sentenceAfterDated = (currentHasTime || pieces.length >= 2) && fact.time.deadline === undefined && newSentence && ACTION_START.test(action);
    // "Tổ chức khảo sát … theo quý; gửi kết quả … trước ngày 25 tháng cuối quý": sending each round's result is the same duty
    const sendsSameRound =
      !fact.opensWithUnit &&
      fact.time.deadline?.kind === 'recurrence' &&
      /^\s*(?:gửi|nộp)\s/iu.test(clause) &&
      current?.some((f) => sameCadence(input.text.slice(f.start, f.end), f.time.deadline, fact.time.deadline?.recurrence?.frequency)) === true;
    // "Cập nhật … vào Cơ sở dữ liệu; hướng dẫn công dân kích hoạt …", "Điều tra …; chỉ đạo Công an các xã …", "Tiếp nhận người
    // bệnh …; cử bác sĩ hỗ trợ …": directing another party after the unit's own undated work is a duty of its own
    const directsAfterUndated =
      current !== undefined &&
      !currentHasTime &&
      fact.time.deadline === undefined &&
      /;\s*$/u.test(input.text.slice(0, fact.start)) &&
      DIRECTS_OTHERS.test(clause);
    // "Xác định X là nhiệm vụ trọng tâm; rà soát … trước ngày D": the aim opens the duty after it, no duty of its own
    const afterAim = current?.every((f) => isGeneralAim(input.text.slice(f.start, f.end))) === true;
    if (
      !current ||
      (!detail &&
        !afterAim &&
        !sendsSameRound &&
        (fact.opensWithUnit ||
          sentenceAfterDated ||
          recurring ||
          problems ||
          conditional ||
          reportAfterStanding ||
          anotherDatedAction ||
          reportSentence ||
          ongoingAfterDated ||
          undatedAfterDated ||
          directsAfterUndated ||
          onEventAfterOther ||
          ongoingAfterOther ||
          (fact.time.deadline !== undefined && currentHasTime)))
    )
      pieces.push([fact]);
    else current.push(fact);
  }
  if (pieces.length < 2) {
    // "Phối hợp thẩm định …; rà soát, hệ thống hóa …, hoàn thành trong quý III/2023": one date for several actions
    const last = facts[facts.length - 1]!;
    const dateOnlyAtEnd = last.time.deadline !== undefined && facts.slice(0, -1).every((f) => f.time.deadline === undefined);
    // "Hướng dẫn …; hoàn thành trước ngày D": one action, then a clause that only says when (no action of its own)
    if (!dateOnlyAtEnd || (facts.length === 2 && onlySaysWhenDue(input.text.slice(last.start, last.end)))) return [task];
    return [{ ...task, reviewNotes: [...task.reviewNotes, 'Mục có nhiều việc mà thời hạn chỉ ghi ở việc cuối; cần kiểm tra hạn của từng việc.'] }];
  }
  // "2. Kiện toàn tổ chức, bộ máy làm công tác tiếp công dân. Đảng ủy X lãnh đạo …": a short undated sentence with no unit, then the
  // sentences of the units, names the point (its theme), no duty of its own
  const theme = (i: number) => i === 0 && isThemeSentence(pieces[0]!, pieces[1]?.[0], input.text);
  return pieces.flatMap((piece, i) => (theme(i) ? [] : [pieceTask(piece, i)]));

  function pieceTask(piece: (typeof facts)[number][], i: number): DraftTask {
    const start = piece[0]!.start;
    const end = piece[piece.length - 1]!.end;
    const text = `${piece[0]!.head ?? ''}${input.text.slice(start, end).replace(/[;,.\s]+$/, '')}`;
    const owner = piece[0]!.opensWithUnit ? piece[0]!.roles : undefined;
    // the clause with a due day ("trước ngày 25 tháng cuối quý") says more than its cadence alone ("theo quý")
    const timed =
      piece.find((f) => f.time.deadline?.kind === 'recurrence' && f.time.deadline.recurrence?.dueDay !== undefined) ??
      piece.find((f) => f.time.deadline !== undefined && COMPLETION_ONLY.test(input.text.slice(f.start, f.end))) ??
      piece.find((f) => f.time.deadline !== undefined);
    const out: DraftTask = {
      ...task,
      title: owner ? taskTitle(text, owner.predicateStart! + (piece[0]!.head?.length ?? 0)) : taskTitle(text),
      body: text,
      source: text,
      support: owner ? [...owner.support] : [...task.support],
      reviewNotes: [...(owner?.notes ?? []), ...(timed?.time.notes ?? []), 'Tách từ một mục có nhiều việc; cần kiểm tra.'],
    };
    // "X theo dõi, đôn đốc …; báo cáo … trước ngày D", "…; định kỳ 6 tháng tổng hợp, báo cáo …": the report cites the standing
    // duty it reports on (most keys, the real ones among them, count the pair as one report duty; the standing duty stays a task
    // of its own, as other keys count two)
    const previous = pieces[i - 1];
    if (
      previous &&
      (REPORT_START.test(input.text.slice(start, end)) || RECURRING_REPORT.test(input.text.slice(start, end))) &&
      previous.some((f) => WATCHING.test(input.text.slice(f.start, f.end))) &&
      previous.every((f) => f.time.deadline === undefined)
    )
      out.source = input.text.slice(previous[0]!.start, end).replace(/[;,.\s]+$/, '');
    if (owner?.lead) out.lead = owner.lead;
    const reporter = problemReporter(input.text.slice(start, end), localMentions(input, { start, end }));
    if (!owner && reporter) out.lead = reporter;
    // "Ban Chỉ đạo huyện sẽ tổ chức sơ kết … vào tháng 7 và tổng kết năm vào tháng 12": the second action keeps the sentence's unit
    const before = pieces[i - 1]?.[0];
    if (!owner && before?.opensWithUnit && before.roles.lead && !/[.;:]$/.test(input.text.slice(0, start).trimEnd())) {
      out.lead = before.roles.lead;
      out.support = [...before.roles.support];
    }
    const named = piece.find((f) => f.roleOnly)?.roles;
    if (!out.lead && named?.lead) {
      out.lead = named.lead;
      out.support = [...new Set([...out.support, ...named.support])];
    }
    // "Đầu tư Khu xử lý … trong năm 2025. Sở Kế hoạch và Đầu tư và Sở Tài chính cân đối, bố trí vốn …": a duty
    // with no unit is led by the unit of the sentence that follows it
    // "Đảng ủy X lãnh đạo …; chỉ đạo Thanh tra tỉnh …. Đưa Hệ thống … vào vận hành …": a sentence with no subject goes on with the
    // item's last subject
    const lastSubject = pieces
      .slice(0, i)
      .reverse()
      .find((p) => p[0]!.opensWithUnit)?.[0];
    if (!out.lead && lastSubject?.roles.lead) {
      out.lead = lastSubject.roles.lead;
      out.reviewNotes.push('Đơn vị chủ trì lấy theo câu trước; cần kiểm tra.');
    }
    const next = pieces[i + 1]?.[0];
    if (!out.lead && next?.opensWithUnit && next.roles.lead) {
      out.lead = next.roles.lead;
      out.reviewNotes.push('Đơn vị chủ trì lấy theo câu sau; cần kiểm tra.');
    }
    if (timed?.time.deadline) out.deadline = timed.time.deadline;
    else delete out.deadline;
    return out;
  }
}

/** A clause of an item; `head` is the verb it shares with the clause before ("tổng hợp, báo cáo … " for "cả năm trước …"). */
type Clause = TextRange & { head?: string };

function periodHead(before: string, after: string): string | undefined {
  const period = /^\s*kết quả\s/iu.test(after) ? REPORT_PERIOD : PERIOD_ONLY;
  const all = [...before.matchAll(new RegExp(period.source, 'giu'))];
  const last = all.at(-1);
  const head = last
    ? before
        .slice(0, last.index)
        .replace(/^[\s,;]+/, '')
        .trim()
    : '';
  return head === '' ? undefined : `${head} `;
}

/**
 * "sơ kết 6 tháng trong tháng 7/2025 và tổng kết thực hiện Kế hoạch trước ngày 15/12/2025": two
 * actions joined by "và" (or a comma), each with its own time, are two clauses. Only when both halves
 * read a time and the second opens with an action verb; otherwise the clause stays whole.
 */
function splitAtAnd(input: SplitInput, clause: TextRange): Clause[] {
  if (!input.ctx) return [clause];
  const text = input.text.slice(clause.start, clause.end);
  // "theo dõi, đôn đốc …, báo cáo … trước ngày 10 tháng cuối mỗi quý": a recurring report after the watching duty
  const watchReport = /,\s+(?=(?:tổng hợp,?\s+)?báo cáo\s)/gu;
  for (const m of text.matchAll(watchReport)) {
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    if (!WATCHING.test(before) || (before.match(/\(/g) ?? []).length !== (before.match(/\)/g) ?? []).length) continue;
    if (readTime(before, localRefs(input, { start: clause.start, end: clause.start + m.index }), input.ctx).deadline) continue;
    if (readTime(after, [], input.ctx).deadline?.kind !== 'recurrence') continue;
    return [
      { start: clause.start, end: clause.start + m.index },
      { start: clause.start + m.index + m[0].length, end: clause.end },
    ];
  }
  // "… tổ chức thí điểm … từ tháng 4/2027 đến hết tháng 8/2027, báo cáo kết quả thí điểm … trước ngày 15/9/2027": work over a span,
  // then its report due after the span ends, are two duties
  for (const m of text.matchAll(watchReport)) {
    const before = text.slice(0, m.index);
    if ((before.match(/\(/g) ?? []).length !== (before.match(/\)/g) ?? []).length) continue;
    const span = readTime(before, localRefs(input, { start: clause.start, end: clause.start + m.index }), input.ctx).deadline;
    const report = readTime(text.slice(m.index + m[0].length), [], input.ctx).deadline;
    if (span?.kind !== 'period' || span.start === undefined || report?.kind !== 'due' || span.due === undefined || report.due === undefined) continue;
    if (report.due <= span.due) continue;
    return [
      { start: clause.start, end: clause.start + m.index },
      { start: clause.start + m.index + m[0].length, end: clause.end },
    ];
  }
  // a bare comma joins only reports of two periods ("kết quả 6 tháng trước ngày …, kết quả năm trước ngày …")
  for (const m of text.matchAll(/(?:,\s*|\s)(?:và|đồng thời)\s+|,\s+(?=kết quả\s)/gu)) {
    const at = m.index;
    const before = text.slice(0, at);
    if ((before.match(/\(/g) ?? []).length !== (before.match(/\)/g) ?? []).length) continue;
    const after = text.slice(at + m[0].length);
    // "… gửi Phòng Giáo dục và Đào tạo trước ngày D": the "và" inside a unit's name joins no two duties
    if (input.mentions.some((u) => u.start < clause.start + at && u.end > clause.start + at + m[0].length)) continue;
    const samePeriod = REPORT_PERIOD.exec(after);
    // "… 6 tháng trước ngày 15/6 và cả năm trước ngày 15/12": the second period has its own deadline word,
    // unlike "trong tháng 6 và tháng 7 năm 2025", one span
    // "định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/11)": with no year, one recurring report with a day for each period
    const anotherPeriod =
      samePeriod?.index === 0 &&
      REPORT_PERIOD.test(before) &&
      /(?:^|[\s(])(?:trước|chậm nhất|hoàn thành|vào)\s/iu.test(after) &&
      !(CADENCE.test(before) && !DATED_YEAR.test(text));
    if (!ACTION_START.test(after) && !anotherPeriod) continue;
    if (!/và|đồng thời/u.test(m[0]) && !anotherPeriod) continue;
    const left = readTime(before, localRefs(input, { start: clause.start, end: clause.start + at }), input.ctx).deadline;
    const right = readTime(after, [], input.ctx).deadline;
    // "…, hoàn thành trước ngày 25/3/2024, đồng thời duy trì kiểm tra hằng ngày …": dated work, then work that goes on
    const ongoing = left !== undefined && right === undefined && left.kind !== 'recurrence' && ACTION_START.test(after) && ONGOING.test(after);
    if (ongoing)
      return [
        { start: clause.start, end: clause.start + at },
        { start: clause.start + at + m[0].length, end: clause.end },
      ];
    // "Gửi báo cáo quý IV và báo cáo năm 2026 trước ngày D": the quarter after "báo cáo" names the report, it dates no duty
    const namesReport = left !== undefined && /báo cáo\s+(?:kết quả\s+)?$/iu.test(before.slice(0, before.lastIndexOf(left.text)));
    if (!left || namesReport || !right || right.kind === 'recurrence' || left.kind === 'recurrence') continue;
    if (anotherPeriod)
      return [
        { start: clause.start, end: clause.start + at },
        { start: clause.start + at + m[0].length, end: clause.end, head: periodHead(before, after) },
      ];
    return [
      { start: clause.start, end: clause.start + at },
      { start: clause.start + at + m[0].length, end: clause.end },
    ];
  }
  return [clause];
}

function localMentions(input: SplitInput, range: TextRange): UnitMention[] {
  return input.mentions
    .filter((m) => m.start >= range.start && m.end <= range.end)
    .map((m) => ({ ...m, start: m.start - range.start, end: m.end - range.start }));
}

function localRefs(input: SplitInput, range: TextRange): TextRange[] {
  return input.references
    .filter((r) => r.end > range.start && r.start < range.end)
    .map((r) => ({ start: Math.max(0, r.start - range.start), end: Math.min(range.end, r.end) - range.start }));
}

/** the words of a cadence: "theo quý", "hằng tháng", "mỗi tuần" */
const CADENCE_WORDS: Record<string, RegExp> = {
  quarterly: /(?:theo|hằng|hàng|mỗi)\s+quý(?!\s*[IVX\d])/iu,
  monthly: /(?:theo|hằng|hàng|mỗi)\s+tháng(?!\s*\d)/iu,
  weekly: /(?:theo|hằng|hàng|mỗi)\s+tuần/iu,
};

/** a clause done at the cadence `frequency`, by its reading or by its words ("Tổ chức khảo sát … theo quý") */
function sameCadence(text: string, deadline: DraftTask['deadline'], frequency: string | undefined): boolean {
  if (!frequency) return false;
  if (deadline?.kind === 'recurrence') return deadline.recurrence?.frequency === frequency;
  return deadline === undefined && CADENCE_WORDS[frequency]?.test(text) === true;
}
