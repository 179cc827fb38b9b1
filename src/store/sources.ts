import type { Source } from "../core/claim.js";
import type { SourceRecord } from "../core/ledger.js";
import { bodyStateByName } from "../knowledge/gazetteer.js";
import { knowledge } from "../link/knowledge.js";
import { isMediaSource, normalizeOrg, sourceKey } from "../link/sources.js";
import type { SourceRow } from "./schema.js";

/** The kind of a source, from what the claim says of it: a person, the press, an intelligence body, a government. */
export function sourceKind(s: Source, outlet: string | null): SourceRecord["kind"] {
  // A government body's own page ("U.S. Department of State", "Ministry of Defence of Latvia") speaks for its state:
  // its voice is the government's, not the press's, though the page is its own outlet.
  const org = normalizeOrg(s.org) ?? "";
  const intelligence = org.split(" ").some((w) => knowledge.intelligenceWords.has(w));
  if (!s.speaker && s.org && s.country && bodyStateByName(s.org) === s.country) return intelligence ? "intelligence" : "government";
  if (isMediaSource(s, new Set([normalizeOrg(outlet) ?? ""]))) return "media";
  if (intelligence) return "intelligence";
  if (s.speaker) return s.country ? "official" : "expert";
  return s.country ? "government" : "other";
}

export function sourceRow(s: Source, outlet: string | null): SourceRow {
  return { id: sourceKey(s), speaker: s.speaker, org: s.org, country: s.country, kind: sourceKind(s, outlet) };
}
