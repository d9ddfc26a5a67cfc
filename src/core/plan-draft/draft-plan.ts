import { addDays, dateKey, parseDateKey } from '../time/local-date.ts';
import { findDeadline } from '../deadline/parse-deadline.ts';
import { foldVietnamese } from '../text/fold.ts';
import { inTaskScope, isHeading, isUnitHeading, readCriterion, readPhaseLabel } from './classify-node.ts';
import { cleanPlanText, cutAtWord } from './clean-text.ts';
import { discoverUnits, type UnitMention } from './discover-units.ts';
import { findRoles } from './find-roles.ts';
import { readHeader } from './header.ts';
import { ancestors, type OutlineNode, parseOutline, sectionRef, walkOutline } from './outline.ts';
import { findPeakClause, readDraftDeadline, toDraftDeadline } from './read-draft-deadline.ts';
import { findReferenceRanges, insideAny, type TextRange } from './references.ts';
import { taskTitle } from './task-title.ts';
import type { DraftCriterion, DraftPhase, DraftTask, PlanDraft } from './types.ts';

interface NodeFacts {
  offset: number;
  mentions: UnitMention[];
  references: TextRange[];
  lead?: string;
  support: string[];
  leadIsHeading: boolean;
  phase?: DraftPhase;
}

/** Drafts a plan from its Vietnamese text. Pure: the same text always gives the same draft. */
export function draftPlan(raw: string): PlanDraft {
  const text = cleanPlanText(raw);
  const lines = text.split('\n');
  const { header, bodyStart } = readHeader(lines, text);
  const discovery = discoverUnits(text, {
    ...(header.area && { area: header.area }),
    ...(header.issuerShort && { issuerShort: header.issuerShort }),
  });
  const references = findReferenceRanges(text);
  const lineOffsets: number[] = [];
  lines.reduce((offset, line, i) => {
    lineOffsets[i] = offset;
    return offset + line.length + 1;
  }, 0);

  const documentDate = header.issueDate ?? yearStart(header.title);
  const facts = new Map<OutlineNode, NodeFacts>();
  const phases: DraftPhase[] = [];
  const tasks: DraftTask[] = [];
  const criteria: DraftCriterion[] = [];

  walkOutline(parseOutline(lines, bodyStart), (node) => {
    const lineStart = lineOffsets[node.lineNumber - 1]!;
    const offset = lineStart + node.line.length - node.text.length;
    const end = offset + node.text.length;
    const local = <T extends TextRange>(r: T): T => ({ ...r, start: r.start - offset, end: r.end - offset });
    const nodeRefs = references.filter((r) => r.end > offset && r.start < end).map(local);
    const mentions = discovery.mentions
      .filter((m) => m.start >= offset && m.end <= end)
      .map(local)
      .filter((m) => !insideAny(m.start, m.end, nodeRefs));
    const parent = node.parent ? facts.get(node.parent) : undefined;
    const fact: NodeFacts = { offset, mentions, references: nodeRefs, support: [], leadIsHeading: false };
    if (parent?.phase) fact.phase = parent.phase;
    facts.set(node, fact);
    if (!inTaskScope(node)) {
      const criterion = readCriterion(node, `TC${pad(criteria.length + 1)}`);
      if (criterion && criterion.kind === 'target') criteria.push(criterion);
      return;
    }

    if (isUnitHeading(node.text, mentions)) {
      const roles = findRoles(node.text, mentions);
      const refs = [...new Set(mentions.map((m) => m.ref))];
      fact.lead = roles.lead ?? refs[0];
      fact.support = refs.filter((r) => r !== fact.lead);
      fact.leadIsHeading = true;
      return;
    }
    const criterion = readPhaseLabel(node.text) ? undefined : readCriterion(node, `TC${pad(criteria.length + 1)}`);
    if (criterion && (node.kind === 'paragraph' || criterion.kind === 'target') && !/\bchu tri\b|\bphoi hop\b/.test(foldVietnamese(node.text))) {
      criteria.push(criterion);
      return;
    }

    const phaseLabel = readPhaseLabel(node.text);
    const peak = phaseLabel ? findPeakClause(node.text) : undefined;
    const deadlineRefs = peak ? [...nodeRefs, { start: peak.start, end: peak.end }] : nodeRefs;
    const deadline = documentDate ? readDraftDeadline(node.text, deadlineRefs, { documentDate }) : { notes: [] };
    const roles = findRoles(node.text, mentions);
    const inherited = inheritedLead(node, facts);
    const hasChildren = node.children.length > 0;
    const introOnly = node.text.endsWith(':') && !deadline.deadline;
    const startsWithAction = roles.predicateStart === undefined && /^\p{Lu}/u.test(node.text) && !isHeading(node);
    const isTask =
      phaseLabel !== undefined ||
      deadline.deadline !== undefined ||
      (roles.lead !== undefined && !introOnly) ||
      (!hasChildren && node.kind !== 'paragraph' && (inherited !== undefined || startsWithAction));
    if (roles.lead) {
      fact.lead = roles.lead;
      fact.support = roles.support;
    }
    if (!isTask) return;

    const task: DraftTask = {
      code: `NV${pad(tasks.length + 1)}`,
      title: '',
      body: node.text,
      source: node.text,
      section: sectionRef(node),
      support: [...roles.support],
      review: false,
      reviewNotes: [...roles.notes, ...deadline.notes],
    };
    if (deadline.deadline) task.deadline = deadline.deadline;
    if (roles.lead) task.lead = roles.lead;
    else if (inherited) {
      task.lead = inherited.lead;
      for (const s of inherited.support) if (!task.support.includes(s) && s !== task.lead) task.support.push(s);
      if (!inherited.fromHeading) task.reviewNotes.push('Đơn vị chủ trì lấy theo mục cha; cần kiểm tra.');
    } else {
      task.reviewNotes.push('Chưa xác định được đơn vị chủ trì.');
    }
    if (task.lead && discovery.groups.some((g) => g.code === task.lead)) {
      task.reviewNotes.push('Chủ trì là một nhóm đơn vị; cần giao cho đơn vị cụ thể.');
    }
    if (!documentDate) task.reviewNotes.push('Không có ngày ban hành nên chưa đọc thời hạn.');

    if (phaseLabel) {
      const phase = buildPhase(phaseLabel.order, node.text, task, phases[phases.length - 1], documentDate);
      phases.push(phase);
      fact.phase = phase;
      if (!roles.lead && task.lead) fact.lead = task.lead;
    }
    if (fact.phase) task.phase = fact.phase.code;
    const title = roles.predicateStart !== undefined ? taskTitle(node.text, roles.predicateStart) : taskTitle(phaseLabel?.rest ?? node.text);
    task.title = phaseLabel ? cutAtWord(`Giai đoạn ${phaseLabel.order}: ${title}`, 120) : title;
    tasks.push(finish(task));

    if (peak && phaseLabel && documentDate) {
      const phase = fact.phase!;
      const anchor = phase.start ?? documentDate;
      const reading = toDraftDeadline(findDeadline(node.text.slice(peak.start, peak.end), { documentDate, anchor }));
      const peakTask: DraftTask = {
        ...task,
        code: `NV${pad(tasks.length + 1)}`,
        title: cutAtWord(peak.name, 120),
        body: node.text.slice(peak.start, peak.end),
        source: node.text,
        support: [...task.support],
        reviewNotes: ['Đợt cao điểm nằm trong giai đoạn; thời gian ghi "khoảng", cần xác định ngày cụ thể.'],
      };
      if (reading) peakTask.deadline = { ...reading, approximate: true };
      else delete peakTask.deadline;
      if (reading?.start && reading.due) {
        phase.subPeriods.push({
          code: `${phase.code}_CD`,
          name: cutAtWord(peak.name, 120),
          start: reading.start,
          end: reading.due,
          approximate: true,
          review: true,
          reviewNotes: ['Thời gian cao điểm là "khoảng"; cần xác định ngày cụ thể.'],
        });
      }
      tasks.push(finish(peakTask));
    }
  });

  const used = new Set<string>();
  for (const task of tasks) for (const ref of [task.lead, ...task.support]) if (ref) used.add(ref);
  const namedOutside = new Set(discovery.mentions.filter((m) => !insideAny(m.start, m.end, references)).map((m) => m.ref));
  const issuerKey = foldVietnamese(header.issuerShort ?? header.issuer ?? '');
  const issuerUnit = discovery.units.find((u) => [u.name, ...u.aliases].some((n) => foldVietnamese(n) === issuerKey));
  if (issuerUnit) header.issuerCode = issuerUnit.code;
  return {
    header,
    units: discovery.units.filter((u) => used.has(u.code) || namedOutside.has(u.code) || u === issuerUnit),
    groups: discovery.groups.filter((g) => used.has(g.code)),
    phases,
    tasks,
    criteria,
  };
}

