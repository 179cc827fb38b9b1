import type { Mention } from "../../../core/document.js";
import grammar from "../../../knowledge/chunks.json" with { type: "json" };
import type { Chunk } from "../../syntax/chunk.js";
import { findTriggers, type Trigger } from "../direction.js";
import { findItems } from "../find-items.js";
import data from "./clause-default.json" with { type: "json" };
import { partiesIn, type Shape, shapeSyntax } from "./frame.js";

const notGiving = new Set(data.notGiving);
const recipientPrepositions = new Set(data.recipientPrepositions);
const supplierPrepositions = new Set(data.supplierPrepositions);
const notGetting = new Set(data.notGetting);
const actHeads = new Set(data.actHeads);
const notWith = new Set([...data.notWith, ...grammar.hostileVerbs]);
const liftingVerbs = new Set(data.liftedHolds.verbs);
const holdHeads = new Set(data.liftedHolds.heads);
const sumLead = new Set(data.sums.lead);
const sumGoods = new Set(data.sums.goodsPrepositions);
const sumWords = new RegExp(data.sums.sum, "iu");
const institutions = new Set(grammar.institutions.map((w) => w.toLowerCase()));

/**
 * The clause default: where a clause names a state as subject, goods of the item lexicon as the object of
 * its verb, and another state after "to"/"for" ("Egypt flew 40 tonnes of flour to Sudan", "Italy set aside
 * ten howitzers for Ukraine"), the verb gives the goods, though the lexicon does not know it. Unknown
 * wordings of a transfer then default to a claim instead of nothing. The structure says otherwise where
 * the verb makes, holds, shows, attacks, uses, limits or asks (clause-default.json), where the verb is
 * passive, or where the clause carries a transfer word of its own (its rules read it).
 *
 *     "Egypt flew 40 tonnes of flour to Sudan" -> "flew" gives
 */
