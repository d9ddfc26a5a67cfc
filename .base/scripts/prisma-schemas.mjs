// One source of models (prisma/models.prisma), one generated schema per provider.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const providers = ['sqlite', 'postgresql'];

export function schemaText(provider) {
  const models = readFileSync(join(root, 'prisma/models.prisma'), 'utf8');
  const header = [
    '// GENERATED from prisma/models.prisma by scripts/prisma-schemas.mjs. Do not edit.',
    'generator client {',
    '  provider               = "prisma-client"',
    `  output                 = "../../../src/db/generated/${provider}"`,
    '  moduleFormat           = "esm"',
    '  runtime                = "nodejs"',
    '  importFileExtension    = "ts"',
    '  generatedFileExtension = "ts"',
    '}',
    '',
    'datasource db {',
    `  provider = "${provider}"`,
    '}',
    '',
  ].join('\n');
  return header + models;
}

export function writeSchema(provider) {
  const path = join(root, 'prisma/.generated', provider, 'schema.prisma');
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, schemaText(provider));
  return path;
}
