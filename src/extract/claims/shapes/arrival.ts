import type { Mention } from "../../../core/document.js";
import type { Span } from "../../../core/span.js";
import { findTriggers, type Trigger } from "../direction.js";
import { findItems } from "../find-items.js";
import { modelMaker } from "../item-origin.js";
import { placesIn } from "../../mentions/places.js";
import data from "./arrival.json" with { type: "json" };
import denials from "../denials.json" with { type: "json" };
import transferData from "../../../knowledge/transfer-cues.json" with { type: "json" };
import { partiesIn, type Shape, shapeSyntax } from "./frame.js";

/** Whether a noun's lemma is one of `words` (a capitalised first word keeps its plural as lemma: "Convoys carrying ..."). */
const headIn = (words: ReadonlySet<string>) => (lemma: string) => words.has(lemma) || words.has(lemma.replace(/e?s$/, ""));
const carrierHead = headIn(new Set(data.carriers));
const forcesHead = headIn(new Set(data.forces));
const holdingHead = headIn(new Set(data.holdings));
/** Words of a count before a state's sites that the tagger reads as neither number nor quantifier ("at least 20", "more than ten"). */
const countWords = new Set(["at", "more", "than", "up", "to"]);
const verbs = new Map(Object.entries(data.verbs as Record<string, string[]>));
const fired = new Set<string>(data.fired);
const course = new Set<string>(data.course);
const placeless = new Set<string>(data.placeless);
const passiveArrival = new Set<string>(data.passive);
const atPlace = new Set<string>(data.atPlace);
const seatReached = new Set<string>(data.seatReached);
const seatNoun = headIn(new Set(data.seatNouns));
const harbourHead = headIn(new Set(data.harbours));
const flowNot = new Set<string>(data.flowNot);
const schemeHead = headIn(new Set(data.schemes));
const schemeLinks = new Set<string>(data.schemeLinks);
const placelessAfter = new RegExp(data.placelessAfter, "iu");
const troopsAdvance = new RegExp(`\\b(?:${data.troopsAdvance.join("|")})`, "iu");
/** Two states at war with each other (denials.json): people of one reaching the other are an army, not a transfer. */
const atWar = (a: string, b: string) => a !== b && denials.conflicts.some((pair) => pair.includes(a) && pair.includes(b));
const attackCue = new RegExp(`\\b(?:${data.attack.join("|")})`, "iu");
/** A stay's purpose after the place ("landed in Hungary for the air show"): a visit, not a transfer (transfer-cues.json). */
const visitAfter = new RegExp(`${transferData.visitBefore}(?:${transferData.visitPurposes.join("|")})`, "iu");
const arrivingWord = new RegExp(`\\b(?:${[...verbs.keys()].map((v) => v.replace(/e$/, "")).join("|")})`, "i");

/**
 * "Convoys carrying Russian tanks reached Bamako", "a ship loaded with Chinese rifles docked in Uganda": what
 * carries goods arrives in the state that gets them. The clause's subject is a carrier (arrival.json) with
 * goods of the item lexicon named between it and the verb, and a state stands right after the verb (or its
 * "in"/"at"). The verb is returned as one of giving whose text ends in "in", so the assembler takes the state
 * right after it as the receiver (as for "are in"); the goods' origin gives. Without a carrier, goods that name
 * their origin and reach a state named by its name ("140 guns from North Korea reached Russia") arrive there too,
 * unless the sentence tells of an attack; at a capital or a city ("Russian tanks reached Kyiv") an arrival may be
 * an advance or a strike, and tells nothing here.
 *
 *     "Convoys carrying Russian tanks reached Bamako" -> "reached in"
 */
