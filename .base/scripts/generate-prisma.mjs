// Generates both Prisma clients offline. `prisma generate` never runs the schema engine, but the
// CLI tries to download it unless PRISMA_SCHEMA_ENGINE_BINARY names a path (see PLATFORM.md).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { providers, root, writeSchema } from './prisma-schemas.mjs';

// Any existing file will do: generate only checks that the path resolves.
const placeholder = join(root, 'prisma/.generated/no-engine');
mkdirSync(join(root, 'prisma/.generated'), { recursive: true });
writeFileSync(placeholder, '');
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? placeholder,
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  CHECKPOINT_DISABLE: '1',
};
for (const provider of providers) {
  const schema = writeSchema(provider);
  execFileSync(process.execPath, [join(root, 'node_modules/prisma/build/index.js'), 'generate', '--schema', schema], {
    cwd: root,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}
