/**
 * `npm run db:migration -- <name>` writes the next migration for BOTH providers from
 * prisma/models.prisma; `--check` exits 1 when either folder is behind the models (CI's drift check).
 * The PostgreSQL diff replays the folder on a shadow database, so it needs a server
 * (SHADOW_DATABASE_URL or DATABASE_URL_POSTGRES, default postgresql://postgres@127.0.0.1:5432/postgres).
 */
import { readMigrationList, readSchema, schemaPath, writeMigration } from '../src/db/migrations/migration-folder.ts';
import { NO_FILTERS, openSchemaEngine } from '../src/db/migrations/schema-engine.ts';
import { shadowCapableFactory } from '../src/db/migrations/shadow-adapters.ts';
import { trackConnections } from '../src/db/migrations/tracked-factory.ts';
import type { DbProvider } from '../src/db/provider.ts';
import { writeSchema } from './prisma-schemas.mjs';

const PROVIDERS: DbProvider[] = ['sqlite', 'postgresql'];

function engineUrl(provider: DbProvider): string {
  if (provider === 'sqlite') return ':memory:';
  return process.env.SHADOW_DATABASE_URL ?? process.env.DATABASE_URL_POSTGRES ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
}

async function pendingSql(provider: DbProvider): Promise<string> {
  writeSchema(provider); // always diff against the current models, even if nobody regenerated
  const tracked = trackConnections(shadowCapableFactory(engineUrl(provider)));
  const engine = await openSchemaEngine({
    schemaPath: schemaPath(provider),
    schemaText: readSchema(provider),
    adapterFactory: tracked.factory,
  });
  try {
    const list = readMigrationList(provider);
    const result = await engine.diff({
      from: list.migrationDirectories.length > 0 ? { tag: 'migrations', ...list } : { tag: 'empty' },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath(provider), content: readSchema(provider) }] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return (result.stdout ?? '').trim();
  } finally {
    engine.free();
    await tracked.closeAll();
  }
}

function isEmptyDiff(sql: string): boolean {
  return sql === '' || /^-- This is an empty migration\.?$/.test(sql);
}

function timestamp(): string {
  return new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const name = args.find((a) => !a.startsWith('--'));
  if (!check && (!name || !/^[a-z0-9_]+$/.test(name))) {
    console.error('Dùng: npm run db:migration -- <ten_migration> (chữ thường, số, gạch dưới)');
    return 2;
  }
  let behind = 0;
  const stamp = timestamp();
  for (const provider of PROVIDERS) {
    const sql = await pendingSql(provider);
    if (isEmptyDiff(sql)) {
      console.log(`${provider}: migrations are up to date with prisma/models.prisma`);
      continue;
    }
    if (check) {
      behind++;
      console.error(`${provider}: migrations are BEHIND prisma/models.prisma. Pending SQL:\n${sql}`);
      continue;
    }
    const dir = writeMigration(provider, `${stamp}_${name}`, `${sql}\n`);
    console.log(`${provider}: wrote ${dir}`);
  }
  if (behind > 0) console.error('Run: npm run db:migration -- <name>');
  return behind > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
