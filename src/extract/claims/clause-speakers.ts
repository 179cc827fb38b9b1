import type { Claim } from "../../core/claim.js";
import type { ArmsDocument } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import data from "./denials.json" with { type: "json" };
import { findItems } from "./find-items.js";
import { allMatches } from "../../core/all-matches.js";

/** Words a clause must tell after its subject to be a telling of its own, not a bare reply ("; Tehran denies"). */
const tellingWords = 4;
/** Words that may stand before a clause's subject ("; but Kyiv says"). */
const leadWords = 2;
/** A semicolon, or a comma with a word that opens a clause of its own (denials.json clauseJoiners): where one teller's clause ends. */
const clauseBreak = new RegExp(`;|,\\s+(?:${joiners(data.clauseJoiners).join("|")})\\s+`, "giu");

function joiners(words: readonly string[]): readonly string[] {
  if (!words.length || !words.every((w) => /^[a-z]+$/.test(w))) throw new Error("denials.json: clauseJoiners must be lower-case plain words");
  return words;
}

/**
 * "Kyiv accuses Tehran of arming Moscow; Iran says it sends no drones": two tellers, each with a clause of its own
 * joined by a semicolon, or by ", and" ("..., the minister said, and the Kremlin said ..."). The goods of each clause
 * are the claim of that clause's subject only: the drones Iran denies are not Kyiv's, the arming Kyiv charges is not Iran's. A clause that only replies ("; Tehran denies") tells
 * nothing of its own, and the sentence is left to the reply readings (`repliedDenials`).
 */
export function clauseSpeakers(doc: ArmsDocument, index: number, claims: Claim[]): Claim[] {
  if (claims.length < 2) return claims;
  const sentence = doc.sentences[index].span;
  const text = doc.slice(sentence);
  const clauses: Span[] = [];
  let from = sentence.start;
  const breaks = [...allMatches(clauseBreak, text)];
  breaks.forEach((m, i) => {
    // ("..., and the North's ministry has dismissed them": a joined clause that names no goods of its own replies to the one before.)
    if (m[0] !== ";" && !findItems(text.slice(m.index + m[0].length, breaks[i + 1]?.index ?? text.length)).length) return;
    clauses.push({ start: from, end: sentence.start + m.index });
    from = sentence.start + m.index + m[0].length;
  });
  if (!clauses.length) return claims;
  clauses.push({ start: from, end: sentence.end });
  const subjects = clauses.map((clause) => tellerOf(doc, clause));
  if (new Set(subjects.filter((s) => s !== null)).size < 2) return claims;
  const same = (a: Claim, b: Claim) => a !== b && a.kind === b.kind && a.supplier === b.supplier && a.recipient === b.recipient && a.item === b.item;
  return claims.filter((c) => {
    const at = c.parts.item ?? c.parts.amount;
    if (c.kind !== "transfer" || !c.source.country || !at) return true;
    const own = subjects[clauses.findIndex((cl) => cl.start <= at.start && at.start < cl.end)];
    if (!own || own === c.source.country || !subjects.includes(c.source.country)) return true;
    return !claims.some((o) => same(o, c) && o.source.country === own);
  });
}

/** The state of the one who opens a clause and tells something after it: "Kyiv accuses ...", "but Iran says it sends ...". */
function tellerOf(doc: ArmsDocument, clause: Span): string | null {
  const words = (s: Span) => doc.within(doc.tokens, s).filter((t) => /[\p{L}\d]/u.test(doc.slice(t.span))).length;
  const first = doc.within(doc.mentions, clause).filter((m) => m.state && m.kind !== "outlet" && m.form !== "adjective").sort((a, b) => a.span.start - b.span.start)[0];
  if (!first?.state || words({ start: clause.start, end: first.span.start }) > leadWords) return null;
  return words({ start: first.span.end, end: clause.end }) >= tellingWords ? first.state : null;
}
