import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (src/db/ is two levels down), for prisma/ and plans/. */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
