import { describe, expect, it } from 'vitest';
import type { DraftTask, PlanDraft } from '../../../src/core/plan-draft/types.ts';
import { composeDraftSummary } from '../../../src/core/usecases/draft-plan-in-chat.ts';

const task = (code: string, reviewNotes: string[]): DraftTask => ({
  code,
  title: code,
  body: '',
  source: '',
  section: '',
  support: [],
  review: reviewNotes.length > 0,
  reviewNotes,
});

function draftWithReasons(kinds: number): PlanDraft {
  const tasks = Array.from({ length: kinds }, (_, i) => task(`NV${i + 1}`, [`Lý do số ${i + 1}`]));
  tasks.push(task('NV99', ['Lý do số 1']));
  return { header: { review: false, reviewNotes: [] }, units: [], groups: [], phases: [], tasks, criteria: [] };
}

describe('the draft summary names the review reasons', () => {
  it('more kinds than listed: says how many others and where to read them, instead of a bare "…"', () => {
    const summary = composeDraftSummary(draftWithReasons(8), 'kh.docx', 'kh-kiem-tra.xlsx', 'vi');
    expect(summary).toContain('– Lý do số 1 (2 nhiệm vụ)');
    expect(summary).toContain('– và 3 lý do khác (xem cột “Lý do” trong bảng)');
    expect(summary).not.toContain('– …');
    expect(composeDraftSummary(draftWithReasons(8), 'kh.docx', 'kh-kiem-tra.xlsx', 'en')).toContain('and 3 other reasons');
  });

  it('few kinds: every one is listed and nothing more is said', () => {
    const summary = composeDraftSummary(draftWithReasons(3), 'kh.docx', 'kh-kiem-tra.xlsx', 'vi');
    expect(summary).toContain('– Lý do số 3');
    expect(summary).not.toContain('lý do khác');
  });
});
