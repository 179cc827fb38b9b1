import type { Span } from "../../core/span.js";
import type { Party } from "./direction.js";
import type { Draft } from "./draft.js";
import data from "./each-buyer.json" with { type: "json" };

// Right after the goods (a head word or two of theirs may follow the part read, "HIMARS launchers"): "for"/"to", perhaps "the", then the party.
const buyerGap = new RegExp(`^(?:\\s+\\p{Ll}+){0,2}\\s+(?:${data.buyerAfterGoods.join("|")})\\s+(?:the\\s+)?$`, "u");
const joiner = new RegExp(data.joiners, "i");

/**
 * "Paris approved twelve Rafales for Belgrade and up to ten Caesar guns for Yerevan", "Berlin cleared 20 tanks for
 * Warsaw, and 14 for Prague": two sales told in one sentence, each goods with the buyer named right after them. A
 * transfer whose goods (or bare figure) have a state of their own right after them, after "for" or "to", while the
 * receiver it was given is named earlier in the sentence, before a joiner ("and", a comma), goes to that state.
 */
export function eachOwnBuyer(text: string, sentence: Span, parties: readonly Party[], drafts: Draft[]): Draft[] {
  if (parties.length < 2) return drafts;
  let changed = false;
  const out = drafts.map((d) => {
    if (d.kind !== "transfer" || !d.recipient || !d.parts.item) return d;
    const start = Math.min(d.parts.item.start, d.parts.amount?.start ?? Infinity);
    const end = Math.max(d.parts.item.end, d.parts.amount?.end ?? 0);
    const own = parties.find((p) => p.span.start >= end && p.span.end <= sentence.end && p.form !== "adjective" && buyerGap.test(text.slice(end, p.span.start)));
    if (!own || own.state === d.recipient || own.state === d.supplier) return d;
    // (The receiver it was given stands before these goods, with a joiner between: it is the buyer of an earlier sale.)
    const earlier = parties.find((p) => p.state === d.recipient && p.span.end <= start && p.span.start >= sentence.start && joiner.test(text.slice(p.span.end, start)));
    if (!earlier) return d;
    changed = true;
    return { ...d, recipient: own.state, parts: { ...d.parts, recipient: own.span } };
  });
  return changed ? out : drafts;
}
