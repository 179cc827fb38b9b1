import type { ArmsDocument } from "../../../core/document.js";
import shapes from "../../../knowledge/shapes.json" with { type: "json" };
import { findTriggers, type Trigger } from "../direction.js";
import type { Span } from "../../../core/span.js";
import { hasItem } from "../find-items.js";
import { frameRegex, partiesIn, type Shape } from "./frame.js";
import { allMatches } from "../../../core/all-matches.js";

const frame = shapes.package;
const nouns = frameRegex(["{noun}"], [...frame.nouns, ...frame.cargoNouns]);
const contains = frameRegex([`{noun}\\s+(?:${frame.contains.join("|")})`, ...frame.within], frame.nouns);
// ("the cargo included", not "its cargo": a possessor names a party the shipment told before may not have.)
const cargoContains = frameRegex([`the\\s+{noun}\\s+(?:${frame.contains.join("|")})`], frame.cargoNouns);
const listMarker = new RegExp(frame.listMarker, "u");
const recipientBefore = new RegExp(frame.recipientBefore, "i");
const pronounFrame = new RegExp(frame.pronounFrame, "iu");
const aboardFrame = new RegExp(frame.aboardFrame, "iu");
/** What may stand between an origin adjective and the package noun it labels: "Iranian [arms] shipment", "Iranian-made [missile] cargo". */
const ownPhrase = /^(?:-(?:made|built|produced|manufactured))?(?:\s+[\p{L}-]+){0,2}\s+$/u;
const amongFrame = new RegExp(frame.amongFrame, "iu");

/** Per document: the sentence that opened a list of a package's contents ("Also in the drawdown are:"), and its last line. */
const openLists = new WeakMap<ArmsDocument, number>();

/**
 * "The package includes 40 armoured vehicles", "Capabilities in the drawdown include rocket rounds",
 * "its centrepiece is an air defence battery", and each line of "Also in the tranche are:" then
 * "-- 12,000 shells" (or a bare line "Explosives and demolition gear."), and "It includes:" right after a
 * sentence that names a package: every listed thing moves from the package's giver to its receiver, asserted.
 * The parties are those of the sentence, else of the package as announced before; none named, no claim.
 */
export const packageContents: Shape = ({ doc, index, sentence, ctx }) => {
  const text = doc.slice(sentence);
  const out: Trigger[] = [];
  contains.lastIndex = 0;
  for (const m of allMatches(contains, text)) out.push({ start: sentence.start + m.index!, end: sentence.start + m.index! + m[0].length, text: m[0], role: "give" });
  // "It includes:" right after a sentence that names a package is that package's frame.
  const pronoun = pronounFrame.exec(text);
  if (pronoun && index > 0 && previousNamesPackage(doc, index)) {
    out.push({ start: sentence.start + pronoun.index, end: sentence.start + pronoun.index + pronoun[0].length, text: pronoun[0], role: "give" });
  }
  const aboard = index > 0 ? aboardFrame.exec(text) : null;
  const listLine = listGoesOn(doc, index) && (listMarker.test(text) || bareLine(doc, sentence, text));
  // (A line that names a state reads by its own words where it has a transfer word of its own ("that Norway has
  // pledged") or names states only as what they qualify ("built by Ukrainian industry"): the marker gives no flow.)
  const own = partiesIn(doc, sentence);
  if (listLine && !(own.length && (findTriggers(text, 0).length > 0 || own.every((m) => m.form === "adjective")))) {
    const at = sentence.start + (listMarker.exec(text)?.[0].length ?? 0);
    out.push({ start: at, end: at, text: "", role: "give" });
  }
  // A list opens where a frame ends in a colon, and goes on while its lines keep their markers.
  if ((out.length && /:\s*(?:\n|$)/.test(text)) || listLine) openLists.set(doc, index);
  // A cargo's contents (and the goods "also aboard") take the shipment's parties; a sentence that names its own reads by its own words.
  const fromCargo: Trigger[] = [];
  cargoContains.lastIndex = 0;
  for (const m of allMatches(cargoContains, text)) fromCargo.push({ start: sentence.start + m.index!, end: sentence.start + m.index! + m[0].length, text: m[0], role: "give" });
  if (aboard) fromCargo.push({ start: sentence.start + aboard.index, end: sentence.start + aboard.index + aboard[0].length, text: aboard[0], role: "give" });
  const among = index > 0 && previousNamesPackage(doc, index) ? amongFrame.exec(text) : null;
  if (among) fromCargo.push({ start: sentence.start + among.index, end: sentence.start + among.index + among[0].length, text: among[0], role: "give" });
  // (Who says so, "the command said", names no party.)
  const spoken = doc.attributions.find((a) => a.sentence === index)?.spans ?? [];
  const said = (m: { span: Span }) => spoken.some((s) => s.start <= m.span.start && m.span.end <= s.end);
  if (!doc.within(doc.mentions, sentence).some((m) => m.state && !said(m))) out.push(...fromCargo);
  if (!out.length) return out;
  if (own.length) return out;
  const parties = packageParties(doc, index);
  if (!parties) return ctx.supplier && ctx.recipient ? out : [];
  ctx.supplier = parties.supplier;
  ctx.recipient = parties.recipient;
  return out;
};

