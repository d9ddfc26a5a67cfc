import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/core/plan/plan-model.ts';
import type { StoredPlan } from '../../src/core/plans/stored-plan-to-file.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { removedSettingsWarning } from '../../src/core/usecases/removed-settings-warning.ts';
import { type CommandHarness, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';
import { SEED_PLAN_PATH } from '../support/stores.ts';

/** QA: a file without the plan's criteria and groups archived them on Kích hoạt, and the preview never said so. */
describe('a plan file that leaves out the followed plan’s criteria or unit groups says so before Kích hoạt', () => {
  let h: CommandHarness;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
  });

  it('names the criteria that would be archived', async () => {
    const yaml = readFileSync(SEED_PLAN_PATH, 'utf8');
    const withoutCriteria = yaml.replace(/\ncriteria:[\s\S]*$/, '\n');
    expect(withoutCriteria).not.toMatch(/\ncriteria:/);
    const [preview] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'kh.yaml', bytes: new TextEncoder().encode(withoutCriteria) });
    const text = marksToPlainText(preview?.html ?? '');
    expect(text).toMatch(/⚠️ \d+ tiêu chí của kế hoạch đang theo dõi không có trong tệp và sẽ được lưu trữ .*TC-C2/);
  });

  it('a group the file leaves out is named too', () => {
    const stored = {
      criteria: [],
      config: { beforeBoundary: 'strict', groups: [{ code: 'CTXH_P5' }, { code: 'NGANH_DOAN_THE_TP' }] },
    } as unknown as StoredPlan;
    const plan = { criteria: [], config: { groups: [{ code: 'CTXH_P5' }] } } as unknown as Plan;
    expect(removedSettingsWarning(stored, plan, 'vi')).toContain(
      '⚠️ <b>1 nhóm đơn vị của kế hoạch đang theo dõi không có trong tệp và sẽ bị bỏ: NGANH_DOAN_THE_TP.</b>',
    );
    expect(removedSettingsWarning(null, plan, 'vi')).toBe('');
  });

  it('says nothing when the file keeps them', async () => {
    const [preview] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'kh.yaml', bytes: readFileSync(SEED_PLAN_PATH) });
    expect(preview?.html).not.toMatch(/tiêu chí của kế hoạch đang theo dõi|nhóm đơn vị của kế hoạch đang theo dõi/);
  });
});
