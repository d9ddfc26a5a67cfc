import { describe, expect, it } from 'vitest';
import { statusAfterLeadChange } from '../../../src/core/status/status-after-lead-change.ts';

describe('an open task follows its new lead', () => {
  it('takes the new lead’s own part', () => {
    expect(statusAfterLeadChange({ status: 'in_progress', percent: 70 }, { status: 'not_started', percent: null })).toEqual({
      status: 'not_started',
      percent: null,
    });
    expect(statusAfterLeadChange({ status: 'in_progress', percent: 70 }, { status: 'blocked', percent: 20 })).toEqual({ status: 'blocked', percent: 20 });
    expect(statusAfterLeadChange({ status: 'blocked', percent: 40 }, undefined)).toEqual({ status: 'not_started', percent: null });
  });

  it('a supporting unit’s finished part is not the task finished', () => {
    expect(statusAfterLeadChange({ status: 'in_progress', percent: 30 }, { status: 'done', percent: 100 })).toEqual({ status: 'in_progress', percent: null });
  });

  it('nothing to change, or a task past the lead’s "done"', () => {
    expect(statusAfterLeadChange({ status: 'in_progress', percent: 50 }, { status: 'in_progress', percent: 50 })).toBeNull();
    expect(statusAfterLeadChange({ status: 'awaiting_confirmation', percent: 100 }, { status: 'not_started', percent: null })).toBeNull();
    expect(statusAfterLeadChange({ status: 'done', percent: 100 }, { status: 'not_started', percent: null })).toBeNull();
  });
});
