/**
 * Prisma's schema engine as WebAssembly, driven through a driver adapter, so migrations run
 * offline (the native engine cannot be downloaded here; see PLATFORM.md). On Node 20 the package's
 * ESM `.wasm` import does not load, so the module is instantiated by hand once per process.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

type Bindings = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');
type WasmExports = Record<string, unknown>;

// Node has WebAssembly at runtime; its types live in lib.dom, which this project does not load.
const Wasm = (
  globalThis as unknown as {
    WebAssembly: {
      Module: new (bytes: Uint8Array) => unknown;
      Instance: new (module: unknown, imports: Record<string, unknown>) => { exports: WasmExports };
    };
  }
).WebAssembly;
let bindings: Promise<Bindings> | undefined;

function loadBindings(): Promise<Bindings> {
  bindings ??= (async () => {
    const require = createRequire(import.meta.url);
    const packageDir = dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
    const bg = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as Bindings & {
      __wbg_set_wasm(exports: WasmExports): void;
    };
    const bytes = readFileSync(join(packageDir, 'schema_engine_bg.wasm'));
    const instance = new Wasm.Instance(new Wasm.Module(bytes), { './schema_engine_bg.js': bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bg;
  })();
  return bindings;
}

export interface EngineOptions {
  schemaPath: string;
  schemaText: string;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  log?: (line: string) => void;
}

export async function openSchemaEngine(options: EngineOptions): Promise<SchemaEngine> {
  const bg = await loadBindings();
  return bg.SchemaEngine.new(
    { datamodels: [[options.schemaPath, options.schemaText]] },
    (line: string) => options.log?.(line),
    bindMigrationAwareSqlAdapterFactory(options.adapterFactory),
  );
}

export const NO_FILTERS = { externalTables: [] as string[], externalEnums: [] as string[] };
