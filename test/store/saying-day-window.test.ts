// A one-day window that may be the day of the saying a report retells, against the same origin's very figure over its
// own window in another report weeks after that day, joins it in the store as in memory, in either order, on every
// engine: a body's figure months on, a person's near a year on. A window near the report's own days stays apart.
// Reports below are our own.
import type { Claim } from "../../src/core/claim.js";
import type { ArmsDocument } from "../../src/core/document.js";
import { engines } from "./engines.js";
import { makeDoc } from "./make-doc.js";
import { checkPairInBothOrders } from "./pair-in-both-orders.js";

const list = await engines();

const doc = (id: string, published: string, sentence: string, speaker: string | null, org: string | null, period: Claim["period"]) =>
  makeDoc({ id, outlet: id.startsWith("a") ? "Quayside Herald" : "Upland Monthly Review", published, url: `https://example.test/${id}` }, [sentence], [
    { evidence: sentence, speaker, org, country: "NOR", supplier: "NOR", recipient: "UKR", item: "artillery-ammunition", quantity: { value: 12_800, unit: "rounds" }, period },
  ]);

const statementOf = async (store: Parameters<Parameters<typeof checkPairInBothOrders>[1]["statementOf"]>[0], id: string) =>
  (await store.listClaims({ doc: id, limit: 10 }))[0]?.statement;

const body = "Norwegian Ministry of Defence";
const bodyCases: [string, ArmsDocument, boolean][] = [
  ["the saying's day as the window, months on", doc("b-day", "2025-10-01", "The 12,800 shells were the figure the ministry gave out on 7 July.", null, body, { start: "2025-07-07", end: "2025-07-07" }), true],
  ["a day near the report's own days", doc("b-near", "2025-10-01", "The ministry shipped 12,800 shells on 25 September.", null, body, { start: "2025-09-25", end: "2025-09-25" }), false],
];

checkPairInBothOrders(list, {
  title: "a body's figure retold with the saying's day as its window in the store on $name",
  cases: bodyCases,
  other: doc("a-first", "2025-08-20", "The Norwegian defence ministry counted 12,800 shells shipped in June.", null, body, { start: "2025-06", end: "2025-06" }),
  orders: ["retelling first", "first telling first"],
  statementOf,
});

const person = "Ilse Marrow";
const personCases: [string, ArmsDocument, boolean][] = [
  ["the saying's day as the window, near a year on", doc("b-person", "2026-05-02", "Nearly a year ago Ilse Marrow told lawmakers of 12,800 shells sent.", person, null, { start: "2025-05-13", end: "2025-05-13" }), true],
];

checkPairInBothOrders(list, {
  title: "a person's figure retold with the saying's day as its window in the store on $name",
  cases: personCases,
  other: doc("a-person", "2025-06-30", "Envoy Ilse Marrow told the committee 12,800 shells left in April.", person, "Norwegian Ministry of Foreign Affairs", { start: "2025-04", end: "2025-04" }),
  orders: ["retelling first", "first telling first"],
  statementOf,
});
