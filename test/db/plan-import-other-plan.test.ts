import { expect, it } from 'vitest';
import { PlanCodeClashError } from '../../src/core/model/plan-code-clash-error.ts';
import type { Plan } from '../../src/core/plan/plan-model.ts';
import { createStores } from '../../src/db/stores.ts';
import { loadSeedPlan } from '../support/stores.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

const actor = { id: 'secretariat-1', name: 'Thường trực' };
const at = new Date('2023-02-27T02:00:00Z');

/** Another issuer's plan with two duties: one of them coded as plan 45 codes a task it follows. */
function konTumPlan(seed: Plan, firstCode: string): Plan {
  const [first, second] = seed.tasks;
  if (!first || !second) throw new Error('seed plan without tasks');
  return {
    ...seed,
    number: '12/KH-UBND',
    issuer: 'UBND tỉnh Kon Tum',
    tasks: [
      { ...first, code: firstCode },
      { ...second, code: 'KT-02' },
    ],
    criteria: [],
  };
}

describeOnEachDatabase('a plan with another number imported while plan 45 is followed', (use) => {
  it('the preview names plan 45 as the plan beside which it goes, and a code plan 45 has as a clash; importing it is refused', async () => {
    const stores = createStores(use());
    const seed = await loadSeedPlan();
    const summary = await stores.plans.importPlan(seed, { actor, at });
    await stores.tasks.activatePlan(summary.planId, actor, at);

    const clashing = konTumPlan(seed, 'gd1-01');
    const preview = await stores.plans.previewImport(clashing);
    expect(preview).toMatchObject({ isNewPlan: true, otherActivePlans: ['45/KH-BCĐ'], codeClashes: [{ code: 'GD1-01', plan: '45/KH-BCĐ' }] });
    const tasksBefore = await use().prisma.task.count();
    await expect(stores.plans.importPlan(clashing, { actor, at })).rejects.toBeInstanceOf(PlanCodeClashError);
    expect(await use().prisma.task.count()).toBe(tasksBefore);
    expect(await stores.tasks.getPlanByNumber('12/KH-UBND')).toBeNull();

    // with codes of its own it goes beside plan 45, whose GD1-01 is still the one found by its code
    const apart = konTumPlan(seed, 'KT-01');
    expect((await stores.plans.previewImport(apart)).codeClashes).toEqual([]);
    const other = await stores.plans.importPlan(apart, { actor, at });
    await stores.tasks.activatePlan(other.planId, actor, at);
    expect((await stores.tasks.findTaskByCode('GD1-01'))?.planNumber).toBe('45/KH-BCĐ');
    // plan 45 sent again is checked against the Kon Tum plan the same way
    expect((await stores.plans.previewImport({ ...seed, tasks: [...seed.tasks, { ...seed.tasks[0]!, code: 'KT-02' }] })).codeClashes).toEqual([
      { code: 'KT-02', plan: '12/KH-UBND' },
    ]);
  });
});
