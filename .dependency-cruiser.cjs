// Layer rules of docs/architecture.md, checked by `npm run lint:layers` (dependency-cruiser) in CI.
// Type-only imports count: a layer that names another's types depends on it.
const INFRA_PACKAGES = '(grammy|@grammyjs/[^/]+|prisma|@prisma/[^/]+|pg|better-sqlite3|node-cron)';
const MESSENGER_SDKS = '(grammy|@grammyjs/[^/]+)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-imports-no-outer-layer',
      comment: 'src/core is the domain: it may not import db, channels, outbox, sandbox, app, commands or jobs. Ask for a port in src/core/ports instead.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^(src/(db|channels|outbox|sandbox|app)/|commands/|jobs/)' },
    },
    {
      name: 'core-imports-no-infrastructure-package',
      comment: 'src/core may not import grammY, Prisma, pg, better-sqlite3 or node-cron.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: `(^|/)node_modules/${INFRA_PACKAGES}/` },
    },
    {
      name: 'core-imports-no-node-builtin',
      comment: 'src/core may not import node:* builtins (no files, clocks or processes in the domain).',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'messenger-sdk-only-in-channels',
      comment:
        'Only src/channels/* may import a messenger SDK; also src/sandbox (it emulates Telegram), test/ and bench/ (they drive the real Telegram stack against the sandbox).',
      severity: 'error',
      from: { pathNot: '^(src/channels/|src/sandbox/|test/|bench/)' },
      to: { path: `(^|/)node_modules/${MESSENGER_SDKS}/` },
    },
    {
      name: 'db-imports-no-outbox',
      comment: 'src/db and src/outbox do not import each other: shared shapes live in src/core/ports.',
      severity: 'error',
      from: { path: '^src/db/' },
      to: { path: '^src/outbox/' },
    },
    {
      name: 'outbox-imports-no-db',
      comment: 'src/db and src/outbox do not import each other: the outbox reaches storage through ports.',
      severity: 'error',
      from: { path: '^src/outbox/' },
      to: { path: '^src/db/' },
    },
    {
      name: 'dispatch-knows-no-messenger',
      comment:
        'src/dispatch routes neutral InboundEvents for every messenger: it may not import src/channels or a messenger SDK (a channel hands it a ChannelSession).',
      severity: 'error',
      from: { path: '^src/dispatch/' },
      to: { path: `^src/channels/|(^|/)node_modules/${MESSENGER_SDKS}/` },
    },
    {
      name: 'commands-and-jobs-use-ports',
      comment: 'commands/ and jobs/ get ports from their context; they do not import src/db or src/channels.',
      severity: 'error',
      from: { path: '^(commands|jobs)/' },
      to: { path: '^src/(db|channels)/' },
    },
    {
      name: 'no-circular',
      comment: 'No circular dependencies between modules.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/db/generated/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.mts', '.js', '.mjs', '.cjs', '.d.ts', '.json'],
    },
    skipAnalysisNotInRules: true,
  },
};
