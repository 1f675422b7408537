// Prisma's migration engine, run as WebAssembly through the pg driver adapter so that creating,
// applying and checking migrations works without the native binary Prisma would download.
// Loaded by hand (instead of `import "...wasm"`) so Node 20 needs no experimental flag.
// See docs/decisions/001-offline-migrations.md.
import { readFile, readdir, mkdir, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { parse as parseConnectionString } from "pg-connection-string";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";

const root = path.resolve(import.meta.dirname, "../..");
export const schemaPath = path.join(root, "prisma/schema.prisma");
export const migrationsDir = path.join(root, "prisma/migrations");
const lockfileName = "migration_lock.toml";

type Bindings = typeof import("@prisma/schema-engine-wasm");
type Engine = Bindings["SchemaEngine"]["prototype"];
type MigrationList = import("@prisma/schema-engine-wasm").MigrationList;

let bindings: Promise<Bindings> | undefined;

function loadBindings(): Promise<Bindings> {
  bindings ??= (async () => {
    // The engine reports a Rust panic's message here before it throws.
    (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = {
      set_message: (message: string) => console.error(`schema engine panic: ${message}`),
    };
    const require = createRequire(import.meta.url);
    const packageDir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const glue = (await import(path.join(packageDir, "schema_engine_bg.js"))) as Bindings & {
      __wbg_set_wasm(exports: unknown): void;
    };
    const bytes = await readFile(path.join(packageDir, "schema_engine_bg.wasm"));
    const imports = { "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports };
    const { instance } = await WebAssembly.instantiate(bytes, imports);
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return bindings;
}

const noFilters = { externalTables: [], externalEnums: [] };

async function schemaFiles(content?: string) {
  return [{ path: schemaPath, content: content ?? (await readFile(schemaPath, "utf8")) }];
}

const CHAR_OID = 18;
const TEXT_OID = 25;

// The engine describes a database by reading PostgreSQL catalog columns of the internal type
// "char" (a constraint's kind, a foreign key's ON DELETE action) and expects them typed as
// characters, but @prisma/adapter-pg 7.10 refuses that type outright. So the pg client reports
// such a column as text (its values arrive as one-letter strings either way), remembers which
// columns they were, and the adapter wrapper below hands them to the engine as `Character`.
const charColumnsOf = new WeakMap<object, number[]>();

type PgResultLike = { fields?: { dataTypeID: number }[]; rows?: object } | undefined;

function textForChar(result: PgResultLike) {
  const columns: number[] = [];
  result?.fields?.forEach((field, index) => {
    if (field.dataTypeID === CHAR_OID) {
      field.dataTypeID = TEXT_OID;
      columns.push(index);
    }
  });
  if (columns.length > 0 && result?.rows) charColumnsOf.set(result.rows, columns);
  return result;
}

class CatalogFriendlyClient extends pg.Client {
  // pg's Pool calls this with a trailing callback; the adapter's own calls use the promise.
  // One implementation for pg's many overloads, hence the loose types.
  override query(...args: unknown[]): never {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (error: unknown, result: PgResultLike) =>
        (last as (e: unknown, r: unknown) => void)(error, textForChar(result));
      // @ts-expect-error -- see above.
      return super.query(...args) as never;
    }
    // @ts-expect-error -- see above.
    const pending = super.query(...args) as unknown as Promise<PgResultLike>;
    return pending.then(textForChar) as never;
  }
}

type ResultSetLike = { rows: object; columnTypes: number[] };

function restoreCharColumns<T extends object>(queryable: T, overrides: Record<string, unknown> = {}): T {
  return new Proxy(queryable, {
    get(target, property) {
      if (typeof property === "string" && property in overrides) return overrides[property];
      const value = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      if (property === "queryRaw") {
        return async (...args: unknown[]) => {
          const result = (await value.apply(target, args)) as ResultSetLike;
          for (const index of charColumnsOf.get(result.rows) ?? []) {
            result.columnTypes[index] = ColumnTypeEnum.Character;
          }
          return result;
        };
      }
      if (property === "executeScript") {
        // The adapter splits a script at every ";", which cuts a function body written in
        // plpgsql (our triggers) in half. PostgreSQL's simple query protocol takes the whole
        // script at once and understands dollar quoting.
        return async (script: string) => {
          const driver = (target as { underlyingDriver(): { query(sql: string): Promise<unknown> } }).underlyingDriver();
          await driver.query(script);
        };
      }
      if (property === "startTransaction") {
        return async (...args: unknown[]) => restoreCharColumns(await value.apply(target, args));
      }
      return value.bind(target);
    },
  });
}

async function runOn(config: pg.ClientConfig, sql: string) {
  const client = new pg.Client(config);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function migrationAdapterFor(databaseUrl: string, opened: { dispose(): Promise<void> }[]) {
  // Separate fields rather than a URL: pg lets a `connectionString` win over `database`, so the
  // adapter's own shadow database (a copy of this config with another `database`) would in
  // fact be the real one. We make the shadow database ourselves for the same reason, and drop
  // it only after its pool is closed (the adapter drops it first, which PostgreSQL refuses).
  const { connectionString: _ignored, ...parsed } = parseConnectionString(databaseUrl);
  const fields = parsed as pg.ClientConfig;
  const factory = new PrismaPg({ ...fields, Client: CatalogFriendlyClient } as pg.PoolConfig);
  return bindMigrationAwareSqlAdapterFactory({
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      opened.push(adapter);
      return restoreCharColumns(adapter);
    },
    connectToShadowDb: async () => {
      const name = `cited_shadow_${randomUUID().replaceAll("-", "")}`;
      await runOn(fields, `CREATE DATABASE "${name}"`);
      const shadow = await new PrismaPg({ ...fields, database: name, Client: CatalogFriendlyClient } as pg.PoolConfig).connect();
      return restoreCharColumns(shadow, {
        dispose: async () => {
          await shadow.dispose();
          await runOn(fields, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        },
      });
    },
  });
}

/**
 * Runs `work` with an engine on `databaseUrl`, then frees it and closes its connections. (The
 * engine does not close them itself, and an open one keeps holding the migration advisory lock,
 * so the next engine would wait ten seconds for it.)
 */
async function withEngine<T>(databaseUrl: string, work: (engine: Engine) => Promise<T>, schemaText?: string): Promise<T> {
  const { SchemaEngine } = await loadBindings();
  const files = await schemaFiles(schemaText);
  const opened: { dispose(): Promise<void> }[] = [];
  const adapter = migrationAdapterFor(databaseUrl, opened);
  const log = (message: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error(message);
  };
  const engine = await SchemaEngine.new({ datamodels: files.map((f) => [f.path, f.content]) }, log, adapter);
  try {
    return await work(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((a) => a.dispose().catch(() => {})));
  }
}

const lockfileContent =
  '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n';

export async function listMigrations(): Promise<MigrationList> {
  const lockfilePath = path.join(migrationsDir, lockfileName);
  if (!existsSync(lockfilePath)) {
    await mkdir(migrationsDir, { recursive: true });
    await writeFile(lockfilePath, lockfileContent);
  }
  const names = existsSync(migrationsDir)
    ? (await readdir(migrationsDir, { withFileTypes: true }))
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: lockfileName,
      content: await readFile(lockfilePath, "utf8"),
    },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: { tag: "ok" as const, value: await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8") },
        },
      })),
    ),
  };
}

