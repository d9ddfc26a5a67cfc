import { describe, expect, it } from 'vitest';
import { registry } from '../../../commands/registry.ts';
import {
  ACTION_PAYLOAD_MAX_BYTES,
  ACTION_PREFIX,
  bindSteeringPayload,
  confirmPayload,
  extensionPayload,
  pickPayload,
  readIdArgs,
  resolveBlockerPayload,
  returnPayload,
  splitActionPayload,
  statusPayload,
  undoPayload,
} from '../../../src/core/actions/action-payload.ts';

describe('the action-payload codec', () => {
  it('has a button handler for every prefix the composers encode, and no handler without a prefix', () => {
    expect(registry.buttonActions.map((action) => action.prefix).sort()).toEqual(Object.values(ACTION_PREFIX).sort());
  });

  it('encodes what the handlers decode, within 64 bytes for the largest ids', () => {
    const max = 2_147_483_647;
    const payloads = [
      statusPayload(max, 'dt'),
      pickPayload(max, 'x'),
      undoPayload(max),
      confirmPayload(max),
      returnPayload(max),
      extensionPayload(max, true),
      resolveBlockerPayload(max),
      bindSteeringPayload(),
    ];
    for (const payload of payloads) expect(new TextEncoder().encode(payload).length).toBeLessThanOrEqual(ACTION_PAYLOAD_MAX_BYTES);
    expect(splitActionPayload(statusPayload(12, 'ip'))).toEqual({ prefix: 'st', args: '12:ip' });
    expect(readIdArgs(splitActionPayload(extensionPayload(7, false)).args)).toEqual({ id: 7, option: 'n' });
    expect(splitActionPayload(bindSteeringPayload())).toEqual({ prefix: 'bs', args: '' });
  });

  it('reads forged arguments as nothing', () => {
    for (const args of ['', 'x', 'x:ip', '-1', '0:dn', '99999999999', '1e3']) expect(readIdArgs(args), args).toBeNull();
  });
});
