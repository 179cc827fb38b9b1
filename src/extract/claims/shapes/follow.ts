import type { Chunk } from "../../syntax/chunk.js";
import { findTriggers, type Trigger } from "../direction.js";
import { speakerAsideOpens } from "../../attribution/asides.js";
import { findItems } from "../find-items.js";
import candidateData from "../../../knowledge/candidates.json" with { type: "json" };
import speech from "../../../knowledge/speech.json" with { type: "json" };
import data from "./follow.json" with { type: "json" };
import { type Shape, shapeSyntax } from "./frame.js";

const verbs = new Set<string>(data.verbs);
const modal = new RegExp(data.modal, "iu");
// "He would not say how many more tanks could follow": what a source leaves open (candidates.json withheld), no lot.
const withheld = new RegExp(`\\b(?:${candidateData.withheld.join("|")})\\s+(?:[\\p{L}’'-]+\\s+){0,3}?${candidateData.withheldWhat}\\b[^.;:]*$`, "iu");
const followWord = new RegExp(`\\b(?:${data.verbs.join("|")})`, "i");
// "<speaker>, who toured Kyiv on Monday, said": an aside opened right after the one who speaks (speakerAsideOpens)
// and closed by a comma and a verb of saying.
const asideCloses = new RegExp(`^[^,;.:"“”]{0,80},\\s*(?:[\\p{L}-]+\\s+){0,3}?(?:${speech.verbs.join("|")})\\b`, "iu");
const speakerAsideAt = (before: string, after: string): boolean => speakerAsideOpens.test(before) && asideCloses.test(after);
// A verb of following in a future or a plan, with no object ("... would follow in the weeks ahead").
const followsAhead = new RegExp(`${data.modal.replace(/\$$/, "")}(?:${data.verbs.join("|")})(?:s|ed|ing)?\\s*(?:$|[,;.]|(?:in|by|before|after|during|within|from|on|over|later|soon|next|this)\\b)`, "iu");

/** Whether what a speaker says (`said`, the text after the verb of saying) is a lot that will follow. */
export const saysLotFollows = (said: string): boolean => followsAhead.test(said);

/**
 * "Spanish howitzers will follow next year", "Additional Gepard tanks would follow in the autumn": goods that are
 * the subject of a verb of following, in a future or a plan (follow.json `modal` right before it) and with no object
 * of their own, are a further lot of the flow the report follows. The verb is returned as one of giving, so the
 * assembler takes the parties the sentence names (the goods' origin adjective gives) and the rest from the flow in
 * focus; the modal makes it `possible`. A subject with a transfer word of its own is read by that word's rules; a
 * sentence that names a state outside the goods, or leaves the lot open ("would not say how many could follow"), has none.
 *
 *     "About a dozen Caesar howitzers should follow before winter" -> "follow"
 */
export const follow: Shape = ({ doc, index, sentence }) => {
  // (A cheap look first: most sentences name no verb of following.)
  if (!followWord.test(doc.slice(sentence))) return [];
  const syntax = shapeSyntax(doc, sentence);
  if (!syntax) return [];
  const { chunks, tokens, spanOf } = syntax;
  const text = doc.text;
  const times = doc.within(doc.times, sentence);
  const spoken = doc.attributions.find((a) => a.sentence === index)?.spans ?? [];
  const inAside = (start: number, end: number) => spoken.some((s) => s.end <= start && speakerAsideAt(text.slice(s.end, start), text.slice(end, sentence.end)));
  const out: Trigger[] = [];
  chunks.forEach((vp, n) => {
    if (vp.kind !== "VP" || vp.passive || !verbs.has(tokens[vp.head].lemma)) return;
    const verb = tokens[vp.head];
    if (!modal.test(text.slice(Math.max(sentence.start, verb.span.start - 40), verb.span.start))) return;
    // No object: the clause ends, or a preposition, a time ("next year") or a mark follows the verb.
    const next = chunks[n + 1];
    const isTime = (c: Chunk) => times.some((t) => t.span.start <= spanOf(c).start && spanOf(c).start < t.span.end);
    if (next && (next.kind === "VP" || next.kind === "TO" || (next.kind === "NP" && !isTime(next)))) return;
    // The subject: the noun phrases right before the verb group, in its own clause (no mark or verb between).
    let k = n - 1;
    let first = -1;
    while (k >= 0 && n - k <= 6 && chunks[k].kind !== "VP" && !(chunks[k].kind === "O" && /^[,;:]$/.test(chunks[k].code)) && !(chunks[k].kind === "O" && chunks[k].code === "W")) {
      if (chunks[k].kind === "NP") first = k;
      k--;
    }
    if (first < 0) return;
    const goods = { start: spanOf(chunks[first]).start, end: spanOf(vp).start };
    if (!findItems(text.slice(goods.start, goods.end), goods.start).length) return;
    if (findTriggers(text.slice(goods.start, goods.end), goods.start).some((t) => t.role !== "use")) return;
    // The goods' own origin may be named among them ("Spanish howitzers will follow"); a state named elsewhere in the
    // sentence ("Blinken, who visited Kyiv, said ...") would be read as a party of this verb, so the lot is left alone.
    // (The one who speaks may be a state: "..., Berlin said".)
    // (A state in an aside about the one who speaks is no party either: "the envoy, who toured Kyiv, said more jets
    // would follow"; the assembler leaves it out, assemble-claims.ts.)
    if (doc.within(doc.mentions, sentence).some((m) => m.kind === "state" && (m.span.start < goods.start || m.span.end > goods.end) && !spoken.some((s) => s.start <= m.span.start && m.span.end <= s.end) && !inAside(m.span.start, m.span.end))) return;
    if (withheld.test(text.slice(sentence.start, verb.span.start))) return;
    out.push({ start: verb.span.start, end: verb.span.end, text: text.slice(verb.span.start, verb.span.end), role: "give" });
  });
  return out;
};
