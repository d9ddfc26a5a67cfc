import { expect, it } from 'vitest';
import { createStores } from '../../src/db/stores.ts';
import { loadSeedPlan } from '../support/stores.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

const actor = { id: 'secretariat-1', name: 'Thường trực' };
const at = new Date('2023-02-27T02:00:00Z');

describeOnEachDatabase('a re-import names the units to tell of a changed deadline or assignment', (use) => {
  it('the kept tasks whose deadline or units changed, with the units on them before the import', async () => {
    const stores = createStores(use());
    const seed = await loadSeedPlan();
    await stores.plans.importPlan(seed, { actor, at });
    const unitId = async (code: string) => (await use().prisma.unit.findUniqueOrThrow({ where: { code } })).id;
    const changed = {
      ...seed,
      tasks: seed.tasks.map((task) => {
        if (task.code === 'GD2-01') return { ...task, deadlineDate: '2023-09-30', deadline: new Date('2023-09-30T16:59:59.999Z') };
        if (task.code === 'GD2-02') return { ...task, lead: 'CAP5', support: ['CATP'] };
        return task;
      }),
    };
    const summary = await stores.plans.importPlan(changed, { actor, at: new Date(at.getTime() + 60_000) });
    const both = [await unitId('CATP'), await unitId('CAP5')].sort();
    expect(summary.told.map((told) => ({ ...told, unitIds: [...told.unitIds].sort() }))).toEqual([
      { code: 'GD2-01', unitIds: both, roles: false, deadline: true },
      { code: 'GD2-02', unitIds: both, roles: true, deadline: false },
    ]);
  });
});
