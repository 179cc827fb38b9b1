// A ledger written before sources had canonical keys opens, is migrated once, and checks clean: every claim's
// source key is the canonical one, each statement's summary equals its recount, no source is left unnamed.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkLedger } from "../../src/cli/check-ledger.js";
import type { ArmsDocument } from "../../src/core/document.js";
import { sourceKey } from "../../src/link/sources.js";
import { openStore, type KyselyStore } from "../../src/store/open-store.js";
import { processDocument } from "../../src/pipeline.js";
import { engines, type Engine } from "./engines.js";

const list = await engines();

/** Four short reports of one minister's figure under other spellings and titles, and a ministry's. */
const reports = [
  ["keys-a", "Defence Minister Lena Varga said on Monday that Belarus had sent 40 tanks to Russia since January."],
  ["keys-b", "Belarus has sent 40 tanks to Russia since January, Lena Varga, the defence minister, told reporters."],
  ["keys-c", "The defence ministry of Poland said Belarus had shipped 12 howitzers to Russia in March."],
  ["keys-d", "According to minister Varga, Belarus sent 40 tanks to Russia since January."],
];

let docs: ArmsDocument[] = [];
beforeAll(() => {
  docs = reports.map(([id, text]) => processDocument({ path: `${id}.txt`, bytes: new TextEncoder().encode(text), meta: { id, published: "2024-05-06", outlet: "Harbour Wire" } }));
  expect(docs.every((d) => d.claims.length > 0)).toBe(true);
});

describe.each(list)("migrating source keys on $name", (engine: Engine) => {
  const opened: { dispose(): Promise<void> }[] = [];
  afterAll(async () => {
    for (const o of opened) await o.dispose();
  });

  it("recomputes keys written the old way, refreshes statements and sources, and checks clean", async () => {
    const o = await engine.open();
    opened.push(o);
    const store = o.store as KyselyStore;
    for (const d of docs) await store.putDocument(d);
    // As an older armsflow wrote them: other keys, and the migration not yet run.
    await sql`update claims set source_key = 'legacy:' || source_key`.execute(store.db);
    await sql`insert into sources (id, speaker, org, country, kind) select distinct source_key, speaker, org, country, 'other' from claims`.execute(store.db);
    await sql`delete from kysely_migration where name >= '0005-canonical-source-keys'`.execute(store.db); // and every later one
    await sql`alter table claims drop column q_per`.execute(store.db); // added by 0011, which runs again
    await sql`drop index if exists documents_newest`.execute(store.db); // made by 0006, which runs again
    await sql`alter table documents drop column seen`.execute(store.db); // added by 0007, which runs again
    await sql`drop index if exists claims_flow_speaker`.execute(store.db); // made by 0008, which runs again
    await sql`alter table claims drop column speaker_key`.execute(store.db); // added by 0008
    await sql`drop index if exists claims_flow_act`.execute(store.db); // made by 0009, which runs again
    await sql`alter table claims drop column act_lo`.execute(store.db); // added by 0009
    await sql`alter table claims drop column act_hi`.execute(store.db);
    await store.close();

    const again = (await openStore(o.options)) as KyselyStore;
    try {
      const claims = await again.db.selectFrom("claims").select(["speaker", "org", "country", "source_key"]).execute();
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) expect(c.source_key).toBe(sourceKey({ speaker: c.speaker, org: c.org, country: c.country }));
      const legacy = await again.db.selectFrom("sources").select("id").where("id", "like", "legacy:%").execute();
      expect(legacy).toEqual([]);
      const report = await checkLedger(again.db, engine.name === "postgres" ? "postgres" : "sqlite");
      expect(report.findings).toEqual([]);
    } finally {
      await again.close();
    }
  }, 120_000);
});