function inheritedLead(node: OutlineNode, facts: Map<OutlineNode, NodeFacts>): { lead: string; support: string[]; fromHeading: boolean } | undefined {
  for (const a of ancestors(node)) {
    const fact = facts.get(a);
    if (fact?.lead) return { lead: fact.lead, support: fact.support, fromHeading: fact.leadIsHeading };
  }
  return undefined;
}

function buildPhase(order: number, source: string, task: DraftTask, previous: DraftPhase | undefined, documentDate?: string): DraftPhase {
  const phase: DraftPhase = { code: `GD${order}`, name: `Giai đoạn ${order}`, order, subPeriods: [], source, review: false, reviewNotes: [] };
  const d = task.deadline;
  if (d) phase.deadline = d;
  if (d?.due) phase.end = d.due;
  if (d?.start) phase.start = d.start;
  else {
    const prevEnd = previous?.end ? parseDateKey(previous.end) : null;
    const start = prevEnd ? dateKey(addDays(prevEnd, 1)) : documentDate;
    if (start) {
      phase.start = start;
      phase.reviewNotes.push(
        previous ? 'Ngày bắt đầu lấy ngay sau khi giai đoạn trước kết thúc.' : 'Ngày bắt đầu lấy theo ngày ban hành kế hoạch.',
      );
    }
  }
  if (!phase.end) phase.reviewNotes.push('Không đọc được thời hạn của giai đoạn.');
  if (d?.approximate) phase.reviewNotes.push('Thời hạn giai đoạn là gần đúng.');
  phase.review = phase.reviewNotes.length > 0;
  return phase;
}

function finish(task: DraftTask): DraftTask {
  task.review = task.reviewNotes.length > 0 || task.lead === undefined;
  return task;
}

function yearStart(title?: string): string | undefined {
  const year = title ? /năm (\d{4})/.exec(title)?.[1] : undefined;
  return year ? `${year}-01-01` : undefined;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
