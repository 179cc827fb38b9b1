// A figure a report credits only to "the report", in a report that names the body elsewhere, joins that body's
// credited figure of the same occasion in the store as in memory, in either order, on every engine; where the
// report names another body, it stays apart. Reports below are our own.
import type { ArmsDocument } from "../../src/core/document.js";
import { engines } from "./engines.js";
import { makeDoc } from "./make-doc.js";
import { checkPairInBothOrders } from "./pair-in-both-orders.js";

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

checkPairInBothOrders(list, {
  title: "a placeholder for a named body in the store on $name",
  cases,
  other: credited,
  orders: ["placeholder first", "credited first"],
  claim: 1,
  statementOf: async (store, id) => (await store.listClaims({ doc: id, limit: 10 })).find((c) => c.item === "weapons-unspecified")?.statement,
});