export const arrival: Shape = ({ doc, index, sentence, ctx }) => {
  // (A cheap look first: most sentences name no verb of arriving.)
  if (!arrivingWord.test(doc.slice(sentence))) return [];
  const states = partiesIn(doc, sentence);
  // (Goods with no state may still be more of the segment's flow: moreOfFlow below.)
  if (!states.length && !placesIn(doc.slice(sentence)).length && !ctx.itemFlow?.size) return [];
  const syntax = shapeSyntax(doc, sentence);
  if (!syntax) return [];
  const { chunks, tokens, spanOf } = syntax;
  const text = doc.text;
  const out: Trigger[] = [];
  // "The first four patrol boats from Norway have arrived, the navy said": goods that name their origin by
  // "from" a state and arrive with no place told (the clause ends after the verb, or "from" the state follows it)
  // are given by that state to the receiver the document is about (the assembler's flow in focus, or the
  // speaker's state). Only "arrive" (arrival.json placeless): a bare "landed" or "reached" tells nothing.
  // "Russia sold Peru six jets in 2021. Two Su-30 fighters, the first of the six, arrived in May": goods that name no
  // origin and no state at all and arrive with no place told, each of them goods (not fired arms, nor too broad: arrival.json
  // fired, flowNot) of the one flow of those goods the segment told last (ctx.itemFlow), are more of that flow.
  const moreOfFlow = (goods: Span, goodsItems: ReturnType<typeof findItems>, verb: Span): Trigger | null => {
    if (states.some((m) => m.span.start >= goods.start && m.span.end <= goods.end)) return null;
    if (goodsItems.some((i) => fired.has(i.item) || flowNot.has(i.item) || i.item === "troops" || i.item === "workers")) return null;
    const flows = goodsItems.map((i) => ctx.itemFlow?.get(i.item));
    const flow = flows[0];
    if (!flow || flows.some((f) => f?.supplier !== flow.supplier || f?.recipient !== flow.recipient)) return null;
    if (findTriggers(text.slice(goods.start, verb.start), goods.start).some((t) => t.role !== "use")) return null;
    ctx.supplier = flow.supplier;
    ctx.recipient = flow.recipient;
    return { start: verb.start, end: verb.end, text: text.slice(verb.start, verb.end), role: "give" };
  };
  const unplaced = (n: number, subject: number, carrier: number, lemma: string, apposed: number): Trigger | null => {
    if (!placeless.has(lemma) || subject < 0 || attackCue.test(doc.slice(sentence))) return null;
    const vp = chunks[n];
    const verb = tokens[vp.head];
    const head = carrier >= 0 ? carrier : subject;
    // (An aside set off by commas between the goods and the verb is no part of the goods.)
    const goods = { start: spanOf(chunks[head]).start, end: apposed >= 0 ? spanOf(chunks[apposed]).start : verb.span.start };
    // What follows the verb: nothing of a place, only a time, a "from" state, or the clause's end.
    const rest = text.slice(verb.span.end, sentence.end);
    const fromAfter = states.find((m) => m.span.start >= verb.span.end && /^\s+from\s+(?:the\s+)?$/i.test(text.slice(verb.span.end, m.span.start)));
    if (!fromAfter && !placelessAfter.test(rest)) return null;
    // ("arrived from Russia at Gomel": the place after the origin is read below.)
    if (fromAfter && /^\s+(?:in|at)\s/i.test(text.slice(fromAfter.span.end, sentence.end)) && !placelessAfter.test(text.slice(fromAfter.span.end, sentence.end))) return null;
    const fromIn = states.find((m) => m.span.start >= goods.start && m.span.end <= goods.end && m.form === "name" && /\bfrom\s+(?:the\s+)?$/i.test(text.slice(Math.max(goods.start, m.span.start - 12), m.span.start)));
    const origin = fromAfter ?? fromIn;
    const goodsItems = findItems(text.slice(goods.start, goods.end), goods.start);
    if (!goodsItems.length || goodsItems.every((i) => i.item === "troops" || i.item === "workers")) return null;
    if (!origin) return moreOfFlow(goods, goodsItems, verb.span);
    // Another state among the goods is their holder or their maker, not told here.
    if (states.some((m) => m.span.start >= goods.start && m.span.end <= goods.end && m.entity !== origin.entity)) return null;
    if (findTriggers(text.slice(goods.start, verb.span.start), goods.start).some((t) => t.role !== "use")) return null;
    // ("..., Chile's navy says": a receiver announces what reached it; where the one who speaks is of
    // a state of the flow in focus, that state receives, not the focus's own receiver.)
    const said = doc.attributions.find((a) => a.sentence === index);
    const speaker = said?.sources.length === 1 ? said.sources[0].country : null;
    const giver = origin.state ?? origin.entity;
    if (speaker && speaker !== giver && ctx.supplier && ctx.recipient && [ctx.supplier, ctx.recipient].includes(speaker)) {
      ctx.supplier = giver;
      ctx.recipient = speaker;
    }
    return { start: verb.span.start, end: verb.span.end, text: text.slice(verb.span.start, verb.span.end), role: "give" };
  };
  chunks.forEach((vp, n) => {
    if (vp.kind !== "VP") return;
    const verb = tokens[vp.head];
    if (vp.passive && !passiveArrival.has(verb.lemma)) return;
    const between = verbs.get(verb.lemma);
    if (!between) return;
    // The carrier: a noun phrase of this clause before the verb (no comma or clause mark between).
    let k = n - 1;
    let carrier = -1;
    let first = -1;
    // The subject of bare goods: the noun phrases after any other verb ("Kyiv said 90 howitzers had reached
    // Russia": the howitzers, not Kyiv).
    let subject = -1;
    let verbBetween = false;
    while (k >= 0 && n - k <= 6 && !(chunks[k].kind === "O" && /^[,;]$/.test(chunks[k].code))) {
      if (chunks[k].kind === "NP" && carrierHead(tokens[chunks[k].head].lemma)) carrier = k;
      if (chunks[k].kind === "NP") first = k;
      if (chunks[k].kind === "VP") verbBetween = true;
      if (chunks[k].kind === "NP" && !verbBetween) subject = k;
      k--;
    }
    // "Two jets, the first of the six, arrived": an aside set off by commas right before the verb stands between it
    // and its subject, the noun phrases before the aside's opening comma (with no verb of their own: else that is a
    // clause of its own). `apposed` is the opening comma.
    let apposed = -1;
    let asideSubject = -1;
    if (subject < 0 && carrier < 0 && k === n - 1 && chunks[k].code === ",") {
      let j = k - 1;
      while (j > 0 && k - j <= 10 && chunks[j].code !== "," && chunks[j].code !== ";") j--;
      if (j > 0 && chunks[j].code === "," && chunks[j - 1].kind === "NP") {
        let m = j - 1;
        let own = -1;
        while (m >= 0 && !(chunks[m].kind === "O" && /^[,;]$/.test(chunks[m].code)) && chunks[m].kind !== "VP") {
          if (chunks[m].kind === "NP") own = m;
          m--;
        }
        if (own >= 0 && (m < 0 || chunks[m].kind !== "VP")) [asideSubject, apposed] = [own, j];
      }
    }
    // The state right after the verb, or after its preposition.
    let next = n + 1;
   
    const word = chunks[next] && chunks[next].kind === "O" ? text.slice(spanOf(chunks[next]).start, spanOf(chunks[next]).end).toLowerCase() : "";
    const arrived = unplaced(n, apposed >= 0 ? asideSubject : subject, carrier, verb.lemma, apposed);
    if (arrived) {
      out.push(arrived);
      return;
    }
    // "Two jets arrived from Russia at Gomel": an origin told by "from" between the verb and its place.
    let fromBefore: Span | null = null;
    const wordAt = (c: number) => (chunks[c] && chunks[c].kind === "O" ? text.slice(spanOf(chunks[c]).start, spanOf(chunks[c]).end).toLowerCase() : "");
    if (word === "from" && chunks[next + 1]?.kind === "NP" && wordAt(next + 2) && between.includes(wordAt(next + 2)) && between.includes("in")) {
      fromBefore = spanOf(chunks[next + 1]);
      next += 3;
    } else if (word && between.includes(word)) next++;
    else if (!between.includes("")) return;
    let place = chunks[next];
    if (!place || place.kind !== "NP") return;
    // "the port of Ashdod", "Taipei Port", "Baranovichi air base": a port or a base named with its city (arrival.json
    // harbours) stands where the city does; the city's state receives, never the place itself.
    let harbour = harbourHead(tokens[place.head].lemma.toLowerCase());
    if (harbour && wordAt(next + 1) === "of" && chunks[next + 2]?.kind === "NP") place = chunks[next + 2];
    else if (harbour && !placesIn(text.slice(spanOf(place).start, spanOf(place).end)).length && !states.some((m) => m.form === "seat" && m.span.start >= spanOf(place).start && m.span.end <= spanOf(place).end)) harbour = false;
    const p = spanOf(place);
    // (A place inside a state at a port or a base, or reached by a carrier, stands for its state though no
    // earlier word made it a mention.)
    const placed: Mention[] = harbour || carrier >= 0 ? placesIn(text.slice(p.start, p.end), p.start).filter((q) => !states.some((m) => m.span.start === q.span.start)).map((q) => ({ kind: "state", span: q.span, entity: q.state, name: q.state, state: q.state, form: "alias" })) : [];
    // "120 howitzers had reached Chilean units": with no carrier, goods that reach a state's forces (forces in
    // arrival.json), named by its adjective or its name, are in its hands; goods of the same state's own
    // making are not (an advance).
    // "Ten jets from Sweden reached Czech air bases", "parts from China reached Russian arms plants": a state's own
    // sites that take in goods (arrival.json holdings) stand for it as its forces do, for goods that are not
    // fired arms and come from no foe of it (checked below, once the goods are known).
    // (The site's noun may not be the chunk's head where a time follows it: "reached Czech bases last year".)
    const toHoldings = carrier < 0 && first >= 0 && tokens.slice(place.from, place.to).some((t) => t.pos === "NOUN" && holdingHead(t.lemma.toLowerCase()));
    const toForces = carrier < 0 && first >= 0 && (forcesHead(tokens[place.head].lemma) || toHoldings);
    // "Some 140 guns from North Korea have reached Russia": bare goods that reach a state named by its name are
    // in its hands, unless the sentence tells of an attack ("missiles reached Kyiv, killing three"; arrival.json
    // attack). A capital or a city may be a target or a front, and tells nothing here.
    const bare = carrier < 0 && !toForces && subject >= 0 && !attackCue.test(doc.slice(sentence));
    if (carrier < 0 && !toForces && !bare) return;
    const goods = { start: spanOf(chunks[carrier >= 0 ? carrier : bare ? subject : first]).start, end: verb.span.start };
    const goodsItems = findItems(text.slice(goods.start, goods.end), goods.start);
    if (!goodsItems.length) return;
    // (People who reach a state are troops of the presence frame's, not goods.)
    const people = goodsItems.every((i) => i.item === "troops" || i.item === "workers");
    if (toForces && people) return;
    if (toHoldings && goodsItems.some((i) => fired.has(i.item))) return;
    if (bare && people && troopsAdvance.test(doc.slice(sentence))) return;
    // "Four jets from Russia arrived at Gomel": a verb of arriving (not "reach", which may be an advance) at a
    // place of a state (places.json, not its capital) puts bare goods in that state's hands as its name does.
    // "Swedish tanks reached Vilnius", "the jets reached the Polish capital": a capital stands for its state where
    // bare goods that are not fired arms reach it (arrival.json seatReached), as its name does.
    const seatNamed = (m: { span: Span; form: string }) => m.form === "adjective" && tokens.slice(place.from, place.to).some((t) => seatNoun(t.lemma.toLowerCase()) && /^\s+$/.test(text.slice(m.span.end, t.span.start)));
    const atSeat = (m: { span: Span; form: string }) => seatReached.has(verb.lemma) && (m.form === "seat" || seatNamed(m)) && goodsItems.every((i) => !fired.has(i.item));
    const namedPlace = (m: { span: Span; form: string }) => m.form === "name" || atSeat(m) || (harbour && (m.form === "seat" || m.form === "alias")) || (atPlace.has(verb.lemma) && placesIn(text.slice(m.span.start, m.span.end)).some((q) => q.span.start === 0 && q.span.end === m.span.end - m.span.start));
    // ("at least 20 Russian arms plants", "several Czech bases": a count or a quantifier may lead a state's sites.)
    const counted = (m: { span: Span }) => toHoldings && tokens.slice(place.from, place.to).filter((t) => t.span.end <= m.span.start).every((t) => ["DET", "NUM", "ADJ", "ADV"].includes(t.pos) || countWords.has(t.lemma.toLowerCase()));
    const where = [...states, ...placed].find((m) => (toForces || m.form !== "adjective" || seatNamed(m)) && (!bare || namedPlace(m)) && m.span.start >= p.start && m.span.end <= p.end && (/^(?:the\s+)?$/i.test(text.slice(p.start, m.span.start)) || counted(m)));
    if (!where) return;
    // ("Russian tanks reached Kyiv": goods of a state at war with the capital's are an advance.)
    if (bare && where.form !== "name" && states.some((m) => m.span.start >= goods.start && m.span.end <= goods.end && atWar(m.state ?? m.entity, where.state ?? where.entity))) return;
    // "F-35s arrived in Poland for a NATO exercise": goods that come for a show or drills are visiting, not given.
    if (visitAfter.test(text.slice(p.end, sentence.end))) return;
    // (People reach a state named alone: "reached Russia", not "reached Russia's border".)
    if (bare && people && (where.form !== "name" || !/^\s*$/.test(text.slice(where.span.end, p.end)))) return;
    if (bare && people && states.some((m) => m.span.start >= goods.start && m.span.end <= goods.end && atWar(m.state ?? m.entity, where.state ?? where.entity))) return;
    if ((toForces || bare) && states.some((m) => m.span.start >= goods.start && m.span.end <= goods.end && m.entity === where.entity)) return;
    if (toHoldings && states.some((m) => m.span.start >= goods.start && m.span.end <= goods.end && atWar(m.state ?? m.entity, where.state ?? where.entity))) return;
    // Bare goods name where they came from: a state among them ("North Korean shells", "jets from Russia") or
    // "from" a state after the place ("reached Russia from the North"); the report's focus gives no origin here.
    // "rounds from the Czech initiative reached Ukraine", "shells reached Ukraine through the Czech scheme": a state's
    // adjective in a noun phrase headed by a scheme of buying for another (arrival.json schemes), led by "from",
    // "through" or "under", names the state that runs it, which gives as a "from" state does.
    const viaScheme = (m: { span: Span; form: string }) => {
      if (m.form !== "adjective") return false;
      const np = chunks.find((c) => c.kind === "NP" && spanOf(c).start <= m.span.start && spanOf(c).end >= m.span.end);
      if (!np || !schemeHead(tokens[np.head].lemma.toLowerCase()) || tokens[np.head].span.start < m.span.end) return false;
      const lead = chunks[chunks.indexOf(np) - 1];
      return lead?.kind === "O" && schemeLinks.has(text.slice(spanOf(lead).start, spanOf(lead).end).toLowerCase());
    };
    const from = (m: { span: Span; entity: string; form: string }) => m.entity !== where.entity && ((m.span.start >= p.end && viaScheme(m)) || (m.span.start >= goods.start && m.span.end <= goods.end) || (fromBefore !== null && m.span.start >= fromBefore.start && m.span.end <= fromBefore.end) || (m.span.start >= p.end && /^\s+from\s+(?:the\s+)?$/i.test(text.slice(p.end, m.span.start))));
    // "The first Mirage 2000-5 fighters will reach Ukraine": bare goods that name no state but models of one maker
    // (model-makers.json) come from that maker, or from the giver of the segment's earlier flow of those goods to
    // the same receiver (a model passed on second-hand). Arms that are fired may be a strike, and stay unread.
    // (So do goods reaching a state's sites: the site's state after the verb is no origin for the assembler to pair.)
    const noOrigin = (bare || toHoldings || placed.includes(where)) && !states.some(from);
    // (Goods a carrier brings to a port or a base, naming no state, come from their models' maker too.)
    const carried = carrier >= 0 && harbour && !states.some(from);
    const maker = (noOrigin || carried) && !goodsItems.every((i) => fired.has(i.item)) ? modelMaker(text, goodsItems) : null;
    const receiver = where.state ?? where.entity;
    // ("Spain sold Peru 30 trucks in May. The last ten trucks reached Peru in June": goods that are not fired arms
    // and name no origin, reaching the receiver of the page's flow of those goods, are more of that flow.)
    const earlier = noOrigin && (maker || (!people && goodsItems.every((i) => !fired.has(i.item) && !flowNot.has(i.item)))) ? goodsItems.map((i) => ctx.itemFlow?.get(i.item)).find((f) => f?.recipient === receiver) : undefined;
    // "Chad has sent troops to Libya. About 800 engineers have already reached Libya": people who name no origin and
    // reach the receiver of the flow of people the segment told are more of that flow.
    const sent = noOrigin && people ? goodsItems.map((i) => ctx.itemFlow?.get(i.item) ?? (ctx.lastTransfer?.item === i.item ? ctx.lastTransfer : undefined)).find((f) => f?.recipient === receiver) : undefined;
    const giver = earlier?.supplier ?? maker ?? sent?.supplier;
    if (noOrigin && (!giver || giver === receiver || (where.form !== "name" && atWar(giver, receiver)))) return;
    // "Iranian missiles reached Israel on Saturday night": arms that are fired (arrival.json fired), named by their
    // maker's adjective alone, may have been fired at the place; only a told course ("had already reached",
    // "were reaching", "keep reaching") or a "from" puts them in its hands.
    const told = tokens.slice(vp.from, vp.head).some((t) => course.has(t.lemma.toLowerCase()));
    if (bare && !told && goodsItems.every((i) => fired.has(i.item)) && !states.some((m) => from(m) && !(m.span.start >= goods.start && m.span.end <= goods.end && m.form === "adjective" && !viaScheme(m)))) return;
    // A clause with a transfer word of its own is read by that word's rules.
    // (The carrier's own noun is none: "a ship loaded with drones".)
    const carrierSpan = spanOf(chunks[carrier >= 0 ? carrier : bare ? subject : first]);
    // "Egypt's latest delivery of French jets landed in Cairo": a carrier that is a noun of giving with a state
    // of its own before it is read by that noun's rules (its possessor receives); the arrival would make the
    // possessor the subject that arrives in its own state.
    if (carrier >= 0 && states.some((m) => m.span.start >= carrierSpan.start && m.span.end <= tokens[chunks[carrier].head].span.start)) return;
    if (findTriggers(text.slice(goods.start, p.start), goods.start).some((t) => t.role !== "use" && t.start >= carrierSpan.end)) return;
    // (A place no earlier word made a mention is not seen by the assembler: the shape names both parties.)
    // ("jets from Sweden reached Czech bases": the origin among the goods gives, named to the assembler so that the
    // site's state after the verb is never read as the giver.)
    const origin = placed.includes(where) || fromBefore || toHoldings ? states.find((m) => from(m)) : states.find((m) => from(m) && viaScheme(m));
    if (placed.includes(where) && !giver && !origin) return;
    if (giver || origin) {
      ctx.supplier = giver ?? origin!.state ?? origin!.entity;
      ctx.recipient = receiver;
    }
    // (After a count before a state's sites, the state stands right after the verb's end for the assembler.)
    out.push({ start: verb.span.start, end: toHoldings ? where.span.start : p.start, text: `${text.slice(verb.span.start, verb.span.end)} in`, role: "give" });
  });
  return out;
};
