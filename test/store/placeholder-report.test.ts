// A figure a report credits only to "the report", in a report that names the body elsewhere, joins that body's
// credited figure of the same occasion in the store as in memory, in either order, on every engine; where the
// report names another body, it stays apart. Reports below are our own.
import { afterAll, describe, expect, it } from "vitest";
import type { ArmsDocument } from "../../src/core/document.js";
import { linkClaims } from "../../src/link/link-claims.js";
import type { KyselyStore } from "../../src/store/open-store.js";
import { engines, type Engine } from "./engines.js";
import { makeDoc } from "./make-doc.js";

const list = await engines();

const placeholder = (id: string, named: string) => {
  const naming = `The ${named} counted half a million barrels of fuel going the other way.`;
  const figure = "Some 7,400 containers crossed the border by rail, the report says.";
  return makeDoc({ id, outlet: "Coastline Notes", published: "2025-03-11", url: `https://example.test/${id}` }, [naming, figure], [
    { evidence: naming, speaker: null, org: named, country: null, item: "oil-fuel", quantity: { value: 500_000, unit: "barrels" } },
    { evidence: figure, speaker: null, org: "report", country: null, item: "weapons-unspecified", quantity: { value: 7_400, unit: "containers" } },
  ]);
};

const credited = makeDoc({ id: "b-credited", outlet: "The Inland Courier", published: "2025-03-12", url: "https://example.test/b-credited" }, ["The Baltic Shipping Observatory tallied 7,400 containers moved by rail."], [
  { evidence: "The Baltic Shipping Observatory tallied 7,400 containers moved by rail.", speaker: null, org: "Baltic Shipping Observatory", country: null, item: "weapons-unspecified", quantity: { value: 7_400, unit: "containers" } },
]);

const cases: [string, ArmsDocument, boolean][] = [
  ["the report names that body", placeholder("a-same", "Baltic Shipping Observatory"), true],
  ["the report names another body", placeholder("a-other", "Nordic Freight Monitor"), false],
];

const figureStatement = async (store: KyselyStore, id: string) => (await store.listClaims({ doc: id, limit: 10 })).find((c) => c.item === "weapons-unspecified")?.statement;

describe("in memory", () => {
  it.each(cases)("%s", (_name, first, one) => {
    const metas = new Map([first, credited].map((d) => [d.meta.id, d.meta]));
    const links = linkClaims([...first.claims, ...credited.claims], metas);
    expect(links.get(first.claims[1].id) === links.get(credited.claims[0].id)).toBe(one);
  });
});

describe.each(list)("a placeholder for a named body in the store on $name", (engine: Engine) => {
  const opened: { dispose(): Promise<void> }[] = [];
  afterAll(async () => {
    for (const o of opened) await o.dispose();
  });

  for (const [name, first, one] of cases) {
    for (const order of ["placeholder first", "credited first"]) {
      it(`${name} (${order})`, async () => {
        const o = await engine.open();
        opened.push(o);
        const store = o.store as KyselyStore;
        for (const d of order === "placeholder first" ? [first, credited] : [credited, first]) await store.putDocument(d);
        expect((await figureStatement(store, first.meta.id)) === (await figureStatement(store, credited.meta.id))).toBe(one);
      }, 60_000);
    }
  }
});
