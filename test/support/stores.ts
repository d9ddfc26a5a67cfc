import { loadPlanFile } from '../../src/plan-import/load-plan-file.ts';
import type { Plan } from '../../src/core/plan/plan-model.ts';
import { projectRoot } from '../../src/db/project-root.ts';
import { join } from 'node:path';

export const SEED_PLAN_PATH = join(projectRoot, 'plans/45-KH-BCD-2023.yaml');

export async function loadSeedPlan(): Promise<Plan> {
  const result = await loadPlanFile(SEED_PLAN_PATH);
  if (!result.ok) throw new Error(`seed plan does not load: ${JSON.stringify(result.errors)}`);
  return result.plan;
}
