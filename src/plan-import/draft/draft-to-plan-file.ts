import { dayOfNumberedYear } from '../../core/deadline/yearly-day.ts';
import type { PlanDraft, Reviewable } from '../../core/plan-draft/types.ts';
import { daysInMonth } from '../../core/time/local-date.ts';

/**
 * The draft in the plan file layout (src/core/plan/plan-schema.ts), plus review markers: `review: true`
 * and `review_notes` wherever the drafter was unsure. The secretariat resolves them and removes the
 * markers before `plan lint`.
 */
export function draftToPlanFile(draft: PlanDraft): Record<string, unknown> {
  const { header } = draft;
  // A collective that leads a task ("Ủy ban nhân dân các huyện, thành phố") is written as one unit to
  // review: a plan's lead is one unit, and the secretariat decides whether it gets one contact or is split.
  const leads = new Set(draft.tasks.map((t) => t.lead));
  const groups = draft.groups.filter((g) => !leads.has(g.code));
  const collectiveUnits = draft.groups
    .filter((g) => leads.has(g.code))
    .map((g) => ({
      code: g.code,
      name: g.name.charAt(0).toLocaleUpperCase('vi') + g.name.slice(1),
      kind: 'other',
      review: true,
      review_notes: ['Đơn vị tập thể (nhiều đơn vị) làm chủ trì; cần tách thành từng đơn vị hoặc giao một đầu mối.'],
    }));
  return {
    plan: header.number ?? '',
    issuer: header.issuer ?? '',
    ...(header.issuerShort && { issuer_short: header.issuerShort }),
    issue_date: header.issueDate ?? '',
    ...(header.place && { place: header.place }),
    title: header.title ?? '',
    ...(header.area && { area: header.area }),
    // the plan file has no review flag at its top level, only notes
    ...(header.review && header.reviewNotes.length > 0 && { review_notes: header.reviewNotes }),
    ...((groups.length > 0 || readsBefore(draft)) && {
      config: {
        // the dates drafted from "trước ngày D" are D-1 (the strict reading): the plan says so, so the
        // workbook's "Cách hiểu trước ngày D" shows the rule the Hạn column was filled with
        ...(readsBefore(draft) && { before_boundary: 'strict' as const }),
        ...(groups.length > 0 && { groups: groups.map((g) => ({ code: g.code, name: g.name, members: [], ...marks(g) })) }),
      },
    }),
    units: [
      ...draft.units.map((u) => ({
        code: u.code,
        name: u.name,
        ...(u.aliases.length > 0 && { aliases: u.aliases }),
        kind: u.kind,
        ...marks(u),
      })),
      ...collectiveUnits,
    ],
    phases: draft.phases.map((p) => ({
      code: p.code,
      name: p.name,
      start: p.start ?? '',
      end: p.end ?? '',
      ...(p.deadline && { deadline_text: p.deadline.text }),
      ...(p.subPeriods.length > 0 && {
        sub_periods: p.subPeriods.map((s) => ({ code: s.code, name: s.name, start: s.start, end: s.end, ...marks(s) })),
      }),
      ...marks(reversedFlagged(p)),
    })),
    tasks: draft.tasks.map((t) => ({
      code: t.code,
      title: t.title,
      source: t.source,
      section: t.section,
      ...(t.phase && { phase: t.phase }),
      lead: t.lead ?? '',
      ...(t.support.length > 0 && { support: t.support }),
      ...(t.deadline?.start && { start: t.deadline.start }),
      // a plan task has one deadline or a recurrence; a recurrence's first due stays in its text and notes
      ...(t.deadline?.due && !t.deadline.recurrence && { deadline: t.deadline.due }),
      ...(t.deadline && { deadline_text: t.deadline.text }),
      ...(t.deadline?.recurrence && { recurrence: recurrence(t.deadline) }),
      ...marks(t),
    })),
    criteria: draft.criteria.map((c) => ({
      code: c.code,
      text: c.text,
      kind: c.kind,
      ...(c.target !== undefined && { target: c.target }),
      ...(c.unitOfMeasure && { unit_of_measure: c.unitOfMeasure }),
      ...marks(c),
    })),
  };
}

/** some drafted date comes from "trước ngày D" (or "trước D"), read with the default boundary */
function readsBefore(draft: PlanDraft): boolean {
  return [...draft.tasks, ...draft.phases].some((item) => item.deadline?.due !== undefined && /(?:^|\s)trước\s+(?:ngày\s+)?\d/iu.test(item.deadline.text));
}

/** A phase read as ending before it starts is never written as if it were right: it goes to review, saying so. */
function reversedFlagged(phase: PlanDraft['phases'][number]): Reviewable {
  if (!phase.start || !phase.end || phase.end >= phase.start) return phase;
  return { review: true, reviewNotes: [...phase.reviewNotes, REVERSED_PHASE] };
}

const REVERSED_PHASE = 'Ngày kết thúc đọc được trước ngày bắt đầu; cần sửa lại ngày của giai đoạn.';

function marks(item: Reviewable): { review?: true; review_notes?: string[] } {
  return item.review ? { review: true, ...(item.reviewNotes.length > 0 && { review_notes: item.reviewNotes }) } : {};
}

type DraftDeadline = NonNullable<PlanDraft['tasks'][number]['deadline']>;

function recurrence(deadline: DraftDeadline): Record<string, unknown> {
  const r = deadline.recurrence;
  if (!r) return {};
  const day = dayOfPeriod(r, BEFORE_DAY.test(deadline.text));
  return {
    frequency: r.frequency,
    ...(day !== undefined && { day_of_period: day }),
    ...(r.afterPeriod && { after_period: true }),
    ...(r.from && { from: r.from }),
    ...(r.until && { until: r.until }),
  };
}

const COMMON_YEAR = 2001;
const BEFORE_DAY = /(?:^|\s)trước\s+(?:ngày\s+)?\d/iu;

/**
 * The plan file's day_of_period is the D of "trước ngày D" (the plan's boundary rule, strict here, makes
 * it due on D-1), while the draft holds the due day itself: a "trước" day is written back as D. A yearly
 * day is a day of the year (yearly-day.ts); without its month it is in December, the year's last month.
 */
function dayOfPeriod(r: NonNullable<DraftDeadline['recurrence']>, before: boolean): number | undefined {
  if (r.dueDay === undefined) return before ? r.dayOfPeriod : undefined;
  if (r.frequency !== 'yearly') return before ? r.dueDay + 1 : r.dueDay;
  const month = r.monthOfYear ?? 12;
  const numbered = dayOfNumberedYear(month, r.dueDay);
  if (!before) return numbered;
  // the day after a month's last day is the 1st of the next (after 28/02 comes 01/03, not 29/02)
  const monthEnds = r.dueDay >= daysInMonth(COMMON_YEAR, month);
  return monthEnds ? (month === 12 ? 1 : dayOfNumberedYear(month + 1, 1)) : numbered + 1;
}
