import { foldVietnamese } from '../text/fold.ts';
import { readAnnouncedPeriod } from './announced-periods.ts';
import { attachAttributes } from './attach-attributes.ts';
import { blockRoles, blockTime } from './block-roles.ts';
import { buildPeak, buildPhase } from './build-phase.ts';
import { inTaskScope, isBoilerplate, isHeading, isSectionTitle, isUnitHeadingNode, onlyPeriod, readCriterion, readPhaseLabel } from './classify-node.ts';
import { cleanPlanText, cutAtWord } from './clean-text.ts';
import {
  countdownDeadline,
  countdownHeading,
  countdownInDuty,
  type EventDate,
  isCountdownAnchor,
  isEventStatement,
  firstEventDate,
  readEventDate,
  readEventEnd,
  readPeakEnd,
} from './countdown.ts';
import { discoverUnits } from './discover-units.ts';
import { duePieces } from './due-pieces.ts';
import { fieldBlocksAsDuties } from './field-blocks.ts';
import { finishDraft } from './finish-draft.ts';
import { withPostUnits } from './post-units.ts';
import { ACTION_START, findRoles } from './find-roles.ts';
import { readHeader } from './header.ts';
import {
  ANNOUNCES,
  asksInProse,
  citation,
  conditionItem,
  conditionalReportLead,
  INFERRED_REPORTER,
  DEFINITION_AFTER,
  DUTY_THEN_DETAILS,
  detailsOfDuty,
  laterSubjectOnly,
  listsScope,
  namesDoerInBracket,
  opensWithUnitSubject,
} from './item-wording.ts';
import { nodeViewer } from './node-view.ts';
import { normalizeLayout } from './normalize-layout.ts';
import { ancestors, type OutlineNode, parseOutline, sectionRef, walkOutline } from './outline.ts';
import { findPeakClause } from './read-draft-deadline.ts';
import { readTime } from './read-time.ts';
import { readItemTime } from './read-item-time.ts';
import { ownBlock } from './own-block.ts';
import { subjectAfterBlock } from './subject-after-block.ts';
import { findReferenceRanges } from './references.ts';
import { campaignWeekOne } from './campaign-week.ts';
import { taskTitle } from './task-title.ts';
import { isPlaceListItem } from './place-list.ts';
import { isMemberLine } from './member-list.ts';
import { namesForm } from './form-list.ts';
import { readPeakWindow } from './peak-window.ts';
import { readPeriodLine, readPeriodLines, readPlanPeriods } from './plan-period.ts';
import { dutyInRulesPart, isRuleStatement, ruleOnly } from './rule-statement.ts';
import { isTimedTitle, readStagePhase } from './stage-heading.ts';
import { applyScopedTime, readTimeHeading, scopedTime, yearNameRanges } from './time-scope.ts';
import type { DraftCriterion, DraftDeadline, DraftPhase, DraftTask, PlanDraft } from './types.ts';
import { pad, yearStart } from './draft-numbers.ts';
import { dateFromBody } from './body-year.ts';
import { inheritedLead, leadInLead, type NodeFacts, previousParagraphLead } from './inherited-lead.ts';
import { standingOfficeRef } from './standing-office.ts';

const TIME_PART = /^(?:ke hoach |lich )?thoi gian\b|^(?:du bao|danh gia|dac diem|tinh hinh|pham vi|doi tuong|dia ban)(?: [^,]{0,30})?(?:,| va) thoi gian\b/;

