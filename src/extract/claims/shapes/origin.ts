import shapes from "../../../knowledge/shapes.json" with { type: "json" };
import { findTriggers } from "../direction.js";
import { partiesIn, type Shape } from "./frame.js";
import { allMatches } from "../../../core/all-matches.js";

const suffix = new RegExp(`^(?:${shapes.origin.suffixes.map((s) => s.replace(/-/g, "[-‐‑–]")).join("|")})\\b`, "i");
const sustain = new RegExp(shapes.origin.sustain, "iu");
// The state itself is masked by a NUL where the phrases say {state}.
const phrases = new RegExp(`\\b(?:${shapes.origin.phrases.map((p) => p.replace("{state}", "\\u0000")).join("|")})`, "giu");

/**
 * "North Korean-made missiles were found", "debris of Iranian origin", "components made in China":
 * a thing's origin, in a sentence with no transfer word, tells that it moved from there. The origin
 * supplies; the holder named in the sentence, or the receiver of the claim before where the origin is
 * its supplier, receives (the assembler's carried parties). The transfer word is placed right after
 * the state and read as a noun of giving, whose giver stands right before it ("Chinese supplies").
 */
export const origin: Shape = ({ doc, sentence }) => {
  const text = doc.slice(sentence);
  const parties = partiesIn(doc, sentence);
  // "Chinese machine tools keep Russian arms factories running": goods of a state that keep another's works going
  // (a clause of its own, whatever transfer words the rest of the sentence has).
  const sustaining = parties.filter((p) => p.form === "adjective" && sustain.test(doc.text.slice(p.span.end, Math.min(sentence.end, p.span.end + 160))) && parties.some((q) => q.span.start > p.span.end && (q.state ?? q.entity) !== (p.state ?? p.entity)));
  if (sustaining.length) return sustaining.map((p) => ({ start: p.span.end, end: p.span.end, text: "", role: "giveNoun" as const }));
  if (findTriggers(text, sentence.start).length) return [];
  const out = [];
  for (const p of parties) {
    // "Iranian-made": the suffix right after the state's adjective.
    const after = doc.text.slice(p.span.end, Math.min(sentence.end, p.span.end + 16));
    const s = suffix.exec(after);
    if (s) {
      out.push({ start: p.span.end, end: p.span.end + s[0].length, text: s[0], role: "giveNoun" as const });
      continue;
    }
    // "of Iranian origin", "made in China": the phrase around the state, with the state masked.
    const from = Math.max(sentence.start, p.span.start - 40);
    const around = doc.text.slice(from, p.span.start) + "\u0000" + doc.text.slice(p.span.end, Math.min(sentence.end, p.span.end + 10));
    phrases.lastIndex = 0;
    for (const m of allMatches(phrases, around)) {
      const at = from + m.index!;
      if (!m[0].includes("\u0000")) continue;
      // Placed right after the state, as a noun of giving is after its giver ("Chinese supplies").
      void at;
      out.push({ start: p.span.end, end: p.span.end, text: "", role: "giveNoun" as const });
      break;
    }
  }
  return out;
};