/** Whether the sentence right before the one at `index` (in the same segment) names a package. */
function previousNamesPackage(doc: ArmsDocument, index: number): boolean {
  if (doc.sentences[index - 1].segment !== doc.sentences[index].segment) return false;
  nouns.lastIndex = 0;
  return nouns.test(doc.slice(doc.sentences[index - 1].span));
}

/**
 * "The package contains:", "It includes:": a sentence that opens a list of a package's contents, which
 * names no goods itself but must be read (find-candidates.ts) so that the lines after it are.
 */
export function opensPackageList(text: string): boolean {
  if (!/:\s*$/.test(text)) return false;
  contains.lastIndex = 0;
  return contains.test(text) || pronounFrame.test(text);
}

/**
 * Whether the sentence at `index` follows the list opened last: right after it, or after lines of it
 * with their markers that named no goods ("- training of crews;") and so were not read.
 */
function listGoesOn(doc: ArmsDocument, index: number): boolean {
  const opened = openLists.get(doc);
  if (opened === undefined || opened >= index || index - opened > 12) return false;
  for (let k = opened + 1; k < index; k++) {
    const s = doc.sentences[k];
    if (s.candidate !== false || s.segment !== doc.sentences[index].segment || !listMarker.test(doc.slice(s.span))) return false;
  }
  return true;
}

/**
 * "Explosives and demolition gear.": a line of a list with no marker. It stands on a line of its own, is
 * short, names a thing, and has no verb (but "including") and no state: a sentence that tells its own
 * news ends the list.
 */
function bareLine(doc: ArmsDocument, sentence: Span, text: string): boolean {
  if (sentence.start > 0 && !/\n\s*$/.test(doc.text.slice(Math.max(0, sentence.start - 4), sentence.start))) return false;
  if (text.trim().split(/\s+/).length > frame.bareLineWords || partiesIn(doc, sentence).length || !hasItem(text)) return false;
  const tokens = doc.within(doc.tokens, sentence);
  // ("Shoulder-Fired", "Truck-Mounted": a participle glued to a word by a hyphen is part of a name, no verb of a clause.)
  const glued = (k: number) => k > 0 && doc.text[tokens[k].span.start - 1] === "-" && tokens[k - 1].span.end === tokens[k].span.start;
  return tokens.length > 0 && !tokens.some((t, k) => (t.pos === "VERB" || t.pos === "AUX") && t.lemma !== "include" && !glued(k));
}

/** The giver and receiver of the package last announced: a sentence that names a package for (or to) a party. */
function packageParties(doc: ArmsDocument, index: number): { supplier: string; recipient: string } | null {
  const segment = doc.sentences[index].segment;
  for (let i = index - 1; i >= 0 && i >= index - 20; i--) {
    const s = doc.sentences[i];
    if (s.segment !== segment) break;
    const text = doc.slice(s.span);
    nouns.lastIndex = 0;
    if (!nouns.test(text)) continue;
    const states = partiesIn(doc, s.span);
    const recipient = states.find((m) => recipientBefore.test(doc.text.slice(Math.max(s.span.start, m.span.start - 12), m.span.start)));
    if (!recipient) continue;
    const others = doc.within(doc.mentions, s.span).filter((m) => m.state && m.state !== recipient.state && (m.kind === "state" || m.kind === "body" || m.kind === "person"));
    const free = (m: (typeof others)[number]) => !/\b(?:from|against|in|into|on|of)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(s.span.start, m.span.start - 10), m.span.start));
    // The subject that names the package ("The Pentagon unveiled a tranche for Ukraine, ... of the Russian invasion") before a state named later.
    nouns.lastIndex = 0;
    const noun = nouns.exec(text);
    const subject = noun ? others.find((m) => m.span.end <= s.span.start + noun.index && free(m)) : undefined;
    // ("US says warship seized Iranian missile shipment": the origin inside the package's own phrase gives it, not who tells of it.)
    const own = noun ? others.find((m) => m.form === "adjective" && ownPhrase.test(doc.text.slice(m.span.end, s.span.start + noun.index))) : undefined;
    const supplier = own ?? subject ?? others.find((m) => m.kind === "state" && free(m)) ?? others[0];
    if (supplier?.state && recipient.state) return { supplier: supplier.state, recipient: recipient.state };
  }
  return null;
}