/** Drafts a plan from its Vietnamese text. Pure: the same text always gives the same draft. */
export function draftPlan(raw: string): PlanDraft {
  const text = normalizeLayout(fieldBlocksAsDuties(cleanPlanText(raw)));
  const lines = text.split('\n');
  const { header, bodyStart } = readHeader(lines, text);
  const found = discoverUnits(text, {
    ...(header.area && { area: header.area }),
    ...(header.issuerShort && { issuerShort: header.issuerShort }),
  });
  // "Đồng chí Phó Chủ tịch UBND xã phụ trách kinh tế": a deputy or member of a unit is a lead of its own
  const discovery = { ...found, ...withPostUnits(text, found.units, found.groups, found.mentions) };
  const references = findReferenceRanges(text);
  const view = nodeViewer(lines, discovery.mentions, references);

  // no dateline and no year in the title: the year the document's own dates or signature give (flagged below)
  const bodyDate = header.issueDate || yearStart(header.title) ? undefined : dateFromBody(text, bodyStart, references);
  const documentDate = header.issueDate ?? yearStart(header.title) ?? bodyDate?.date;
  const facts = new Map<OutlineNode, NodeFacts>();
  const phases: DraftPhase[] = [];
  const tasks: DraftTask[] = [];
  const criteria: DraftCriterion[] = [];
  const outline = parseOutline(lines, bodyStart);
  const attributes = attachAttributes(outline);
  const timeHeadings = new Map<OutlineNode, DraftDeadline>();
  const countdownSteps = new Map<OutlineNode, { deadline?: DraftDeadline; notes: string[] }>();
  const letter = asksInProse(outline, lines.slice(0, bodyStart + 1), isHeading);
  let assignee: string | undefined;
  // the date of the event a countdown schedule ("Trước 30 ngày: …") counts to, as last stated above
  let eventDate: EventDate | undefined;
  // … or, when none is stated above, the first one stated below ("Lễ giao nhận quân … ngày 12/02/2020" after the duties counting to it)
  const laterEvent = firstEventDate(outline);
  let eventEnd: string | undefined;
  let peakEnd: string | undefined;
  /** a continuing paragraph with a deadline of its own is a duty of its own ("…; định kỳ hằng năm báo cáo …") */
  const ownTime = (node: OutlineNode) =>
    node.kind === 'paragraph' &&
    !attributes.blocks.has(attributes.continuations.get(node)!) &&
    documentDate !== undefined &&
    readTime(node.text, view(node).references, { documentDate }).deadline !== undefined;

  walkOutline(outline, (node) => {
    const { mentions, references: nodeRefs } = view(node);
    const parent = node.parent ? facts.get(node.parent) : undefined;
    const fact: NodeFacts = { support: [], leadIsHeading: false };
    if (parent?.phase) fact.phase = parent.phase;
    facts.set(node, fact);
    eventDate = readEventDate(node.text) ?? eventDate;
    eventEnd = readEventEnd(node.text) ?? eventEnd;
    peakEnd = readPeakEnd(node.text) ?? peakEnd;
    // "7. Các khoa lâm sàng, cận lâm sàng" / its paragraph / "Thời gian: …": under a unit heading the paragraph is the duty, with its time
    const headOwner = attributes.continuations.get(node);
    const underUnitHeading = headOwner !== undefined && facts.get(headOwner)?.leadIsHeading === true;
    if (attributes.lines.has(node) || (headOwner && !underUnitHeading && !ownTime(node) && !subjectAfterBlock(node, attributes, view))) return;
    const planPeriods = readPlanPeriods(node.text, (n) => `TH${phases.filter((p) => p.code.startsWith('TH')).length + 1 + n}`, documentDate);
    if (planPeriods.length > 0) {
      phases.push(...planPeriods);
      return;
    }
    // "Giai đoạn 1: từ … đến …" is read below as a numbered phase; other labels here
    // (a numbered item with nothing under it, "1. Tháng Thanh niên năm 2028: đợt cao điểm từ … đến …", is such a line too)
    const underTime =
      (!isHeading(node) || node.children.length === 0) &&
      !readPhaseLabel(node.text) &&
      // "II. THỜI GIAN NĂM HỌC", "II. KẾ HOẠCH THỜI GIAN", "II. DỰ BÁO TÌNH HÌNH VÀ THỜI GIAN ỨNG PHÓ"
      ancestors(node).some((a) => isHeading(a) && TIME_PART.test(foldVietnamese(a.text)));
    // "3. Thời gian cao điểm bình ổn thị trường: từ ngày … đến ngày …" among other items: a labelled span that is only a period
    const timeItem = node.children.length === 0 && !readPhaseLabel(node.text) && /^thoi gian\b[^:]{0,60}:/.test(foldVietnamese(node.text));
    const periodLines = (underTime || timeItem) && documentDate ? readPeriodLines(node.text, (n) => `TH${phases.length + 1 + n}`, documentDate) : [];
    if (periodLines.length > 0) {
      phases.push(...periodLines);
      return;
    }
    const announced = findRoles(node.text, mentions).lead ? undefined : readAnnouncedPeriod(node, outline, `GD${phases.length + 1}`, documentDate);
    if (announced && !readPhaseLabel(node.text)) return void phases.push(announced);
    if (!inTaskScope(node) && !(letter && (node.kind === 'paragraph' || node.kind === 'dash')) && !dutyInRulesPart(node, mentions)) {
      // "Bộ … đề nghị Ủy ban nhân dân các tỉnh … thực hiện một số nội dung sau:": the unit asked leads the items after it
      if (node.kind === 'paragraph' && node.text.endsWith(':') && /(?:^|\s)(?:đề nghị|giao|yêu cầu)\s/iu.test(node.text)) {
        const roles = findRoles(node.text, mentions);
        if (roles.lead) Object.assign(fact, { lead: roles.lead, support: roles.support });
      }
      const peakWindow = node.kind === 'paragraph' ? readPeakWindow(node.text, `TH${phases.length + 1}`, documentDate) : undefined; // "Thời gian cao điểm … từ A đến hết B"
      if (peakWindow) phases.push(peakWindow);
      const criterion = readCriterion(node, `TC${pad(criteria.length + 1)}`);
      if (criterion && criterion.kind === 'target') criteria.push(criterion);
      return;
    }
    if (isBoilerplate(node.text) || isEventStatement(node.text) || isRuleStatement(node.text, mentions) || ruleOnly(node.text, mentions)) return;
    // "Điều 1. Ban hành Phương án … mùa khô năm 2026; …": the decision adopts the document, no one's duty
    if (
      node.kind === 'article' &&
      /^ban hanh (?:kem theo )?(?:ke hoach|phuong an|quy che|chuong trinh|de an|quy dinh|danh muc)\b/.test(foldVietnamese(node.text))
    )
      return;
    // "- Phạm vi: các cơ quan …", "1. Hình thức: …" under such a heading: what the part says, no duty
    const parentNode = node.parent;
    if (parentNode && isHeading(parentNode) && isSectionTitle(parentNode.text) && isSectionTitle(node.text.split(':')[0] ?? '') && node.text.includes(':'))
      return;
    // "8. Kinh phí" over "- Đơn vị thực hiện: Phòng Tài chính - Kế toán lập dự toán …": an activity of the plan with its doer
    const activity = node.kind === 'numbered' && (attributes.blocks.get(node)?.lines ?? []).some((l) => l.kind === 'lead' || l.kind === 'executor');
    if (isHeading(node) && isSectionTitle(node.text) && !activity) {
      // "Thời gian triển khai: từ … đến …" under "II. THỜI GIAN, PHẠM VI" is the plan's period
      for (const line of attributes.blocks.get(node)?.lines ?? []) {
        const period = line.kind === 'time' && documentDate ? readPeriodLine(line.node.text, `TH${phases.length + 1}`, documentDate) : undefined;
        if (period) phases.push(period);
      }
      return;
    }
    // a line all in capitals ("NHIỆM VỤ PHÁT TRIỂN … NĂM 2025" under "PHỤ LỤC") is a title, not a duty
    if (node.kind === 'paragraph' && !/\p{Ll}/u.test(node.text)) return;

    // "1. Trước 30 ngày", "4. Ngày diễn ra (26/4/2026)", "5. Sau sự kiện" over the duties of that step
    // "IV. LỊCH TRIỂN KHAI (tính theo ngày khai mạc 26/4/2026)": the date the steps below count to, not a deadline
    if (node.children.length > 0 && isCountdownAnchor(node.text)) return;
    // "I. NHIỆM VỤ TRƯỚC MÙA MƯA BÃO (từ ngày 10/4 đến ngày 30/6/2024)" beside "II. … TRONG MÙA MƯA BÃO (…)": a phase, not a duty
    const stage = readStagePhase(node, outline, phases.filter((p) => p.code.startsWith('GD')).length + 1, documentDate ? { documentDate } : undefined);
    if (stage) {
      phases.push(stage);
      return;
    }
    const step = node.children.length > 0 ? countdownHeading(node.text, eventDate) : undefined;
    if (step) {
      countdownSteps.set(node, step);
      if (step.deadline) timeHeadings.set(node, step.deadline);
      return;
    }
    // "1. Tháng 01/2028" over its dash lines, or "Quý I" followed by them at its own level: a heading with no colon
    const nextItem = (node.parent?.children ?? outline)[(node.parent?.children ?? outline).indexOf(node) + 1];
    // ("1. Giai đoạn 2021 - 2022" over its items is a phase, read below)
    const overItems =
      !readPhaseLabel(node.text) && (node.children.length > 0 || (node.kind === 'paragraph' && nextItem !== undefined && nextItem.kind !== 'paragraph'));
    const timeHeading = readTimeHeading(node.text, documentDate ? { documentDate } : undefined, overItems);
    if (timeHeading) {
      timeHeadings.set(node, timeHeading);
      return;
    }
    if (isUnitHeadingNode(node, mentions)) {
      const roles = findRoles(node.text, mentions);
      // "Công an tỉnh (Cơ quan Thường trực Ban Chỉ đạo)": the parenthesis is an alias, not a second unit
      const outside = mentions.filter((m) => node.text.lastIndexOf('(', m.start) <= node.text.lastIndexOf(')', m.start));
      const refs = [...new Set(outside.map((m) => m.ref))];
      fact.lead = standingOfficeRef(node.text, mentions) ?? roles.lead ?? refs[0];
      fact.support = refs.filter((r) => r !== fact.lead);
      fact.leadIsHeading = true;
      if (/^giao\b/.test(foldVietnamese(node.text)) && !assignee) assignee = fact.lead;
      return;
    }
    const block = ownBlock(
      attributes.blocks.get(node) ?? (underUnitHeading ? attributes.blocks.get(headOwner) : undefined),
      node.text,
      mentions,
      nodeRefs,
      documentDate,
    );
    const merged = node.children.filter((c) => attributes.continuations.get(c) === node && !ownTime(c) && !subjectAfterBlock(c, attributes, view));
    const body = [node.text, ...merged.map((c) => c.text)].join(' ');
    // "kiểm tra 100% cơ sở …" under a unit's heading is that unit's duty, not a target of the plan
    const underUnit = parent?.leadIsHeading === true;
    // "Rà soát quỹ đất 20% trong các dự án …; công bố … trước ngày D": an action with a percentage in its object is work
    const dutyWithPercent = ACTION_START.test(node.text) && !/^\s*(?:bảo đảm|đảm bảo|duy trì|phấn đấu)\b/iu.test(node.text);
    // "- CÔNG TY … THOÁT NƯỚC …: nạo vét 100% cửa thu …": an item opening with its unit and a colon is that unit's work
    const colon = node.text.indexOf(':');
    const unitLabel = colon > 0 && colon <= 100 && !/[;.]/.test(node.text.slice(0, colon)) && mentions.some((m) => m.start <= 1);
    // "Ủy ban nhân dân các tỉnh … chỉ đạo rà soát …. Kiện toàn …, bảo đảm 100% thôn …": a paragraph or line whose subject is a
    // unit and that goes on with its duties is that unit's work, whatever percentage it holds ("- Hội đồng khám sức khỏe …")
    const unitSubject = opensWithUnitSubject(node.text, mentions);
    // "Bảo đảm 100% văn bản đi được ký số (Công chức Văn phòng - Thống kê thực hiện; thường xuyên)": a closing bracket that names
    // who does it makes a line worded as a target a standing duty of that unit
    const doerBracket = namesDoerInBracket(node.text, mentions);
    const afterUnit = previousParagraphLead(node, outline, facts, (p) => opensWithUnitSubject(p.text, view(p).mentions));
    const criterion =
      block || underUnit || dutyWithPercent || unitLabel || unitSubject || doerBracket || afterUnit || readPhaseLabel(node.text)
        ? undefined
        : readCriterion(node, `TC${pad(criteria.length + 1)}`);
    if (criterion && (node.kind === 'paragraph' || criterion.kind === 'target') && !/\bchu tri\b|\bphoi hop\b/.test(foldVietnamese(node.text))) {
      criteria.push(criterion);
      return;
    }
    const phaseLabel = readPhaseLabel(node.text);
    // "Đợt cao điểm thứ nhất bắt đầu …": the peak named by the label is the phase itself, not a peak inside it
    const peakFound = phaseLabel ? findPeakClause(node.text) : undefined;
    const peak = peakFound && phaseLabel && peakFound.start >= node.text.length - phaseLabel.rest.length ? peakFound : undefined;
    const inStep = ancestors(node).find((a) => countdownSteps.has(a));
    // a step with no day of its own ("Trong thời gian diễn ra Lễ hội:", "Sau Lễ hội:") ends the step before it, whose day it must not take
    const scope = inStep && !countdownSteps.get(inStep)!.deadline ? undefined : scopedTime(node, timeHeadings, outline);
    const deadlineRefs = [...nodeRefs, ...(peak ? [{ start: peak.start, end: peak.end }] : []), ...yearNameRanges(node.text, scope)];
    const timeNode = block ? blockTime(block) : undefined;
    const ctx = documentDate ? { documentDate, campaignWeekOne: campaignWeekOne(lines) } : undefined;
    const ownDeadline = !ctx ? { notes: [] } : timeNode ? readItemTime(timeNode, body, view(timeNode).references, ctx) : readTime(node.text, deadlineRefs, ctx);
    const afterEvent = ownDeadline.deadline ? undefined : countdownInDuty(node.text, timeNode?.text, eventDate ?? laterEvent, eventEnd, peakEnd);
    const countdown = timeNode ? afterEvent : (countdownDeadline(node.text, eventDate) ?? afterEvent);
    const deadline = countdown ?? applyScopedTime(ownDeadline, scope);
    // a duty dated by its countdown step is flagged like a countdown item (the day is computed, or missing)
    if (inStep && !countdown && !ownDeadline.deadline) deadline.notes.push(...countdownSteps.get(inStep)!.notes);
    if (timeNode && !deadline.deadline && /sau khi|khi có|theo (?:yêu cầu|hướng dẫn)/i.test(timeNode.text)) {
      deadline.notes.push(`Thời gian phụ thuộc sự kiện ("${timeNode.text}"); cần ghi hạn khi có.`);
    }
    const fromBlock = block ? blockRoles(block, view) : undefined;
    const inherited = leadInLead(node, outline, facts) ?? inheritedLead(node, facts) ?? afterUnit;
    const found = fromBlock ?? findRoles(node.text, mentions);
    // "Vận động hội viên …; Hội Nông dân huyện chủ trì mở 02 lớp …" under "Đề nghị Ủy ban MTTQ … cùng các đoàn thể": the first
    // duty has no subject of its own and is the heading's; the unit that opens a later clause leads only that clause
    const roles = !fromBlock && inherited && found.lead && laterSubjectOnly(node.text, mentions, found.lead) ? { support: [], notes: [] } : found;
    const scopeList = listsScope(node);
    const hasChildren = !scopeList && node.children.some((c) => !attributes.lines.has(c) && !merged.includes(c));
    // "Tuyên truyền, vận động … phân loại rác tại nguồn. Trong đó:" over the units' own items: a duty, then its details
    const introOnly = node.text.endsWith(':') && !deadline.deadline && !DUTY_THEN_DETAILS.test(node.text) && !scopeList;
    // "Thực hiện Kế hoạch … năm 2025, Sở Nội vụ giao nhiệm vụ … như sau:" announces the items after it, whatever dates it cites
    // "… triển khai các nội dung sau. Trong Kế hoạch này, … gọi chung là UBND cấp xã.": a lead-in, then a definition
    const announces = node.kind === 'paragraph' && ANNOUNCES.test(node.text.replace(DEFINITION_AFTER, ''));
    const startsWithAction = roles.predicateStart === undefined && /^\p{Lu}/u.test(node.text) && !isHeading(node);
    // "Giai đoạn 1 (từ … đến …): chuẩn bị" over its items: the phase's name, not a duty of its own
    // (also a paragraph "Giai đoạn 1 (từ … đến …): Chuẩn bị và tuyên truyền" followed by its numbered items at the same level)
    const siblings = node.parent?.children ?? outline;
    const headsItems = hasChildren || (node.kind === 'paragraph' && nextItem !== undefined && nextItem.kind !== 'paragraph' && !readPhaseLabel(nextItem.text));
    // "Giai đoạn 2: Tổ chức thực hiện (từ ngày … đến ngày …)": the period closing the name is not part of it; a name of
    // up to 12 syllables ("Tiếp nhận và xử lý hồ sơ kê khai") over items is still only a name
    const phaseTitle = phaseLabel?.rest.replace(/\s*\([^()]*\d[^()]*\)[\s.:]*$/u, '');
    const phaseTitleOnly = phaseTitle !== undefined && headsItems && !roles.lead && phaseTitle.split(/[\s.:;]+/).filter((w) => w !== '').length <= 12;
    // "II. THỜI GIAN VÀ CÁC GIAI ĐOẠN" listing only the phases, none with a unit ("1. Giai đoạn 1 (…): khảo sát, …"): phases, not tasks
    // (a phase line whose work has a date of its own, "Học kỳ II: …; hoàn thành … trước ngày D", stays a task)
    // "III. THỜI GIAN THỰC HIỆN" then "- Giai đoạn 1 (từ … đến …): quán triệt, …" under the campaign's span: the same, whatever
    // else the time part holds
    const inTimePart = ancestors(node).some((a) => isHeading(a) && /^thoi gian\b/.test(foldVietnamese(a.text)));
    const phaseList =
      phaseLabel !== undefined &&
      !roles.lead &&
      !hasChildren &&
      (inTimePart || siblings.every((s) => readPhaseLabel(s.text) !== undefined)) &&
      !(ctx && readTime(phaseLabel.rest, [], ctx).deadline);
    const periodOnly = phaseLabel !== undefined && (onlyPeriod(phaseLabel.rest) || phaseTitleOnly || phaseList || announced !== undefined);
    // a numbered clause of a decision's article is a duty even without a unit ("Điều 1. … 6. Thi tốt nghiệp …")
    const articleClause = !hasChildren && isHeading(node) && node.kind !== 'article' && node.parent?.kind === 'article' && !introOnly;
    // "Vận động … trồng hoa …, hoàn thành trước ngày D. Cụ thể:" then "- Thôn Bình An trồng 2 km đường hoa.": with no unit and no
    // date of their own the lines after it are the duty's details (its targets), not duties
    const detail = !roles.lead && !ownDeadline.deadline && !hasChildren && detailsOfDuty(node, outline);
    // "- Bến đò ấp Rạch Bần;" under "Các điểm có nguy cơ cao cần cắm biển cảnh báo:": a place, not a duty
    const place =
      !ownDeadline.deadline &&
      (isPlaceListItem(node) || namesForm(node.text) || (node.kind !== 'paragraph' && isMemberLine(node.text)) || conditionItem(node, outline));
    // "Trường hợp xảy ra đuối nước, báo cáo ngay …" after "Các đơn vị, ấp báo cáo …": the same subject's conditional report
    const reportsWhen = roles.lead ? undefined : conditionalReportLead(node, outline, (n) => facts.get(n)?.lead ?? findRoles(n.text, view(n).mentions).lead);
    // "III. HỘI NGHỊ … NĂM 2028", "II. CÁC HOẠT ĐỘNG THEO THÁNG", "III. NHIỆM VỤ THƯỜNG XUYÊN, HẰNG NĂM" over its own duties
    const yearTitle = hasChildren && isHeading(node) && isTimedTitle(node.text, deadline.deadline);
    const isTask =
      !periodOnly &&
      !announces &&
      !detail &&
      !place &&
      ((block !== undefined && !hasChildren) ||
        phaseLabel !== undefined ||
        (deadline.deadline !== undefined && !(hasChildren && node.text.endsWith(':')) && !yearTitle) ||
        (roles.lead !== undefined && !introOnly) ||
        reportsWhen !== undefined ||
        articleClause ||
        // ("Lãnh đạo Ủy ban nhân dân thành phố:" under "2. Đảng ủy Ủy ban nhân dân thành phố" leads into the items after it)
        (node.kind === 'paragraph' && !hasChildren && !introOnly && parent?.leadIsHeading === true && parent.lead !== undefined) ||
        // an item under a phase heading is that phase's work even when it names no unit of its own
        (!hasChildren && (node.kind !== 'paragraph' || afterUnit !== undefined) && (inherited !== undefined || startsWithAction || fact.phase !== undefined)));
    if (roles.lead && !fromBlock) {
      fact.lead = roles.lead;
      fact.support = roles.support;
    }
    const task: DraftTask = {
      code: `NV${pad(tasks.length + 1)}`,
      title: '',
      body,
      // the citation quotes the duty with its own "Cơ quan chủ trì: …" / "Thời gian: …" lines (a table row whole)
      source: citation(node, block ? [body, ...block.lines.map((l) => l.node.text.replace(/^[-+–]\s*/, ''))] : body),
      section: sectionRef(node),
      support: [...roles.support],
      review: false,
      reviewNotes: [...roles.notes, ...deadline.notes],
    };
    if (deadline.deadline) task.deadline = deadline.deadline;
    if (phaseLabel) {
      const phase = buildPhase(phaseLabel, node.text, task, phases.filter((p) => p.code.startsWith(phaseLabel.code.replace(/\d+$/, ''))).at(-1), documentDate);
      phases.push(phase);
      fact.phase = phase;
    }
    if (!isTask) return;
    if (roles.lead) task.lead = roles.lead;
    else if (reportsWhen) Object.assign(task, { lead: reportsWhen, reviewNotes: [...task.reviewNotes, INFERRED_REPORTER] });
    else if (inherited) {
      task.lead = inherited.lead;
      for (const s of inherited.support) if (!task.support.includes(s) && s !== task.lead) task.support.push(s);
      if (!inherited.fromHeading) task.reviewNotes.push('Đơn vị chủ trì lấy theo mục cha; cần kiểm tra.');
    }
    if (task.lead && discovery.groups.some((g) => g.code === task.lead)) {
      task.reviewNotes.push('Chủ trì là một nhóm đơn vị; cần giao cho đơn vị cụ thể.');
    }
    if (!documentDate) task.reviewNotes.push('Không có ngày ban hành nên chưa đọc thời hạn.');
    if (phaseLabel && !roles.lead && task.lead) fact.lead = task.lead;
    if (fact.phase) task.phase = fact.phase.code;
    // "1. Giai đoạn 2021 - 2022" then "a) Ban hành …": a duty with no time of its own is due when its phase ends
    const phaseDue = !task.deadline && !phaseLabel && fact.phase?.end && parent?.phase === fact.phase && fact.phase.start ? fact.phase : undefined;
    const title =
      roles.predicateStart !== undefined && !fromBlock
        ? taskTitle(node.text, roles.predicateStart, phaseLabel?.rest)
        : taskTitle(phaseLabel?.rest ?? node.text);
    task.title = phaseLabel ? cutAtWord(`${phaseLabel.name}: ${title}`, 120) : title;
    for (const piece of duePieces(task, {
      text: node.text,
      mentions,
      references: deadlineRefs,
      ctx,
      timeNode,
      block,
      phaseLabel,
      merged,
      phaseDue,
      countdown,
      scope,
    })) {
      if (bodyDate) piece.reviewNotes.push(`Không có ngày ban hành; năm của thời hạn lấy theo "${bodyDate.from}" trong văn bản; cần kiểm tra.`);
      tasks.push({ ...piece, code: `NV${pad(tasks.length + 1)}` });
    }
    if (peak && phaseLabel && documentDate) {
      const peakTask = buildPeak(node.text, fact.phase!, task, `NV${pad(tasks.length + 1)}`, documentDate);
      if (peakTask) tasks.push(peakTask);
    }
  });
  return finishDraft({ header, discovery, lines, bodyStart, nodeCount: outline.length, references, assignee, phases, tasks, criteria });
}
