import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/core/plan/plan-model.ts';
import { CAP5_CHAT, type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

/** A unit whose name carries HTML's special characters, as a pasted name might. */
const renamed = (plan: Plan): Plan => ({
  ...plan,
  units: plan.units.map((u) => (u.code === 'CAP5' ? { ...u, name: 'Công an Phường 5 <P5 & KV2>' } : u)),
});

describe('a group already bound is told what it is bound to', () => {
  let h: CommandHarness;
  withHarness({ per: 'all', adjustPlan: renamed }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
  });

  it('/ketnoi again in a unit group names the unit, escaped', async () => {
    const [answer] = await h.send(CAP5_CHAT, FOCAL, '/ketnoi ABCD1234');
    expect(answer?.html).toBe('Nhóm này đã được kết nối với đơn vị <b>Công an Phường 5 &lt;P5 &amp; KV2&gt;</b>. Không cần kết nối lại.');
  });

  it('/batdau in a unit group names the unit too', async () => {
    const [answer] = await h.send(CAP5_CHAT, SECRETARY, '/batdau');
    expect(answer?.html).toContain('đơn vị <b>Công an Phường 5 &lt;P5 &amp; KV2&gt;</b>');
  });

  it('/ketnoi in the steering group says it is the steering group', async () => {
    const [answer] = await h.send(STEERING_CHAT, SECRETARY, '/ketnoi ABCD1234');
    expect(answer?.html).toBe('Nhóm này đã được kết nối làm <b>nhóm Ban Chỉ đạo</b>. Không cần kết nối lại.');
  });
});
