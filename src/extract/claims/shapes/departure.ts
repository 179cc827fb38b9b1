import { findTriggers, type Trigger } from "../direction.js";
import { findItems } from "../find-items.js";
import { placesIn } from "../../mentions/places.js";
import data from "./departure.json" with { type: "json" };
import arrivalData from "./arrival.json" with { type: "json" };
import { partiesIn, type Shape, shapeSyntax } from "./frame.js";

const verbs = new Set<string>(data.verbs);
const leavingWord = new RegExp(data.forms, "i");
const toward = new RegExp(data.toward, "iu");
const placeHead = new Set<string>(data.placeHeads);
const makers = new RegExp(data.makers, "iu");
// (The same words of attack as for an arrival: "drones left Russian bases for Ukraine and struck a depot" is a strike.)
const attackCue = new RegExp(`\\b(?:${arrivalData.attack.join("|")})`, "iu");

/**
 * "Forty wagons of rifles left depots near Brest for Russia", "crates of shells left Bulgarian ports for
 * Ukraine": goods that leave a place of one state for another state move between them. The subject of the
 * verb of leaving names goods of the item lexicon; the place after the verb names its state (by its adjective,
 * its name, or a place of it: places.json), and the state right after "for" receives. People who leave are
 * left out (an army may leave a state it fought in), as is a sentence that tells of an attack. The verb is
 * returned as one of giving, with the two states set as the parties the sentence carries.
 *
 *     "Forty wagons of rifles left depots near Brest for Russia" -> BLR to RUS
 */
export const departure: Shape = ({ doc, sentence, ctx }) => {
  // (A cheap look first: most sentences name no verb of leaving.)
  const whole = doc.slice(sentence);
  if (!leavingWord.test(whole) || attackCue.test(whole)) return [];
  const states = partiesIn(doc, sentence);
  if (!states.length) return [];
  // People named anywhere in the sentence ("rail workers in exile say ...") are who tells or carries the goods; the
  // assembler would read them as goods that moved too.
  if (findItems(whole, sentence.start).some((i) => i.item === "troops" || i.item === "workers")) return [];
  const syntax = shapeSyntax(doc, sentence);
  if (!syntax) return [];
  const { chunks, tokens, spanOf } = syntax;
  const text = doc.text;
  const out: Trigger[] = [];
  chunks.forEach((vp, n) => {
    if (vp.kind !== "VP" || vp.passive || !verbs.has(tokens[vp.head].lemma)) return;
    const verb = tokens[vp.head];
    // The subject: the noun phrases right before the verb, in its clause (no comma, no other verb between).
    let subject = -1;
    for (let k = n - 1; k >= 0 && n - k <= 6; k--) {
      const c = chunks[k];
      if ((c.kind === "O" && /^[,;]$/.test(c.code)) || c.kind === "VP" || c.kind === "TO") break;
      if (c.kind === "NP") subject = k;
    }
    if (subject < 0) return;
    const goods = { start: spanOf(chunks[subject]).start, end: verb.span.start };
    const goodsItems = findItems(text.slice(goods.start, goods.end), goods.start);
    if (!goodsItems.length) return;
    // A clause with a transfer word of its own among the goods is read by that word's rules.
    if (findTriggers(text.slice(goods.start, goods.end), goods.start).some((t) => t.role !== "use")) return;
    // The receiver: a state named by its name right after "for", in the same clause as the verb.
    const receiver = states.find((m) => m.span.start >= verb.span.end && m.form !== "adjective" && toward.test(text.slice(Math.max(verb.span.end, m.span.start - 20), m.span.start)) && !/[,;]/.test(text.slice(verb.span.end, m.span.start)));
    if (!receiver) return;
    const place = { start: verb.span.end, end: receiver.span.start };
    const placeText = text.slice(place.start, place.end);
    const taker = receiver.state ?? receiver.entity;
    // The place left: a state named in it by its adjective, else a place of a state (places.json). A state named
    // by its name after the verb ("left Belarus for Russia") is read by the verb's own rules, which take it as the
    // origin; read here as a giving verb's object it would be the receiver.
    const named = states.filter((m) => m.span.start >= place.start && m.span.end <= place.end);
    const bareState = named.length === 1 && named[0].form !== "adjective" && /^\s+(?:the\s+)?$/i.test(text.slice(place.start, named[0].span.start)) && toward.test(text.slice(named[0].span.end, receiver.span.start)) && /^\s+\S+(?:\s+for)?\s+(?:the\s+)?$/i.test(text.slice(named[0].span.end, receiver.span.start));
    if (!bareState && named.some((m) => m.form !== "adjective")) return;
    const inPlace = named.length ? named.map((m) => m.state ?? m.entity) : placesIn(placeText, place.start).map((p) => p.state);
    const givers = new Set(inPlace);
    if (givers.size !== 1) return;
    const [giver] = givers;
    if (giver === taker) return;
    // The place is a depot, a port, a base (its head noun), or a place of the state named alone.
    const heads = tokens.filter((t) => t.span.start >= place.start && t.span.end <= place.end && (t.pos === "NOUN" || t.pos === "PROPN"));
    if (!bareState && !heads.some((t) => placeHead.has(t.lemma) || placeHead.has(t.lemma.replace(/s$/, ""))) && !placesIn(placeText).length) return;
    // Other states among the goods are their holders: the goods of another state tell nothing here (their
    // makers are no holders: "Soviet-designed tanks" may leave any state's depots).
    if (states.some((m) => m.span.start >= goods.start && m.span.end <= goods.end && (m.state ?? m.entity) !== giver && !makers.test(text.slice(m.span.end, goods.end)))) return;
    ctx.supplier = giver;
    ctx.recipient = taker;
    // (A state left by its name reads as the giver of a noun of giving right after it: "North Korea['s shipment] for Russia".)
    if (bareState) out.push({ start: named[0].span.end, end: named[0].span.end, text: "", role: "giveNoun" });
    else out.push({ start: verb.span.start, end: verb.span.end, text: text.slice(verb.span.start, verb.span.end), role: "give" });
  });
  return out;
};
