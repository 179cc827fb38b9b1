import type { ArmsDocument, Attribution, Sentence } from "../../core/document.js";
import { bodyStateByName, outletByName } from "../../knowledge/gazetteer.js";
import type { NameMemory } from "./names.js";

// A line opened by a label and a colon: "Ana Ruiz: ...", "Q12 Ana Ruiz: ...", "KR: ...". The label is short and
// holds no sentence end (a question number may lead it).
const labelled = /^[ \t]*(?:Q\d{1,4}[ \t]+)?[^\s:.?!;,][^:\n.?!;]{0,58}:[ \t]/;

/** Whether a sentence opens with a label and a colon ("Ruiz: ...", "Q3 Chair: ..."), which may open or end a turn. */
export const labelledLine = (text: string): boolean => labelled.test(text);

/**
 * Turns of a transcript or an interview: a line that opens with a person's name and a colon ("Ana Ruiz: We sent
 * rifles. More will follow.") gives the person's words up to the end of the paragraph, and the sentences after
 * the first are theirs too. Any other labelled line ("KR:", "Q12 Chair:") or a new paragraph ends the turn.
 *
 *     "Ruiz: Thanks. | We sent 40 rifles to Peru." (at the second sentence) -> Ruiz's attribution
 */
export class Turns {
  private turn: { attribution: Omit<Attribution, "sentence">; paragraph: number } | null = null;

  constructor(private readonly doc: ArmsDocument, private readonly names: NameMemory) {}

  /** Reads where a sentence stands: a labelled line opens (with a person who speaks at its label) or ends a turn. */
  see(sentence: Sentence, found: Omit<Attribution, "sentence"> | null, speakerAt: number | null): void {
    const { text } = this.doc;
    const paragraph = text.lastIndexOf("\n", sentence.span.start - 1) + 1;
    if (this.turn && this.turn.paragraph !== paragraph) this.turn = null;
    if (!/^[ \t]*$/.test(text.slice(paragraph, sentence.span.start))) return;
    const label = labelled.exec(this.doc.slice(sentence.span));
    if (!label) return;
    const colon = sentence.span.start + label[0].lastIndexOf(":");
    // (The person must stand in the label itself: "Chair: Minister X said ..." is the chair's line, not X's turn.)
    const own = found && found.voice === "named" && found.sources.length === 1 && found.sources[0].speaker && speakerAt !== null && speakerAt < colon;
    this.turn = own ? { attribution: { ...found, span: null, spans: [] }, paragraph } : null;
  }

  /** The attribution of the turn a sentence goes on, where it is in the paragraph of one. */
  carried(sentence: Sentence, index: number): Attribution | null {
    if (!this.turn) return null;
    const paragraph = this.doc.text.lastIndexOf("\n", sentence.span.start - 1) + 1;
    if (paragraph !== this.turn.paragraph) return null;
    const { attribution } = this.turn;
    const [source] = attribution.sources;
    if (source.country) return { ...attribution, sentence: index };
    // ("Marchenko:" after "Oleh Marchenko, Ukraine's deputy minister": the person as the page introduced them;
    // else, on a page a state's body keeps, a hearing's witness speaks for that state.)
    const known = this.names.person((source.speaker ?? "").split(/\s+/).pop() ?? "");
    const country = known?.country ?? keeperState(this.doc);
    return { ...attribution, sources: [{ ...source, org: known?.org ?? source.org, country }], sentence: index };
  }
}

/**
 * The state of the body that keeps the page, where the outlet is no news medium but a body or a part of one
 * ("Bundestag Defence Committee": a committee of the Bundestag). Null for news outlets.
 */
function keeperState(doc: ArmsDocument): string | null {
  const outlet = doc.meta.outlet;
  if (!outlet || outletByName(outlet)) return null;
  const words = outlet.split(/\s+/);
  for (let n = words.length; n >= 1; n--) {
    const state = bodyStateByName(words.slice(0, n).join(" "));
    if (state) return state;
  }
  return null;
}
