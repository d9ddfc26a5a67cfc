import type { Plan } from '../core/plan/plan-model.ts';
import type { SandboxSeedSpec } from '../sandbox/index.ts';

/** The unit whose group the sandbox puts on Zalo: it leads tasks of its own (the last unit when the plan has no such unit). */
const ZALO_UNIT = 'CATP';

const GIVEN_NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Hoàng Cường', 'Phạm Thu Dung', 'Huỳnh Minh Đức', 'Võ Thị Hạnh', 'Đặng Quốc Hùng', 'Bùi Ngọc Lan'];

/**
 * The sandbox's groups for a plan: one steering group whose first member is the secretariat, and
 * one group per unit that has a task, each with a focal point and a colleague; one unit's group is on Zalo.
 */
export function sandboxSeedSpec(plan: Plan): SandboxSeedSpec {
  const withTasks = new Set(plan.tasks.flatMap((t) => [t.lead, ...t.support]));
  const units = plan.units.filter((u) => withTasks.has(u.code));
  const zaloUnit = units.some((u) => u.code === ZALO_UNIT) ? ZALO_UNIT : units.at(-1)?.code;
  return {
    steering: {
      title: `Ban Chỉ đạo — ${plan.number}`,
      members: [{ name: 'Thường trực BCĐ (Lê Thị Mai)', username: 'thuongtruc_bcd' }, { name: 'Phó Trưởng ban (Trần Văn Nam)' }],
    },
    units: units.map((unit, index) => ({
      code: unit.code,
      // Short names keep the page's group list readable (two long "Ban Chỉ đạo …" names look alike).
      title: unit.shortNames[0] ?? unit.name,
      ...(unit.code === zaloUnit ? { platform: 'zalo' as const } : {}),
      members: [
        { name: `${GIVEN_NAMES[index % GIVEN_NAMES.length]} (${unit.code})` },
        { name: `${GIVEN_NAMES[(index + 3) % GIVEN_NAMES.length]} (${unit.code})` },
      ],
    })),
  };
}
