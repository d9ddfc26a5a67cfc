import { vietnamInstant } from '../../src/core/time/zone.ts';
import type { Database } from '../../src/db/open-database.ts';
import { CAP5_CHAT, CATP_CHAT, type CommandHarness, createHarness, FOCAL, SECRETARY, STEERING_CHAT } from './command-harness.ts';
import { withMonthlyReport } from './monthly-report-plan.ts';

/**
 * A monthly report duty (BC-01, due the 19th, from March 2023) led by CAP5 and supported by CATP, seen on
 * Thursday 22/06/2023: CAP5 reported March and April on time (both confirmed) and May late on 25/05
 * (awaiting confirmation), and owes June; CATP never reported, so it owes March, April, May and June.
 */
export const OWED_MONTHS_NOW = vietnamInstant(2023, 6, 22, 9, 0);

export async function createOwedMonthsScenario(db: Database): Promise<CommandHarness> {
  const h = await createHarness(db, {
    start: vietnamInstant(2023, 3, 6, 9, 0),
    adjustPlan: (plan) => withMonthlyReport(plan, { support: ['CATP'], recurrence: { frequency: 'monthly', dayOfPeriod: 20, dueDay: 19, from: '2023-03-01' } }),
  });
  await h.bindSteeringAndUnit();
  await h.bindSteeringAndUnit('CATP', CATP_CHAT);
  h.clock.set(vietnamInstant(2023, 3, 15, 9, 0));
  await h.send(CAP5_CHAT, FOCAL, '/xong BC-01 báo cáo tháng 3');
  await h.send(STEERING_CHAT, SECRETARY, '/xacnhan BC-01');
  h.clock.set(vietnamInstant(2023, 4, 14, 9, 0));
  await h.send(CAP5_CHAT, FOCAL, '/xong BC-01 báo cáo tháng 4');
  await h.send(STEERING_CHAT, SECRETARY, '/xacnhan BC-01');
  h.clock.set(vietnamInstant(2023, 5, 25, 9, 0));
  await h.send(CAP5_CHAT, FOCAL, '/xong BC-01 báo cáo tháng 5 (nộp muộn)');
  h.clock.set(OWED_MONTHS_NOW);
  return h;
}
