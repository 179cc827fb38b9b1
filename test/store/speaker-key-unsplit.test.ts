// A ledger whose speakers' keys were written before a letter bearing its mark in its shape met its plain spelling
// ("Wałek" and "Walek") is migrated once: the key is computed again, and a later report spelling the name plainly
// joins the first telling through it, on every engine. Reports below are our own.
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { openStore, type KyselyStore } from "../../src/store/open-store.js";
import { engines, type Engine } from "./engines.js";
import { makeDoc } from "./make-doc.js";

const list = await engines();

const doc = (id: string, published: string, sentence: string, speaker: string, stated: string | null = null) =>
  makeDoc({ id, outlet: id.startsWith("a") ? "Quayside Herald" : "Upland Monthly Review", published, url: `https://example.test/${id}` }, [sentence], [
    { evidence: sentence, speaker, org: null, country: null, supplier: "POL", recipient: "UKR", item: "artillery-systems", quantity: { value: 36, unit: "systems" }, stated },
  ]);

const first = doc("a-first", "2024-02-06", "Minister Tomasz Wałek said on Monday that 36 howitzers had gone east.", "Tomasz Wałek", "2024-02-05");
const later = doc("b-later", "2025-05-14", "Tomasz Walek, then minister, once spoke of 36 howitzers gone east.", "Tomasz Walek");

const statementOf = async (store: KyselyStore, id: string) => (await store.listClaims({ doc: id, limit: 10 }))[0]?.statement;

describe.each(list)("speaker keys of unsplit letters on $name", (engine: Engine) => {
  const opened: { dispose(): Promise<void> }[] = [];
  afterAll(async () => {
    for (const o of opened) await o.dispose();
  });

  it("computes the key again and links the plain spelling through it", async () => {
    const o = await engine.open();
    opened.push(o);
    const store = o.store as KyselyStore;
    await store.putDocument(first);
    // As an older armsflow wrote it: the letter kept in the key, the migration not yet run.
    await sql`update claims set speaker_key = 'wałek'`.execute(store.db);
    await sql`delete from kysely_migration where name >= '0010-speaker-keys-unsplit-letters'`.execute(store.db);
    await sql`alter table claims drop column q_per`.execute(store.db); // added by 0011, which runs again
    await store.close();
    const again = (await openStore(o.options)) as KyselyStore;
    try {
      const rows = await again.db.selectFrom("claims").select(["speaker_key"]).execute();
      expect(rows.map((r) => r.speaker_key)).toEqual(["walek"]);
      await again.putDocument(later);
      expect(await statementOf(again, first.meta.id)).toBe(await statementOf(again, later.meta.id));
    } finally {
      await again.close();
    }
  }, 60_000);
});
