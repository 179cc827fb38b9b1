// An outlet's own telling of a state's act ("Tallinn has cleared ...", crediting no one) joins that state's credited
// figure of the same occasion in the store as in memory, in either order, on every engine; a third state's like
// figure stays apart. Reports below are our own.
import { afterAll, describe, expect, it } from "vitest";
import type { ArmsDocument } from "../../src/core/document.js";
import { linkClaims } from "../../src/link/link-claims.js";
import type { KyselyStore } from "../../src/store/open-store.js";
import { engines, type Engine } from "./engines.js";
import { makeDoc } from "./make-doc.js";

const list = await engines();

const credited = (id: string, sentence: string, org: string, country: string) =>
  makeDoc({ id, outlet: "Quayside Herald", published: "2025-04-08", url: `https://example.test/${id}` }, [sentence], [
    { evidence: sentence, speaker: null, org, country, supplier: "EST", recipient: "UKR", item: "artillery-ammunition", quantity: { value: 36_000, unit: "rounds" }, stated: "2025-04-07" },
  ]);

const own = makeDoc({ id: "b-own", outlet: "Upland Monthly Review", published: "2025-04-10", url: "https://example.test/b-own" }, ["Tallinn has cleared 36,000 more shells for the front this week."], [
  { evidence: "Tallinn has cleared 36,000 more shells for the front this week.", speaker: null, org: "Upland Monthly Review", country: null, supplier: "EST", recipient: "UKR", item: "artillery-ammunition", quantity: { value: 36_000, unit: "rounds" } },
]);

const cases: [string, ArmsDocument, boolean][] = [
  ["the giving state's government", credited("a-party", "Estonia's government said on Monday it would send 36,000 rounds.", "Estonian government", "EST"), true],
  ["a third state", credited("a-third", "Latvia's government said on Monday Estonia would send 36,000 rounds.", "Latvian government", "LVA"), false],
];

const statementOf = async (store: KyselyStore, id: string) => (await store.listClaims({ doc: id, limit: 10 }))[0]?.statement;

describe("in memory", () => {
  it.each(cases)("%s", (_name, first, one) => {
    const metas = new Map([first, own].map((d) => [d.meta.id, d.meta]));
    const links = linkClaims([...first.claims, ...own.claims], metas);
    expect(links.get(first.claims[0].id) === links.get(own.claims[0].id)).toBe(one);
  });
});

describe.each(list)("an outlet telling a party's act in the store on $name", (engine: Engine) => {
  const opened: { dispose(): Promise<void> }[] = [];
  afterAll(async () => {
    for (const o of opened) await o.dispose();
  });

  for (const [name, first, one] of cases) {
    for (const order of ["credited first", "own voice first"]) {
      it(`${name} (${order})`, async () => {
        const o = await engine.open();
        opened.push(o);
        const store = o.store as KyselyStore;
        for (const d of order === "credited first" ? [first, own] : [own, first]) await store.putDocument(d);
        expect((await statementOf(store, first.meta.id)) === (await statementOf(store, own.meta.id))).toBe(one);
      }, 60_000);
    }
  }
});
