import type { ArmsDocument, Mention } from "../../core/document.js";
import { findBody } from "../../knowledge/gazetteer.js";

/** The kind of body a bare common noun names ("the spy agency", "the intelligence service"), where it is telling. */
const kindOfNoun: ReadonlyArray<readonly [RegExp, string]> = [[/\b(?:spy|intelligence)\b/i, "intelligence"]];

/**
 * "... the National Intelligence Service briefed lawmakers." and, paragraphs later, "..., the spy agency
 * told the daily": a bare noun that names a kind of body with no state stands for the latest body of
 * that kind the document named before it, in any paragraph. Null where the noun names no such kind or
 * the document named none.
 */
export function earlierBodyOfKind(doc: ArmsDocument, noun: string, at: number): Mention | null {
  const kind = kindOfNoun.find(([re]) => re.test(noun))?.[1];
  if (!kind) return null;
  let latest: Mention | null = null;
  for (const m of doc.mentions) {
    if (m.kind !== "body" || !m.state || m.span.end > at || (latest && latest.span.end >= m.span.end)) continue;
    if (findBody(m.entity)?.kind === kind) latest = m;
  }
  return latest;
}
