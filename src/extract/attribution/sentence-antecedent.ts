import type { ArmsDocument } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { hasStem, type Speaker } from "./speakers.js";

/** Pointers to a body by its head noun ("the ministry", "the army"), with the stem of that noun to look for in a body's name. */
const bodyPointer = /^the\s+(ministry|department|agency|army|navy|military|government|office|service|council|company|firm)$/i;

/**
 * A body pointer that nothing before the sentence resolves ("the ministry said") stands for the body
 * the same sentence named before it: "The Indian Ministry of Defence has signed a deal ..., the
 * ministry said." Only a body whose name holds the pointer's noun, the latest before the pointer;
 * company and firm take any body named by shape or list. Null where there is none.
 *
 *     ("the ministry" at 80, [Indian Ministry of Defence 4-31]) -> that body, spanning the pointer
 */
export function sentenceAntecedent(doc: ArmsDocument, pointer: Span, speakers: readonly Speaker[]): Speaker | null {
  const head = bodyPointer.exec(doc.slice(pointer).trim())?.[1].toLowerCase();
  if (!head) return null;
  const any = head === "company" || head === "firm";
  const before = speakers.filter((s) => s.kind === "body" && s.span.end <= pointer.start && (any || hasStem(s.source.org, head.slice(0, 6))));
  const latest = before.sort((a, b) => b.span.end - a.span.end)[0];
  return latest ? { ...latest, span: pointer, voice: "pointer", kind: "pointer" } : null;
}
