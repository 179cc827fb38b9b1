// An act told on its day and retold a year or more later, a table dating it to that day, the very figure and one
// state's origin, joins it in the store as in memory, in either order, on every engine (the store looks the later
// report up by the act's days its window dates); a day some weeks before stays apart. Reports below are our own.
import type { Claim } from "../../src/core/claim.js";
import type { ArmsDocument } from "../../src/core/document.js";
import { engines } from "./engines.js";
import { makeDoc } from "./make-doc.js";
import { checkPairInBothOrders } from "./pair-in-both-orders.js";

const list = await engines();

const doc = (id: string, published: string, sentence: string, speaker: string | null, org: string | null, country: string | null, period: Claim["period"]) =>
  makeDoc({ id, outlet: id.startsWith("a") ? "Harbour Gazette" : "Procurement Tables Weekly", published, url: `https://example.test/${id}` }, [sentence], [
    { evidence: sentence, speaker, org, country, supplier: "USA", recipient: "ROU", item: "armoured-vehicles", quantity: { value: 54, unit: "vehicles" }, period },
  ]);

const statementOf = async (store: Parameters<Parameters<typeof checkPairInBothOrders>[1]["statementOf"]>[0], id: string) =>
  (await store.listClaims({ doc: id, limit: 10 }))[0]?.statement;

const body = "Romanian Ministry of National Defence";
const cases: [string, ArmsDocument, boolean][] = [
  ["the act's day, a year and a half on", doc("b-day", "2025-06-02", "2023-11-09 | United States | Romania | main battle tank | 54 | signed", null, body, "ROU", { start: "2023-11-09", end: "2023-11-09" }), true],
  ["a day some weeks before", doc("b-other", "2025-06-02", "2023-10-12 | United States | Romania | main battle tank | 54 | signed", null, body, "ROU", { start: "2023-10-12", end: "2023-10-12" }), false],
];

checkPairInBothOrders(list, {
  title: "an act retold long after with its day in the store on $name",
  cases,
  other: doc("a-day", "2023-11-10", "Bucharest put its signature on Thursday to a purchase of 54 tanks, Defence Minister Ilie Dragan told reporters.", "Ilie Dragan", null, "ROU", { start: "2023-11-09", end: "2023-11-09" }),
  orders: ["retelling first", "act's report first"],
  statementOf,
});
