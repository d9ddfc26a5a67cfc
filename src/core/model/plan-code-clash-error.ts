/**
 * A plan would give a task a code an open task of another active plan already has: a unit's report
 * by that code ("GD1-01 đang làm 10%") would go to one of them by chance. Importing refuses it.
 */
export class PlanCodeClashError extends Error {
  constructor(
    readonly planNumber: string,
    readonly clashes: readonly { code: string; plan: string }[],
  ) {
    super(
      `Kế hoạch ${planNumber} dùng mã nhiệm vụ đang thuộc kế hoạch khác đang theo dõi: ${clashes.map((c) => `${c.code} (${c.plan})`).join(', ')}. Hãy đổi các mã này rồi nhập lại.`,
    );
    this.name = 'PlanCodeClashError';
  }
}
