// A person's denial with no figure, quoted again a year later with no day told, joins the first telling in the store as
// in memory, in either order, on every engine: the store reads that person's figureless denials of the flow over the
// denial's reach by speaker. Another person's denial, or the same person's saying that denies nothing, stays apart.
// Reports below are our own.
import type { Claim } from "../../src/core/claim.js";
import type { ArmsDocument } from "../../src/core/document.js";
import type { KyselyStore } from "../../src/store/open-store.js";
import { engines } from "./engines.js";
import { makeDoc } from "./make-doc.js";
import { checkPairInBothOrders } from "./pair-in-both-orders.js";

const list = await engines();

const doc = (id: string, published: string, sentence: string, speaker: string, certainty: Claim["certainty"] = "denied") =>
  makeDoc({ id, outlet: id.startsWith("a") ? "Quayside Herald" : "Upland Monthly Review", published, url: `https://example.test/${id}` }, [sentence], [
    { evidence: sentence, speaker, org: speaker.includes(" ") ? "Ministry of Foreign Affairs" : null, country: "LTU", supplier: "LTU", recipient: "GEO", item: "missiles-other", quantity: null, certainty },
  ]);

/** The first telling, then three later ones: the same person's denial, another person's, the same person asserting. */
const first = doc("a-first", "2024-03-04", "Spokesman Darius Vilkas told reporters that no Lithuanian missiles had gone to Tbilisi.", "Darius Vilkas");
const cases: [string, ArmsDocument, boolean][] = [
  ["the same person, surname only, a year on", doc("b-same", "2025-03-20", "Vilkas, then the ministry's voice, had denied that missiles went to Tbilisi.", "Vilkas"), true],
  ["another person's denial", doc("b-other", "2025-03-20", "Adviser Ona Petraitė had denied that missiles went to Tbilisi.", "Ona Petraitė"), false],
  ["the same person asserting", doc("b-asserts", "2025-03-20", "Vilkas, then the ministry's voice, had said that missiles went to Tbilisi.", "Vilkas", "asserted"), false],
];

const statementOf = async (store: KyselyStore, id: string) => (await store.listClaims({ doc: id, limit: 10 }))[0]?.statement;

checkPairInBothOrders(list, {
  title: "a person's denial a year on in the store on $name",
  cases,
  other: first,
  orders: ["later first", "first first"],
  statementOf,
});
