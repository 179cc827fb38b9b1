import { findTriggers, type Trigger } from "../direction.js";
import { findItems } from "../find-items.js";
import data from "./arrival.json" with { type: "json" };
import { partiesIn, type Shape, shapeSyntax } from "./frame.js";

const verbs = new Set<string>(data.expectedVerbs);
const expecting = new Set<string>(data.expecting);
const before = new RegExp(data.expectedBefore, "iu");
const arrivingWord = new RegExp(`\\b(?:${data.expectedVerbs.map((v) => v.replace(/e$/, "")).join("|")})`, "i");
const attackCue = new RegExp(`\\b(?:${data.attack.join("|")})`, "iu");

/**
 * "The tanks are expected to arrive in Peru in 2026", "Athens expects the last of the jets to arrive by next year",
 * "the missiles may not arrive before 2027": goods of the item lexicon whose arrival is still to come (arrival.json
 * `expectedBefore` right before the verb) are a lot of a transfer. Their subject is the goods themselves, or the
 * object of a verb of expecting ("expects the jets to arrive"). Where a state follows "in", the verb is returned
 * as one of giving that ends in "in" (that state receives, as for "are in"); else as one of getting, so the state
 * that expects (or, for goods that are the subject, with none named, the flow the report follows) receives, and the goods' origin or the flow's
 * giver gives. A verb of expecting with no state named as the one who expects ("officials expect the rifles to arrive")
 * tells no receiver, so none. A sentence of attack, or goods with a transfer word of their own, are left to other rules.
 *
 *     "The tanks are expected to arrive in Peru" -> "arrive in"
 */
export const futureArrival: Shape = ({ doc, sentence }) => {
  const local = doc.slice(sentence);
  if (!arrivingWord.test(local) || attackCue.test(local)) return [];
  const syntax = shapeSyntax(doc, sentence);
  if (!syntax) return [];
  const { chunks, tokens, spanOf } = syntax;
  const text = doc.text;
  const states = partiesIn(doc, sentence);
  const out: Trigger[] = [];
  chunks.forEach((vp, n) => {
    // (A verb group, or an infinitive: "are expected to arrive", "expects the jets to arrive".)
    if ((vp.kind !== "VP" && vp.kind !== "TO") || vp.passive || !verbs.has(tokens[vp.head].lemma)) return;
    const verb = tokens[vp.head];
    const lead = before.exec(text.slice(Math.max(sentence.start, verb.span.start - 60), verb.span.start));
    if (!lead) return;
    const bare = /^to\s+$/i.test(lead[0]);
    // The goods: the noun phrases right before the verb group (and its "to"), in their own clause.
    // (Over the verb group that carries the lead: "are expected" before "to arrive".)
    let k = n - 1;
    if (vp.kind === "TO" && !bare && chunks[k]?.kind === "VP") k--;
    let first = -1;
    while (k >= 0 && n - k <= 8 && chunks[k].kind !== "VP" && !(chunks[k].kind === "O" && /^[,;:W]$/.test(chunks[k].code))) {
      if (chunks[k].kind === "NP") first = k;
      k--;
    }
    if (first < 0) return;
    // ("to arrive" alone is a plan only after a verb of expecting whose object the goods are.)
    if (bare && !(k >= 0 && chunks[k].kind === "VP" && expecting.has(tokens[chunks[k].head].lemma))) return;
    // (There the one who expects is the receiver: a state named in the clause before that verb, "Athens expects";
    // "officials expect the rifles to arrive" names none, so no one is told to get them.)
    if (bare) {
      let s = k - 1;
      while (s >= 0 && chunks[s].kind !== "VP" && !(chunks[s].kind === "O" && /^[,;:W]$/.test(chunks[s].code))) s--;
      const from = s + 1 < k ? spanOf(chunks[s + 1]).start : spanOf(chunks[k]).start;
      const to = spanOf(chunks[k]).start;
      if (!states.some((m) => m.span.start >= from && m.span.end <= to)) return;
    }
    const goods = { start: spanOf(chunks[first]).start, end: spanOf(vp).start };
    const items = findItems(text.slice(goods.start, goods.end), goods.start);
    if (!items.length || items.every((i) => i.item === "troops" || i.item === "workers")) return;
    if (findTriggers(text.slice(goods.start, goods.end), goods.start).some((t) => t.role !== "use")) return;
    const rest = text.slice(verb.span.end, sentence.end);
    const inState = states.find((m) => m.span.start >= verb.span.end && /^\s+in\s+(?:the\s+)?$/i.test(text.slice(verb.span.end, m.span.start)));
    if (inState) {
      out.push({ start: verb.span.start, end: inState.span.start, text: `${text.slice(verb.span.start, verb.span.end)} in`, role: "give" });
      return;
    }
    // With no state after it, only a time or the clause's end may follow ("by the end of the year", "before 2027").
    if (!/^\s*(?:[,;.:]|$|(?:by|before|in|within|during|over|until|from|next|this|later|soon|early|late|only)\b)/i.test(rest)) return;
    out.push({ start: verb.span.start, end: verb.span.end, text: text.slice(verb.span.start, verb.span.end), role: "get" });
  });
  return out;
};
