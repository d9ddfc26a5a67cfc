import { expect, it } from 'vitest';
import { createStores } from '../../src/db/stores.ts';
import { loadSeedPlan } from '../support/stores.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

const actor = { id: 'secretariat-1', name: 'Thường trực' };
const at = new Date('2023-02-27T02:00:00Z');

describeOnEachDatabase('the leads /giao took off a task', (use) => {
  it('are the units that led it, by code; a task never reassigned, or a support taken off, has none', async () => {
    const stores = createStores(use());
    const summary = await stores.plans.importPlan(await loadSeedPlan(), { actor, at });
    await stores.tasks.activatePlan(summary.planId, actor, at);
    const units = await stores.directory.listUnits();
    const idOf = (code: string) => units.find((unit) => unit.code === code)?.id ?? 0;
    const p502 = (await stores.tasks.findTaskByCode('P5-02'))!;
    const p501 = (await stores.tasks.findTaskByCode('P5-01'))!;
    const lead = p502.assignments.find((a) => a.role === 'lead')!;
    await stores.tasks.assignUnits(p502.id, [{ unitId: idOf('MTTQ_P5'), role: 'lead' }], 'giao lại', actor, new Date(at.getTime() + 60_000));
    const onlyLead = p501.assignments.filter((a) => a.role === 'lead').map((a) => ({ unitId: a.unitId, role: 'lead' as const }));
    await stores.tasks.assignUnits(p501.id, onlyLead, 'bỏ phối hợp', actor, new Date(at.getTime() + 60_000));

    const former = await stores.plans.formerLeads([p502.id, p501.id]);
    expect(former.get(p502.id)).toEqual([lead.unitCode]);
    expect(former.has(p501.id)).toBe(false);
  });
});
