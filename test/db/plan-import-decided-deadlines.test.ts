import { expect, it } from 'vitest';
import { createStores } from '../../src/db/stores.ts';
import { loadSeedPlan } from '../support/stores.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

const actor = { id: 'secretariat-1', name: 'Thường trực' };
const at = new Date('2023-02-27T02:00:00Z');
const later = (minutes: number) => new Date(at.getTime() + minutes * 60_000);

describeOnEachDatabase('deadlines the committee decided after import', (use) => {
  it('are told from deadlines an import set, and a file that moves them is named in the preview', async () => {
    const stores = createStores(use());
    const seed = await loadSeedPlan();
    await stores.plans.importPlan(seed, { actor, at });
    const taskOf = async (code: string) => (await use().prisma.task.findFirstOrThrow({ where: { code } })).id;
    const [gd201, gd202, p501] = [await taskOf('GD2-01'), await taskOf('GD2-02'), await taskOf('P5-01')];
    // GD2-02's deadline moved by a re-import only; GD2-01's by /doihan
    const moved = {
      ...seed,
      tasks: seed.tasks.map((task) =>
        task.code === 'GD2-02' ? { ...task, deadlineDate: '2023-06-30', deadline: new Date('2023-06-30T16:59:59.999Z') } : task,
      ),
    };
    await stores.plans.importPlan(moved, { actor, at: later(1) });
    await stores.tasks.moveDeadline(gd201, new Date('2023-10-15T16:59:59.999Z'), 'UBND đề nghị', actor, later(2));
    expect(await stores.plans.decidedDeadlines([gd201, gd202, p501])).toEqual(new Set([gd201]));

    const preview = await stores.plans.previewImport(seed);
    expect(preview.diff.update.map((change) => change.code).sort()).toEqual(['GD2-01', 'GD2-02']);
    expect(preview.decidedDeadlines).toEqual(['GD2-01']);
  });
});
