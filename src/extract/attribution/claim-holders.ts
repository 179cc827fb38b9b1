import type { ArmsDocument } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { stateByIso3 } from "../../knowledge/gazetteer.js";
import { type Speaker, tokens } from "./speakers.js";

// A noun of saying that opens the claim it holds: "'s recent statement that", " claims to have", "'s claims he could".
const claimNoun = /^(?:['’]s?)?\s+(?:(?:own|recent|earlier|latest|repeated|previous|new|public|official)\s+)?(?:claims?|statements?|allegations?|accusations?|assertions?|charges?)\s+(?:that|to\s+have|(?:he|she|they|it|we)\s+(?!said\b|says\b)\p{Ll}+)\b/iu;

/**
 * Those whose claim a sentence tells as a noun of saying, where no verb of saying names a speaker: "the
 * numbers clash with Dutch claims to have shipped ...", "responding to the Pentagon's statement that ...".
 * The claim after "that" is theirs, not the outlet's. A state adjective stands for its government.
 *
 *     "... Dutch claims to have shipped 40 trucks" -> [Dutch government]
 */
export function claimHolders(doc: ArmsDocument, speakers: readonly Speaker[], sentence: Span): Speaker[] {
  const holds = (s: Span) => claimNoun.test(doc.text.slice(s.end, Math.min(sentence.end, s.end + 60)));
  const out = speakers.filter((s) => s.kind !== "pointer" && holds(s.span));
  for (const m of doc.within(doc.mentions, sentence)) {
    if (m.kind !== "state" || m.form !== "adjective" || !holds(m.span) || out.some((o) => o.span.start <= m.span.start && m.span.end <= o.span.end)) continue;
    const adjective = stateByIso3(m.entity)?.adjectives?.[0] ?? m.name;
    out.push({ span: m.span, kind: "state", voice: "named", source: { speaker: null, org: `${adjective} government`, country: m.state } });
  }
  out.sort((a, b) => a.span.start - b.span.start);
  // "The Kremlin cast doubt on Japanese claims that ...": the one who doubts or denies the claims right before them speaks, not their holders.
  const answerer = out.length ? answering(doc, speakers, out[0].span.start, sentence) : null;
  return answerer ? [answerer] : out;
}

/** The speaker who opens a clause doubting or denying (a certainty cue) what stands at `at`: "The Kremlin on Monday cast doubt on" before "Japanese claims". */
function answering(doc: ArmsDocument, speakers: readonly Speaker[], at: number, sentence: Span): Speaker | null {
  const gap = (a: number, b: number) => doc.text.slice(a, b);
  const cue = doc.within(doc.cues, sentence).filter((c) => (c.certainty === "denied" || c.certainty === "doubted") && c.span.end <= at && !/[,.;:“”"]/.test(gap(c.span.end, at)) && tokens(gap(c.span.end, at)) <= 5).pop();
  if (!cue) return null;
  const subject = speakers.filter((s) => s.kind !== "pointer" && s.kind !== "media" && s.span.end <= cue.span.start).pop();
  if (!subject || /[,.;:“”"]/.test(gap(subject.span.end, cue.span.start)) || tokens(gap(subject.span.end, cue.span.start)) > 4) return null;
  return subject;
}

