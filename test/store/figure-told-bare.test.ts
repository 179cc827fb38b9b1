// One person's figure retold months on in a sentence that tells the number though the claim reads none joins that
// person's figure in the store as in memory, in either order, on every engine; another number, or the same number
// past the reach of a retold figure, stays apart; a softened verb still joins, a denial never. Reports below are our own.
import type { ArmsDocument } from "../../src/core/document.js";
import { engines } from "./engines.js";
import { makeDoc } from "./make-doc.js";
import { checkPairInBothOrders } from "./pair-in-both-orders.js";

const list = await engines();

const figured = makeDoc({ id: "a-figure", outlet: "Quayside Herald", published: "2025-02-11", url: "https://example.test/a-figure" }, ["Pyongyang has handed Moscow 130 Kestrel howitzers since the summer, intelligence head Marek Dolan said on Monday."], [
  { evidence: "Pyongyang has handed Moscow 130 Kestrel howitzers since the summer, intelligence head Marek Dolan said on Monday.", speaker: "Marek Dolan", item: "artillery-systems", quantity: { value: 130, unit: "systems" }, stated: "2025-02-10" },
]);

const bare = (id: string, sentence: string, published: string, certainty: "asserted" | "possible" | "denied" = "asserted") =>
  makeDoc({ id, outlet: "Upland Monthly Review", published, url: `https://example.test/${id}` }, [sentence], [{ evidence: sentence, speaker: "Dolan", item: "artillery-systems", quantity: null, certainty }]);

const cases: [string, ArmsDocument, boolean][] = [
  ["the number told, months on", bare("b-told", "Dolan said back then that the North had sent Russia 130 Kestrels since the summer.", "2025-06-30"), true],
  ["another number", bare("b-other", "Dolan said back then that the North had sent Russia 260 Kestrels since the summer.", "2025-06-30"), false],
  ["the number told under a softened verb", bare("b-soft", "Dolan said back then that the North would have sent Russia 130 Kestrels by the autumn.", "2025-06-30", "possible"), true],
  ["the number told as denied", bare("b-denied", "Dolan said back then that the North had not sent Russia 130 Kestrels since the summer.", "2025-06-30", "denied"), false],
  ["past the reach", bare("b-late", "Dolan said back then that the North had sent Russia 130 Kestrels since the summer.", "2025-12-30"), false],
];

checkPairInBothOrders(list, {
  title: "a person's figure retold bare in the store on $name",
  cases,
  other: figured,
  orders: ["bare first", "figure first"],
  statementOf: async (store, id) => (await store.listClaims({ doc: id, limit: 10 }))[0]?.statement,
});
