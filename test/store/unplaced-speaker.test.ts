// A person named with no body or state, whom the gazetteer does not know ("..., says Marlow"), and a body of one of
// the parties credited with the very figure over the same window join in the store as in memory, in either order, on
// every engine; a body of a state that is no party stays apart. Reports below are our own.
import type { ArmsDocument } from "../../src/core/document.js";
import { engines } from "./engines.js";
import { makeDoc } from "./make-doc.js";
import { checkPairInBothOrders } from "./pair-in-both-orders.js";

const list = await engines();

const doc = (id: string, published: string, sentence: string, speaker: string | null, org: string | null, country: string | null) =>
  makeDoc({ id, outlet: id.startsWith("a") ? "Harrow Lane Gazette" : "Tidemark Digest", published, url: `https://example.test/${id}` }, [sentence], [
    { evidence: sentence, speaker, org, country, supplier: "NOR", recipient: "UKR", item: "drones", quantity: { min: 640, unit: "drones" }, certainty: "possible", period: null },
  ]);

const statementOf = async (store: Parameters<Parameters<typeof checkPairInBothOrders>[1]["statementOf"]>[0], id: string) =>
  (await store.listClaims({ doc: id, limit: 10 }))[0]?.statement;

const cases: [string, ArmsDocument, boolean][] = [
  ["a party's government", doc("b-party", "2025-03-17", "The Norwegian government has promised more than 640 loitering drones.", null, "Norwegian government", "NOR"), true],
  ["a state that is no party", doc("b-other", "2025-03-17", "The Danish government says Oslo has promised more than 640 loitering drones.", null, "Danish government", "DNK"), false],
];

checkPairInBothOrders(list, {
  title: "a person named with no body or state and a party's body, one figure, in the store on $name",
  cases,
  other: doc("a-person", "2025-03-10", "Norway to hand Ukraine more than 640 loitering drones, says Marlow", "Marlow", null, null),
  orders: ["body first", "person first"],
  statementOf,
});
