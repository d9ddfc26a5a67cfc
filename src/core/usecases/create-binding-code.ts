import { buildUnitDirectory } from '../units/unit-directory.ts';
import { nearUnitCodes } from '../units/near-unit-codes.ts';
import { resolveUnit } from '../units/resolve-unit.ts';
import type { Actor, Locale, UnitRecord } from '../model/records.ts';
import { exampleUnitCode } from './example-unit-code.ts';
import { refuse, type Refusal, type WorkflowPorts } from './ports.ts';

/** No 0/O, 1/I/L: codes are read aloud and typed on phones. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 8;
export const CODE_LIFETIME_MS = 48 * 3_600_000;

export type RandomBytes = (length: number) => Uint8Array;
const webRandom: RandomBytes = (length) => globalThis.crypto.getRandomValues(new Uint8Array(length));

export function generateCode(random: RandomBytes = webRandom): string {
  let code = '';
  // Rejection sampling keeps every letter equally likely.
  const limit = 256 - (256 % CODE_ALPHABET.length);
  while (code.length < CODE_LENGTH) {
    for (const byte of random(CODE_LENGTH * 2)) {
      if (byte < limit && code.length < CODE_LENGTH) code += CODE_ALPHABET[byte % CODE_ALPHABET.length];
    }
  }
  return code;
}

export type CreateBindingCodeResult = { ok: true; code: string; unit: UnitRecord; expiresAt: Date } | Refusal;

/** An unknown unit: the units it may have meant, else an example; `/moi` alone lists the unconnected ones. */
function notFound(query: string, units: readonly UnitRecord[], locale: Locale): Refusal {
  const near = nearUnitCodes(query, units);
  if (near.length === 0) return refuse('invite.unit_not_found', { query, example: exampleUnitCode(units, locale) });
  return refuse('invite.unit_not_found_near', { query, near: near.map((u) => `${u.code} (${u.shortName ?? u.name})`).join(', ') });
}

/** `/moi <đơn vị>`: a one-time code that binds a group to the unit, valid 48 hours. */
export async function createBindingCode(
  ports: WorkflowPorts,
  input: { query: string; actor: Actor; now: Date; random?: RandomBytes; locale: Locale },
): Promise<CreateBindingCodeResult> {
  const units = await ports.stores.directory.listUnits();
  const directory = buildUnitDirectory(units.map((u) => ({ code: u.code, name: u.name, aliases: u.aliases })));
  const resolution = resolveUnit(input.query, directory);
  if (resolution.kind === 'not_found') return notFound(input.query, units, input.locale);
  if (resolution.kind === 'ambiguous') return refuse('invite.ambiguous', { query: input.query, candidates: resolution.candidates.join(', ') });
  if (resolution.kind === 'group') return refuse('invite.group', { query: input.query, members: resolution.members.join(', ') });
  const unit = units.find((u) => u.code === resolution.unitCode);
  if (!unit) return notFound(input.query, units, input.locale);
  const expiresAt = new Date(input.now.getTime() + CODE_LIFETIME_MS);
  const code = generateCode(input.random);
  await ports.stores.codes.createCode({ code, target: 'unit', unitId: unit.id, createdBy: input.actor.id, expiresAt });
  return { ok: true, code, unit, expiresAt };
}
