// The SQL text every migration sends, up and down, in each dialect of the store, read with a driver that runs nothing.
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type Dialect,
} from "kysely";
import { migrationProvider } from "../../../src/store/migrations.js";

const dialects: Record<string, Dialect> = {
  sqlite: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
  postgres: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
};

/** One line a statement: the dialect, the migration, up or down, and the SQL with its parameters. */
export async function migrationSql(): Promise<string> {
  const lines: string[] = [];
  const migrations = await migrationProvider.getMigrations();
  for (const [name, dialect] of Object.entries(dialects)) {
    for (const [id, m] of Object.entries(migrations).sort(([a], [b]) => (a < b ? -1 : 1))) {
      for (const step of ["up", "down"] as const) {
        const db = new Kysely<any>({ dialect, log: (e) => void lines.push(`${name} ${id} ${step}: ${e.query.sql} ${JSON.stringify(e.query.parameters)}`) });
        await m[step]?.(db);
        await db.destroy();
      }
    }
  }
  return lines.join("\n") + "\n";
}
