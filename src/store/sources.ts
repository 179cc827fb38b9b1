import type { Source } from "../core/claim.js";
import type { SourceRecord } from "../core/ledger.js";
import { knowledge } from "../link/knowledge.js";
import { isMediaSource, normalizeOrg, sourceKey } from "../link/sources.js";
import type { SourceRow } from "./schema.js";

/** The kind of a source, from what the claim says of it: a person, the press, an intelligence body, a government. */
export function sourceKind(s: Source, outlet: string | null): SourceRecord["kind"] {
  if (isMediaSource(s, new Set([normalizeOrg(outlet) ?? ""]))) return "media";
  const org = normalizeOrg(s.org) ?? "";
  if (org.split(" ").some((w) => knowledge.intelligenceWords.has(w))) return "intelligence";
  if (s.speaker) return s.country ? "official" : "expert";
  return s.country ? "government" : "other";
}

export function sourceRow(s: Source, outlet: string | null): SourceRow {
  return { id: sourceKey(s), speaker: s.speaker, org: s.org, country: s.country, kind: sourceKind(s, outlet) };
}
