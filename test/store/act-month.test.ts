// An act told on its day and retold later with its month as the time of the transfer, the very figure and one state's
// origin, joins it in the store as in memory, in either order, on every engine; a month the day is not in stays apart.
// Reports below are our own.
import type { Claim } from "../../src/core/claim.js";
import type { ArmsDocument } from "../../src/core/document.js";
import { engines } from "./engines.js";
import { makeDoc } from "./make-doc.js";
import { checkPairInBothOrders } from "./pair-in-both-orders.js";

const list = await engines();

const doc = (id: string, published: string, sentence: string, speaker: string | null, org: string | null, country: string | null, period: Claim["period"]) =>
  makeDoc({ id, outlet: id.startsWith("a") ? "Lowland Courier" : "The Quarterly Ledger", published, url: `https://example.test/${id}` }, [sentence], [
    { evidence: sentence, speaker, org, country, supplier: "USA", recipient: "POL", item: "armoured-vehicles", quantity: { value: 180, unit: "vehicles" }, period },
  ]);

const statementOf = async (store: Parameters<Parameters<typeof checkPairInBothOrders>[1]["statementOf"]>[0], id: string) =>
  (await store.listClaims({ doc: id, limit: 10 }))[0]?.statement;

const body = "Polish Ministry of National Defence";
const cases: [string, ArmsDocument, boolean][] = [
  ["the act's month, three months on", doc("b-month", "2022-11-20", "The 180 tanks the Polish defence ministry ordered in August are due next spring.", null, body, "POL", { start: "2022-08", end: "2022-08" }), true],
  ["a month the day is not in", doc("b-other", "2022-11-20", "The 180 tanks the Polish defence ministry ordered in July are due next spring.", null, body, "POL", { start: "2022-07", end: "2022-07" }), false],
];

checkPairInBothOrders(list, {
  title: "an act retold with its month in the store on $name",
  cases,
  other: doc("a-day", "2022-08-27", "Warsaw signed on Friday for 180 tanks, Defence Minister Jerzy Malicki said.", "Jerzy Malicki", null, "POL", { start: "2022-08-26", end: "2022-08-26" }),
  orders: ["retelling first", "act's report first"],
  statementOf,
});
