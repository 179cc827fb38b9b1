// A person's denial with no figure, quoted again a year later with no day told, joins the first telling in the store as
// in memory, in either order, on every engine: the store reads that person's figureless denials of the flow over the
// denial's reach by speaker. Another person's denial, or the same person's saying that denies nothing, stays apart.
// Reports below are our own.
import { afterAll, describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import type { ArmsDocument } from "../../src/core/document.js";
import { linkClaims } from "../../src/link/link-claims.js";
import type { KyselyStore } from "../../src/store/open-store.js";
import { engines, type Engine } from "./engines.js";
import { makeDoc } from "./make-doc.js";

const list = await engines();

const doc = (id: string, published: string, sentence: string, speaker: string, certainty: Claim["certainty"] = "denied") =>
  makeDoc({ id, outlet: id.startsWith("a") ? "Quayside Herald" : "Upland Monthly Review", published, url: `https://example.test/${id}` }, [sentence], [
    { evidence: sentence, speaker, org: speaker.includes(" ") ? "Ministry of Foreign Affairs" : null, country: "LTU", supplier: "LTU", recipient: "GEO", item: "missiles-other", quantity: null, certainty },
  ]);

/** The first telling, then three later ones: the same person's denial, another person's, the same person asserting. */
const first = doc("a-first", "2024-03-04", "Spokesman Darius Vilkas told reporters that no Lithuanian missiles had gone to Tbilisi.", "Darius Vilkas");
const cases: [string, ArmsDocument, boolean][] = [
  ["the same person, surname only, a year on", doc("b-same", "2025-03-20", "Vilkas, then the ministry's voice, had denied that missiles went to Tbilisi.", "Vilkas"), true],
  ["another person's denial", doc("b-other", "2025-03-20", "Adviser Ona Petraitė had denied that missiles went to Tbilisi.", "Ona Petraitė"), false],
  ["the same person asserting", doc("b-asserts", "2025-03-20", "Vilkas, then the ministry's voice, had said that missiles went to Tbilisi.", "Vilkas", "asserted"), false],
];

const statementOf = async (store: KyselyStore, id: string) => (await store.listClaims({ doc: id, limit: 10 }))[0]?.statement;

describe("in memory", () => {
  it.each(cases)("%s", (_name, later, one) => {
    const metas = new Map([first, later].map((d) => [d.meta.id, d.meta]));
    const links = linkClaims([...first.claims, ...later.claims], metas);
    expect(links.get(first.claims[0].id) === links.get(later.claims[0].id)).toBe(one);
  });
});

describe.each(list)("a person's denial a year on in the store on $name", (engine: Engine) => {
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
});
