// Two reports telling in their own voice one act dated to its day, the later weeks on, join in the store as in memory,
// in either order, on every engine; an act of another day stays apart. Reports below are our own.
import type { ArmsDocument } from "../../src/core/document.js";
import { engines } from "./engines.js";
import { makeDoc } from "./make-doc.js";
import { checkPairInBothOrders } from "./pair-in-both-orders.js";

const list = await engines();

const later = (id: string, sentence: string, day: string) =>
  makeDoc({ id, outlet: "The Ridgeway Quarterly", published: "2024-05-20", url: `https://example.test/${id}` }, [sentence], [
    { evidence: sentence, org: "The Ridgeway Quarterly", supplier: "ESP", recipient: "CHL", item: "air-defence-systems", period: { start: day, end: day } },
  ]);

const first = makeDoc({ id: "b-first", outlet: "Lagoon Evening Star", published: "2024-04-12", url: "https://example.test/b-first" }, ["Chile on Thursday took delivery of the first air-defence batteries built in Spain."], [
  { evidence: "Chile on Thursday took delivery of the first air-defence batteries built in Spain.", org: "Lagoon Evening Star", supplier: "ESP", recipient: "CHL", item: "air-defence-systems", period: { start: "2024-04-11", end: "2024-04-11" } },
]);

const cases: [string, ArmsDocument, boolean][] = [
  ["the act's day", later("a-same", "The batteries Spain handed over on 11 April now guard the northern ports.", "2024-04-11"), true],
  ["another day", later("a-other", "The batteries Spain handed over on 2 May now guard the northern ports.", "2024-05-02"), false],
];

checkPairInBothOrders(list, {
  title: "two reports telling one dated act in the store on $name",
  cases,
  other: first,
  orders: ["later first", "first first"],
  statementOf: async (store, id) => (await store.listClaims({ doc: id, limit: 10 }))[0]?.statement,
});