export const clauseDefault: Shape = ({ doc, sentence }) => {
  const states = partiesIn(doc, sentence);
  if (states.length < 2) return [];
  const syntax = shapeSyntax(doc, sentence);
  if (!syntax) return [];
  const { chunks, tokens, spanOf } = syntax;
  const text = doc.text;
  // The state heads the phrase ("Egypt", "Damascus"), or names an institution that does ("the Sudanese army");
  // a receiver may also be named by a name before the phrase's last noun ("to Venezuela last year").
  const stateIn = (c: Chunk | undefined, receiver = false): Mention | undefined => {
    if (!c || c.kind !== "NP") return undefined;
    const s = spanOf(c);
    const head = tokens[c.head].span;
    const heads = (m: Mention) => m.span.start <= head.start && head.end <= m.span.end;
    const institution = (m: Mention) => m.form === "adjective" && institutions.has(text.slice(head.start, head.end).toLowerCase());
    return states.find((m) => m.span.start >= s.start && m.span.end <= s.end && (heads(m) || institution(m) || (receiver && m.form !== "adjective")));
  };
  const out: Trigger[] = [];
  chunks.forEach((vp, n) => {
    if (vp.kind !== "VP") return;
    const verb = tokens[vp.head];
    if (verb.pos !== "VERB" || notGiving.has(verb.lemma)) return;
    // "Chinese rifles were flown to Uganda": goods as the subject of a passive, a state after "to".
    if (vp.passive) {
      const goods = chunks[n - 1];
      const prep = chunks[n + 1];
      if (!goods || goods.kind !== "NP" || !prep || prep.kind !== "O" || !recipientPrepositions.has(text.slice(spanOf(prep).start, spanOf(prep).end).toLowerCase())) return;
      const g = spanOf(goods);
      const getter = stateIn(chunks[n + 2], true);
      if (!getter || stateIn(goods) || !findItems(text.slice(g.start, g.end), g.start).length) return;
      if (findTriggers(text.slice(g.start, spanOf(chunks[n + 2]).end), g.start).length) return;
      out.push({ start: verb.span.start, end: verb.span.end, text: text.slice(verb.span.start, verb.span.end), role: "give" });
      return;
    }
    // Subject: the noun phrase right before the verb group names a state.
    const giver = stateIn(chunks[n - 1]);
    if (!giver) return;
    // Object: the noun phrase after the verb names goods ("40 tonnes of flour": the phrase, "of", the phrase).
    // ("set aside", "sent off": a particle may stand between the verb and its object.)
    let k = chunks[n + 1]?.kind === "O" && tokens[chunks[n + 1].from].pos === "ADV" || chunks[n + 1]?.kind === "O" && tokens[chunks[n + 1].from].pos === "PART" ? n + 2 : n + 1;
    // "Iran mailed Venezuela two drones": a state as first object receives the goods of the second.
    const first = stateIn(chunks[k], true);
    if (first && chunks[k + 1]?.kind === "NP" && (first.state ?? first.entity) !== (giver.state ?? giver.entity)) {
      const goods = spanOf(chunks[k + 1]);
      const whole = { start: spanOf(chunks[n - 1]).start, end: goods.end };
      if (findItems(text.slice(goods.start, goods.end), goods.start).length && !stateIn(chunks[k + 1]) && !findTriggers(text.slice(whole.start, whole.end), whole.start).length) out.push({ start: verb.span.start, end: verb.span.end, text: text.slice(verb.span.start, verb.span.end), role: "give" });
      return;
    }
    // "Belarus plied Russia with shells": a state as object, goods after "with".
    const withWord = chunks[k + 1] && chunks[k + 1].kind === "O" ? text.slice(spanOf(chunks[k + 1]).start, spanOf(chunks[k + 1]).end).toLowerCase() : "";
    if (first && withWord === "with" && chunks[k + 2]?.kind === "NP" && (first.state ?? first.entity) !== (giver.state ?? giver.entity) && !notWith.has(verb.lemma)) {
      const goods = spanOf(chunks[k + 2]);
      const whole = { start: spanOf(chunks[n - 1]).start, end: goods.end };
      if (findItems(text.slice(goods.start, goods.end), goods.start).length && !stateIn(chunks[k + 2]) && !findTriggers(text.slice(whole.start, whole.end), whole.start).length) out.push({ start: verb.span.start, end: verb.span.end, text: text.slice(verb.span.start, verb.span.end), role: "give" });
      return;
    }
    // "approved a further $500 million in weapons for Ukraine": words the chunker leaves before a sum's phrase (an
    // article, "further", the currency sign) open the object.
    const lead = k;
    while (chunks[k]?.kind === "O" && chunks[k].to - chunks[k].from === 1 && sumLead.has(text.slice(spanOf(chunks[k]).start, spanOf(chunks[k]).end).toLowerCase())) k++;
    if (k > lead && chunks[k]?.kind !== "NP") k = lead;
    const object = chunks[k];
    if (!object || object.kind !== "NP") return;
    const objectStart = spanOf(chunks[lead]).start;
    // (The chunker may join both objects in one phrase: "Venezuela two drones".)
    const opening = states.find((m) => m.form !== "adjective" && m.span.start === tokens[object.from].span.start && m.span.end < spanOf(object).end);
    if (opening && (opening.state ?? opening.entity) !== (giver.state ?? giver.entity) && !/^\s*['’]/.test(text.slice(opening.span.end, opening.span.end + 2))) {
      const rest = { start: opening.span.end, end: spanOf(object).end };
      const whole = { start: spanOf(chunks[n - 1]).start, end: rest.end };
      if (findItems(text.slice(rest.start, rest.end), rest.start).length && !findTriggers(text.slice(whole.start, whole.end), whole.start).length) out.push({ start: verb.span.start, end: verb.span.end, text: text.slice(verb.span.start, verb.span.end), role: "give" });
      return;
    }
    let objectEnd = spanOf(object).end;
    // "released the hold on bombs for Israel": the goods of a lifted hold are the object.
    const lifted = liftingVerbs.has(verb.lemma) && holdHeads.has(text.slice(tokens[object.head].span.start, tokens[object.head].span.end).toLowerCase());
    // (A preposition chunk right after the object, before a noun phrase: "the hold on bombs", "a batch of drones".)
    const prepositionAfter = (at: number) => (chunks[at + 1]?.kind === "O" && chunks[at + 2]?.kind === "NP" ? text.slice(spanOf(chunks[at + 1]).start, spanOf(chunks[at + 1]).end).toLowerCase() : null);
    if (lifted && prepositionAfter(k) === "on") {
      k += 2;
      objectEnd = spanOf(chunks[k]).end;
    }
    if (prepositionAfter(k) === "of") {
      k += 2;
      objectEnd = spanOf(chunks[k]).end;
    } else if (sumGoods.has(prepositionAfter(k) ?? "") && sumWords.test(text.slice(objectStart, objectEnd))) {
      // ("$500 million in weapons", "200 million euros in arms": the goods a sum is spent on.)
      k += 2;
      objectEnd = spanOf(chunks[k]).end;
    }
    if (actHeads.has(tokens[object.head].lemma) || actHeads.has(text.slice(tokens[object.head].span.start, tokens[object.head].span.end).toLowerCase())) return;
    const objectSpan = { start: objectStart, end: objectEnd };
    if (stateIn(object)) return;
    // Receiver: "to"/"for" and a state right after the object.
    const prep = chunks[k + 1];
    if (!prep || prep.kind === "NP" || prep.kind === "VP" || prep.to - prep.from !== 1) return;
    const word = text.slice(tokens[prep.from].span.start, tokens[prep.from].span.end).toLowerCase();
    // "Croatia leased 12 jets from France": with "from", the subject gets the goods.
    const getting = supplierPrepositions.has(word) && !notGetting.has(verb.lemma);
    if (!recipientPrepositions.has(word) && !getting) return;
    const getter = stateIn(chunks[k + 2], true);
    if (!getter || (getter.state ?? getter.entity) === (giver.state ?? giver.entity)) return;
    // The object names goods of the item lexicon (read after the cheap tests above: the lexicon costs the most).
    if (!findItems(text.slice(objectSpan.start, objectSpan.end), objectSpan.start).length) return;
    // A clause with a transfer word of its own is read by that word's rules.
    const whole = { start: spanOf(chunks[n - 1]).start, end: spanOf(chunks[k + 2]).end };
    if (findTriggers(text.slice(whole.start, whole.end), whole.start).length) return;
    out.push({ start: verb.span.start, end: verb.span.end, text: text.slice(verb.span.start, verb.span.end), role: getting ? "get" : "give" });
  });
  return out;
};
