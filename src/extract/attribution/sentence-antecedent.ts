import type { ArmsDocument } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { hasStem, type Speaker } from "./speakers.js";

/** A clause joined to the sentence's main one, right before its "it": ", when it", ", and it", ", after it". */
const laterClause = /,\s*(?:when|after|as|and|but|because|since|before|while|though|although|where|until)\s+$/i;

/** Pointers to a body by its head noun ("the ministry", "the army"), with the stem of that noun to look for in a body's name. */
const bodyPointer = /^the\s+(ministry|department|agency|army|navy|military|government|office|service|council|company|firm)$/i;

/**
 * A body pointer that nothing before the sentence resolves ("the ministry said") stands for the body
 * the same sentence named before it: "The Indian Ministry of Defence has signed a deal ..., the
 * ministry said." Only a body whose name holds the pointer's noun, the latest before the pointer;
 * company and firm take any body named by shape or list. "It" in a later clause, given the sentence, stands for
 * the state or body that opens the sentence. Null where there is none.
 *
 *     ("the ministry" at 80, [Indian Ministry of Defence 4-31]) -> that body, spanning the pointer
 */
export function sentenceAntecedent(doc: ArmsDocument, pointer: Span, speakers: readonly Speaker[], sentence?: Span): Speaker | null {
  // "Chile told the UN of a shipment in May, when it reported selling ...": "it" in a later clause is the state or body the sentence opens with.
  if (sentence && /^it$/i.test(doc.slice(pointer).trim())) {
    const first = speakers.filter((s) => s.span.start >= sentence.start).sort((a, b) => a.span.start - b.span.start)[0];
    const subject = first && (first.kind === "state" || first.kind === "body") && first.span.end <= pointer.start && /^\s*(?:the\s+)?$/i.test(doc.text.slice(sentence.start, first.span.start));
    return subject && laterClause.test(doc.text.slice(first.span.end, pointer.start)) ? { ...first, span: pointer, voice: "pointer", kind: "pointer" } : null;
  }
  const head = bodyPointer.exec(doc.slice(pointer).trim())?.[1].toLowerCase();
  if (!head) return null;
  const any = head === "company" || head === "firm";
  const before = speakers.filter((s) => s.kind === "body" && s.span.end <= pointer.start && (any || hasStem(s.source.org, head.slice(0, 6))));
  const latest = before.sort((a, b) => b.span.end - a.span.end)[0];
  return latest ? { ...latest, span: pointer, voice: "pointer", kind: "pointer" } : null;
}
