import type { ArmsDocument, Mention } from "../../core/document.js";
import { PEOPLE } from "../../knowledge/gazetteer.js";
import data from "../../knowledge/headline-surnames.json" with { type: "json" };
import type { Matcher } from "./matcher.js";
import { WORD_CHAR } from "./matcher.js";

const ambiguous = new Set(data.ambiguous);
const titles = new Set(data.titles);

/**
 * Surnames alone in headlines and titles ("Kovac pledges shells for ..."): a headline names a leader or minister by
 * surname only, and the report below may never give the full name. Such a surname names the one person of the
 * gazetteer who bears it, where that person speaks for a state, the surname is no common word or widely shared name
 * (headline-surnames.json), and the page names no other bearer of it ("Anna Kovac" beside the minister Ivan Kovac).
 * Only the headline's subject is read so; lines other than headlines keep the ordinary rule (named in full first).
 *
 *     headlineSurnames(doc, m, taken) -> [person kovac on the headline's "Kovac"]
 */
export function headlineSurnames(doc: ArmsDocument, m: Matcher, taken: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const text = doc.text;
  for (const s of doc.sentences) {
    if (!s.headline) continue;
    const line = text.slice(s.span.start, s.span.end);
    for (const hit of line.matchAll(/\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?/gu)) {
      const start = s.span.start + hit.index!;
      const end = start + hit[0].length;
      if (WORD_CHAR[text.charCodeAt(start - 1)] || WORD_CHAR[text.charCodeAt(end)]) continue;
      if (taken.some((x) => x.span.start < end && start < x.span.end)) continue;
      // Only the headline's subject, which opens it or a part of it after a colon, dash or bar: the giver the
      // headline names. A surname further in ("as Kovac visits ...") is a bystander to the flow.
      if (!/(?:^|[:|–—-]\s)[^\p{L}\p{N}]*$/u.test(line.slice(0, hit.index!))) continue;
      const word = hit[0];
      if (ambiguous.has(word)) continue;
      const people = m.surnames.get(word) ?? [];
      if (people.length !== 1 || !people[0].state) continue;
      const p = people[0];
      // A capitalised word right before the surname, neither the person's own given name nor a title: another bearer.
      if (!soleBearer(text, word, p)) continue;
      out.push({ kind: "person", span: { start, end }, entity: p.id, name: p.name, state: p.state, form: "alias", org: p.org });
    }
  }
  return out;
}

/** True where every capitalised word the text sets right before `surname` is the person's own name or a title. */
function soleBearer(text: string, surname: string, p: (typeof PEOPLE)[number]): boolean {
  const own = new Set([p.name, ...p.variants].flatMap((n) => n.split(/[\s-]+/)));
  const re = new RegExp(`(\\p{Lu}[\\p{L}.]*)\\s+${surname}(?![\\p{L}])`, "gu");
  for (const m of text.matchAll(re)) {
    const before = m[1].replace(/\.$/, "");
    if (!own.has(before) && !titles.has(before)) return false;
  }
  return true;
}
