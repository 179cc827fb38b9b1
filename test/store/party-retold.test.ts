// An outlet's own telling of a state's act ("Tallinn has cleared ...", crediting no one) joins that state's credited
// figure of the same occasion in the store as in memory, in either order, on every engine; a third state's like
// figure stays apart. Reports below are our own.
import type { ArmsDocument } from "../../src/core/document.js";
import { engines } from "./engines.js";
import { makeDoc } from "./make-doc.js";
import { checkPairInBothOrders } from "./pair-in-both-orders.js";

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

checkPairInBothOrders(list, {
  title: "an outlet telling a party's act in the store on $name",
  cases,
  other: own,
  orders: ["credited first", "own voice first"],
  statementOf: async (store, id) => (await store.listClaims({ doc: id, limit: 10 }))[0]?.statement,
});
