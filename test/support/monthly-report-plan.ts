import type { Plan, PlanTask } from '../../src/core/plan/plan-model.ts';

/**
 * The seed plan with one recurring duty: "Công an Phường 5 báo cáo kết quả trước ngày 20 hằng tháng"
 * (BC-01, led by CAP5, no support), each month's report due at the end of the 19th. `overrides` change
 * the duty (another title, a supporting unit).
 */
export function withMonthlyReport(plan: Plan, overrides: Partial<PlanTask> = {}): Plan {
  const duty: PlanTask = {
    code: 'BC-01',
    title: 'Báo cáo kết quả chuyển hóa hằng tháng',
    source: 'Công an Phường 5 báo cáo kết quả trước ngày 20 hằng tháng.',
    lead: 'CAP5',
    support: [],
    supportGroups: [],
    deadlineText: 'trước ngày 20 hằng tháng',
    recurrence: { frequency: 'monthly', dayOfPeriod: 20, dueDay: 19 },
    review: false,
    ...overrides,
  };
  return { ...plan, tasks: [...plan.tasks, duty] };
}
