import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { CAP5_CHAT, type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';
import { SEED_PLAN_PATH } from '../support/stores.ts';

/** QA: a criterion's target raised by a plan import kept the old "đạt" of its latest figure in /tieuchi and the report. */
describe('a criterion judged against the target it has now', () => {
  let h: CommandHarness;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
  });

  it('85 % was "đạt" at ≥ 80 %; after the import raises the target to ≥ 90 % it reads "chưa đạt"', async () => {
    await h.send(CAP5_CHAT, FOCAL, '/tieuchi TC-C2 85');
    const line = async () =>
      marksToPlainText((await h.send(STEERING_CHAT, SECRETARY, '/tieuchi'))[0]?.html ?? '')
        .split('\n')
        .find((l) => l.includes('TC-C2')) ?? '';
    expect(await line()).toContain('đạt');
    expect(await line()).not.toContain('chưa đạt');
    const raised = readFileSync(SEED_PLAN_PATH, 'utf8').replace(/(code: TC-C2[\s\S]*?target: )">= 80"/, '$1">= 90"');
    const [preview] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'kh.yaml', bytes: new TextEncoder().encode(raised) });
    const button = preview?.buttons?.[0]?.[0];
    await h.press(STEERING_CHAT, SECRETARY, button && 'data' in button ? button.data : '');
    expect(await line()).toContain('chưa đạt');
    expect(await line()).toContain('90');
  });
});
