// A person's very figure told again a year or more later joins the first telling in the store as in memory, in
// either order, on every engine: the store reads that person's claims of the flow over the wider reach by speaker.
// Another person's like figure, or the same person's other figure, stays apart. Reports below are our own.
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import type { ArmsDocument } from "../../src/core/document.js";
import { linkClaims } from "../../src/link/link-claims.js";
import { openStore, type KyselyStore } from "../../src/store/open-store.js";
import { engines, type Engine } from "./engines.js";
import { makeDoc } from "./make-doc.js";

const list = await engines();

const doc = (id: string, published: string, sentence: string, speaker: string, value: number, stated: string | null = null) =>
  makeDoc({ id, outlet: id.startsWith("a") ? "Quayside Herald" : "Upland Monthly Review", published, url: `https://example.test/${id}` }, [sentence], [
    { evidence: sentence, speaker, org: speaker.includes(" ") ? "Ministry of Defence" : null, country: "LTU", supplier: "LTU", recipient: "UKR", item: "drones", quantity: { value, unit: "drones" }, stated },
  ]);

/** The first telling, then three later ones: the same person's figure, another person's, the same person's other figure. */
const first = doc("a-first", "2024-02-06", "Minister Rasa Jurgaitė said on Monday that 2,750 drones had gone east.", "Rasa Jurgaitė", 2750, "2024-02-05");
const cases: [string, ArmsDocument, boolean][] = [
  ["the same person, surname only, fifteen months on", doc("b-same", "2025-05-14", "Jurgaitė, then minister, once spoke of 2,750 drones gone east.", "Jurgaitė", 2750), true],
  ["another person, the same figure", doc("b-other", "2025-05-14", "Adviser Tomas Kairys spoke of 2,750 drones gone east.", "Tomas Kairys", 2750), false],
  ["the same person, another figure", doc("b-figure", "2025-05-14", "Jurgaitė, then minister, once spoke of 3,900 drones gone east.", "Jurgaitė", 3900), false],
];

const statementOf = async (store: KyselyStore, id: string) => (await store.listClaims({ doc: id, limit: 10 }))[0]?.statement;

describe("in memory", () => {
  it.each(cases)("%s", (_name, later, one) => {
    const metas = new Map([first, later].map((d) => [d.meta.id, d.meta]));
    const links = linkClaims([...first.claims, ...later.claims], metas);
    expect(links.get(first.claims[0].id) === links.get(later.claims[0].id)).toBe(one);
  });
});

describe.each(list)("a person's figure years on in the store on $name", (engine: Engine) => {
  const opened: { dispose(): Promise<void> }[] = [];
  afterAll(async () => {
    for (const o of opened) await o.dispose();
  });

  for (const [name, later, one] of cases) {
    for (const order of ["first first", "later first"]) {
      it(`${name} (${order})`, async () => {
        const o = await engine.open();
        opened.push(o);
        const store = o.store as KyselyStore;
        for (const d of order === "first first" ? [first, later] : [later, first]) await store.putDocument(d);
        expect((await statementOf(store, first.meta.id)) === (await statementOf(store, later.meta.id))).toBe(one);
      }, 60_000);
    }
  }

  it("fills the speaker key of claims stored before it was kept", async () => {
    const o = await engine.open();
    opened.push(o);
    const store = o.store as KyselyStore;
    await store.putDocument(first);
    await sql`drop index if exists claims_flow_speaker`.execute(store.db);
    await sql`alter table claims drop column speaker_key`.execute(store.db);
    await sql`drop index if exists claims_flow_act`.execute(store.db); // made by 0009, which runs again
    await sql`alter table claims drop column act_lo`.execute(store.db);
    await sql`alter table claims drop column act_hi`.execute(store.db);
    await sql`delete from kysely_migration where name >= '0008-claims-by-speaker'`.execute(store.db);
    await sql`alter table claims drop column q_per`.execute(store.db); // added by 0011, which runs again
    await store.close();
    const again = (await openStore(o.options)) as KyselyStore;
    try {
      const rows = await again.db.selectFrom("claims").select(["speaker_key"]).execute();
      expect(rows.map((r) => r.speaker_key)).toEqual(["jurgaite"]);
      // The store opened again reads that person's claims by the key filled in.
      await again.putDocument(cases[0][1]);
      expect(await statementOf(again, first.meta.id)).toBe(await statementOf(again, cases[0][1].meta.id));
    } finally {
      await again.close();
    }
  }, 60_000);
});
