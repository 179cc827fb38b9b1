// An outlet's own telling, months on, of the very figure a party's named person put to its act (crediting no one)
// joins that person's claim in the store as in memory, in either order, on every engine; a third state's person's
// like figure stays apart. Reports below are our own.
import type { ArmsDocument } from "../../src/core/document.js";
import { engines } from "./engines.js";
import { makeDoc } from "./make-doc.js";
import { checkPairInBothOrders } from "./pair-in-both-orders.js";

const list = await engines();

const said = (id: string, sentence: string, speaker: string, country: string) =>
  makeDoc({ id, outlet: "Fjord Morning News", published: "2024-03-05", url: `https://example.test/${id}` }, [sentence], [
    { evidence: sentence, speaker, org: null, country, supplier: "NOR", recipient: "UKR", item: "aircraft", quantity: { value: 22, unit: "aircraft" }, certainty: "possible", stated: "2024-03-04" },
  ]);

const own = makeDoc({ id: "b-own", outlet: "The Supply Column", published: "2025-01-20", url: "https://example.test/b-own" }, ["Norway's 22 fighter jets, pledged last spring, are yet to fly over the front."], [
  { evidence: "Norway's 22 fighter jets, pledged last spring, are yet to fly over the front.", speaker: null, org: "The Supply Column", country: null, supplier: "NOR", recipient: "UKR", item: "aircraft", quantity: { value: 22, unit: "aircraft" }, certainty: "possible" },
]);

const cases: [string, ArmsDocument, boolean][] = [
  ["the giving state's prime minister", said("a-party", "Norway will hand Ukraine 22 fighter jets, Prime Minister Ingrid Solvang said on Monday.", "Ingrid Solvang", "NOR"), true],
  ["a third state's minister", said("a-third", "Norway will hand Ukraine 22 fighter jets, Swedish minister Lars Brekke said on Monday.", "Lars Brekke", "SWE"), false],
];

checkPairInBothOrders(list, {
  title: "an outlet retelling a party's person's figure months on in the store on $name",
  cases,
  other: own,
  orders: ["person first", "own voice first"],
  statementOf: async (store, id) => (await store.listClaims({ doc: id, limit: 10 }))[0]?.statement,
});
