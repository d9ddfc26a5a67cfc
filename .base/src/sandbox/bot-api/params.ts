import { badRequest } from './api-error.ts';

export interface UploadedPart {
  fileName: string;
  bytes: Uint8Array;
  contentType?: string;
}

/**
 * A method's parameters, whichever way they came (query string, JSON, urlencoded, multipart).
 * Form encodings carry objects as JSON strings, so object readers parse strings.
 */
export class Params {
  constructor(
    private readonly values: Record<string, unknown>,
    readonly uploads: Map<string, UploadedPart> = new Map(),
  ) {}

  has(name: string): boolean {
    const value = this.values[name];
    return value !== undefined && value !== null && value !== '';
  }

  raw(name: string): unknown {
    return this.values[name];
  }

  string(name: string): string | undefined {
    const value = this.values[name];
    if (value === undefined || value === null) return undefined;
    return typeof value === 'string' ? value : String(value);
  }

  requireString(name: string, missing = `parameter "${name}" is required`): string {
    const value = this.string(name);
    if (value === undefined || value === '') throw badRequest(missing);
    return value;
  }

  int(name: string): number | undefined {
    const value = this.values[name];
    if (value === undefined || value === null || value === '') return undefined;
    const parsed = typeof value === 'number' ? value : Number(value);
    if (!Number.isInteger(parsed)) throw badRequest(`field "${name}" must be an Integer`);
    return parsed;
  }

  requireInt(name: string, missing: string): number {
    const value = this.int(name);
    if (value === undefined) throw badRequest(missing);
    return value;
  }

  bool(name: string): boolean | undefined {
    const value = this.values[name];
    if (value === undefined || value === null || value === '') return undefined;
    return value === true || value === 'true' || value === '1' || value === 1;
  }

  object<T>(name: string): T | undefined {
    const value = this.values[name];
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'string') return value as T;
    try {
      return JSON.parse(value) as T;
    } catch {
      throw badRequest(`can't parse ${name} JSON object`);
    }
  }

  /** Chat ids may be numbers or @usernames; the sandbox only knows numeric ids. */
  chatId(name = 'chat_id'): number {
    const value = this.string(name);
    if (value === undefined || value === '') throw badRequest('chat_id is empty');
    const id = Number(value);
    if (!Number.isInteger(id)) throw badRequest('chat not found');
    return id;
  }
}
