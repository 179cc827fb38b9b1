import type { Mention } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import type { Matcher } from "./matcher.js";
import { WORD_CHAR } from "./matcher.js";
import { allMatches } from "../../core/all-matches.js";

/**
 * Surnames alone in lines set wholly in capitals ("KOVAC SAYS ...", "KOVAC: ..."): wire flashes, tickers
 * and transcripts name their speakers so, often without ever naming them in full. Such a surname names
 * the one person of the gazetteer who bears it; a surname two people share gives nothing. Lines with
 * any lower-case letter are left to the ordinary rule (named in full first), and so are surnames of
 * fewer than four letters.
 *
 *     capsSurnames("ROSSI SAYS ITALY WILL SEND ...", [{start: 0, end: 30}], m, []) -> [person rossi]
 */
export function capsSurnames(text: string, ranges: readonly Span[], m: Matcher, taken: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const r of ranges) {
    const line = text.slice(r.start, r.end);
    if (/\p{Ll}/u.test(line) || (line.match(/\p{Lu}{2,}/gu) ?? []).length < 3) continue;
    for (const hit of allMatches(/\p{Lu}[\p{Lu}'’-]*\p{Lu}/gu, line)) {
      const start = r.start + hit.index!;
      const end = start + hit[0].length;
      if (WORD_CHAR[text.charCodeAt(start - 1)] || WORD_CHAR[text.charCodeAt(end)]) continue;
      if (taken.some((x) => x.span.start < end && start < x.span.end)) continue;
      const word = hit[0];
      // Two or three capitals are as often a word or a place ("NO", "HAN RIVER") as a surname.
      if (word.length < 4) continue;
      const people = m.surnames.get(word[0] + word.slice(1).toLowerCase()) ?? [];
      if (people.length !== 1) continue;
      const p = people[0];
      out.push({ kind: "person", span: { start, end }, entity: p.id, name: p.name, state: p.state, form: "alias", org: p.org });
    }
  }
  return out;
}
