// Who may be retold as one origin weeks or months later (link-claims.ts, retoldByOrigin). Knowledge stays in
// src/knowledge/*.json (bodies, people); this file only reads it through the gazetteer.
import type { Source } from "../core/claim.js";
import { findBody, findPerson } from "../knowledge/gazetteer.js";
import { speaksAs, stateOfKey } from "./canonical-source.js";
import { sameSpeaker, sourceKey } from "./sources.js";

/** Whether a source key is a state's government in general: the state itself, or its body of the kind "government". */
export function isGovernment(key: string): boolean {
  if (key.startsWith("state:")) return true;
  return key.startsWith("body:") && findBody(key.slice(5))?.generic === "government";
}

/** The gazetteer's person a named speaker is, else undefined. */
function personOf(s: Source) {
  const key = sourceKey(s);
  return key.startsWith("person:") ? findPerson(key.slice(7)) : undefined;
}

/** The state a source speaks for: its own, its body's, or its person's (gazetteer), else null. */
function stateOf(s: Source): string | null {
  return s.country ?? stateOfKey(sourceKey(s)) ?? personOf(s)?.state ?? null;
}

/** Whether a named speaker speaks for a body (its key): the body the report gives them, or the gazetteer's, or one that body is part of (speaksAs). */
function speaksFor(speaker: Source, bodyKey: string): boolean {
  if (speaker.org && speaksAs(sourceKey({ speaker: null, org: speaker.org, country: speaker.country }), bodyKey)) return true;
  const p = personOf(speaker);
  return p !== undefined && speaksAs(`body:${p.org}`, bodyKey);
}

/**
 * Whether two sources are one origin of a figure retold later: one person (two named speakers), one body by key, a
 * named official and the body they speak for (a minister's figure retold as the ministry's), or a state's government
 * in general and a body or official of that state (a ministry's figure retold as the capital's, "Copenhagen says").
 * The caller has set aside the press, outlets in their own voice and placeholders.
 *
 *     oneRetoldOrigin({speaker: "Ana Prus", org: "Ruthenian Ministry of Defence", country: "RTH"},
 *                     {speaker: null, org: "Ruthenian government", country: "RTH"}) → true
 */
export function oneRetoldOrigin(a: Source, b: Source): boolean {
  if (a.speaker && b.speaker) return sameSpeaker(a.speaker, b.speaker) || sourceKey(a) === sourceKey(b);
  const ka = sourceKey(a), kb = sourceKey(b);
  if (ka === kb) return true;
  if (a.speaker && speaksFor(a, kb)) return true;
  if (b.speaker && speaksFor(b, ka)) return true;
  const governs = (key: string, other: Source) => isGovernment(key) && stateOfKey(key) === stateOf(other);
  return governs(ka, b) || governs(kb, a);
}
