import type { Amount, Mention } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import shapes from "../../knowledge/shapes.json" with { type: "json" };
import type { Draft } from "./draft.js";
import { toQuantity } from "./quantity.js";

/** "have been killed", "have now died": losses, after the figure's noun (shapes.json personnel.casualties). */
const casualtiesAfter = new RegExp(shapes.personnel.casualties, "iu");
/** The words of the figure's phrase, then its noun of personnel: " North Korean soldiers" (shapes.json personnel.nouns). */
const personnelNoun = new RegExp(`^[\\s\\p{L}’'-]{0,40}?\\b(${shapes.personnel.nouns})\\b`, "iu");

/**
 * A count of troops told as losses, with the troops' state in the figure's phrase and no verb of sending: "around
 * 2,000 Chadian soldiers have been killed", "some 400 Cuban troops have now died". A `status` claim of the state's
 * troops with no receiver, as claims/false-readings.ts makes of a lot sent whose figure turns out to count losses.
 *
 *     casualtyDrafts(text, clauses, mentions, amounts) -> [{ kind: "status", supplier: "TCD", item: "troops", ... }]
 */
export function casualtyDrafts(text: string, clauses: readonly Span[], mentions: readonly Mention[], amounts: readonly Amount[]): Draft[] {
  const out: Draft[] = [];
  for (const a of amounts) {
    if (a.unit && a.unit !== "troops") continue;
    const noun = personnelNoun.exec(text.slice(a.span.end, a.span.end + 80));
    if (!noun) continue;
    const troops = { start: a.span.end + noun[0].length - noun[1].length, end: a.span.end + noun[0].length };
    if (!casualtiesAfter.test(text.slice(troops.end, troops.end + 80))) continue;
    const owner = mentions.find((m) => m.kind === "state" && m.span.start >= a.span.end && m.span.end <= troops.start);
    const clause = clauses.find((c) => c.start <= a.span.start && a.span.end <= c.end);
    if (!owner || !clause) continue;
    out.push({ clause, kind: "status", supplier: owner.state ?? owner.entity, recipient: null, item: "troops", quantity: toQuantity(a, "troops"), calibre: null, parts: { item: troops, amount: a.span }, lastPart: troops.end, thing: "troops lost" });
  }
  return out;
}
