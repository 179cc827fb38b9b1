import { opendir, readFile } from "node:fs/promises";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { kyselyStore } from "../src/store/open-store.js";
import { makeDoc } from "../test/store/make-doc.js";
const times = new Map<string, [number, number]>();
const database = new SQLite("/tmp/af/q.db"); database.pragma("journal_mode = WAL"); database.pragma("synchronous = NORMAL");
const db = new Kysely<any>({ dialect: new SqliteDialect({ database }), log: (e) => { const k = e.query.sql.slice(0, 90); const t = times.get(k) ?? [0, 0]; t[0] += e.queryDurationMillis; t[1]++; times.set(k, t); } });
const store = kyselyStore(db); await store.migrate();
const t0 = Date.now();
for await (const e of await opendir(process.argv[2])) { const r = JSON.parse(await readFile(join(process.argv[2], e.name), "utf8")); await store.putDocument(makeDoc(r.meta, r.sentences, r.claims)); }
console.log("total", Date.now() - t0);
console.log([...times].sort((a, b) => b[1][0] - a[1][0]).slice(0, 12).map(([k, [t, n]]) => `${t.toFixed(0)}ms ${n}x ${k}`).join("\n"));