/** Applies pending migrations; returns the names of those applied now. */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const migrationsList = await listMigrations();
  return withEngine(databaseUrl, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList, filters: noFilters });
    return result.appliedMigrationNames;
  });
}

/**
 * Writes a new migration with the SQL that takes the existing migrations to the schema, as
 * `prisma migrate dev --create-only` would. (The engine's own createMigration cannot use a
 * shadow database through an adapter, so this goes through `diff`.) Returns its folder name,
 * or null when the migrations already match the schema.
 */
export async function createMigration(databaseUrl: string, name: string): Promise<string | null> {
  const sql = await driftScript(databaseUrl);
  if (!sql) return null;
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const folder = `${stamp}_${name.toLowerCase().replace(/[^a-z0-9]+/g, "_")}`;
  await mkdir(path.join(migrationsDir, folder), { recursive: true });
  await writeFile(path.join(migrationsDir, folder, "migration.sql"), sql);
  return folder;
}

/**
 * The SQL that would take the migrations to the schema (schema.prisma, or `schemaText` when
 * given); empty when they agree.
 */
export async function driftScript(databaseUrl: string, schemaText?: string): Promise<string> {
  const migrationsList = await listMigrations();
  const files = await schemaFiles(schemaText);
  return withEngine(databaseUrl, async (engine) => {
    const result = await engine.diff({
      from: { tag: "migrations", ...migrationsList },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: true,
      filters: noFilters,
    });
    return result.exitCode === 0 ? "" : (result.stdout ?? "");
  });
}
