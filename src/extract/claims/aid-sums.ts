import type { Item } from "../../core/claim.js";
import type { ArmsDocument } from "../../core/document.js";
import data from "./aid-sums.json" with { type: "json" };
import { isCurrency } from "./quantity.js";

const armsItems = new Set<Item>(data.armsItems as Item[]);
const notAid = new RegExp(`\\b(?:${data.notAid.join("|")})\\b`, "iu");
/** A party written `ISO3-NAME` is an armed group, not a state. */
const isState = (party: string | null): party is string => party !== null && /^[A-Z]{3}$/.test(party);

/**
 * "The bill sets aside $61 billion for Ukraine", "London promised 2.5 billion pounds": a bare sum of money one
 * state gives another, on a page that tells the same giver sending the same receiver arms, is military aid told by
 * its value (SCHEMA.md), so it measures weapons-unspecified rather than money. A sentence that speaks of a loan,
 * of help for civilians, of a payment, a sale or earnings keeps the sum money (aid-sums.json notAid), as does a
 * wage told by the month and a sum given to an armed group.
 *
 *     claims DEU → UKR money 7 bn eur, DEU → UKR drones  ⇒  DEU → UKR weapons-unspecified 7 bn eur
 */
export function aidSumsOfArmsFlows(doc: ArmsDocument): void {
  const armed = new Set(doc.claims.filter((c) => c.kind === "transfer" && armsItems.has(c.item)).map((c) => `${c.supplier}>${c.recipient}`));
  if (!armed.size) return;
  doc.claims = doc.claims.map((c) => {
    if (c.kind !== "transfer" || c.item !== "money" || !c.quantity || !isCurrency(c.quantity.unit) || c.quantity.per) return c;
    if (!isState(c.supplier) || !isState(c.recipient) || !armed.has(`${c.supplier}>${c.recipient}`)) return c;
    return notAid.test(c.evidence.text) ? c : { ...c, item: "weapons-unspecified" };
  });
}
