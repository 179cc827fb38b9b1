import type { ArmsDocument, Mention } from "../../../core/document.js";
import { compiledNow } from "../../../core/compiled-regex.js";
import type { Span } from "../../../core/span.js";
import type { Trigger } from "../direction.js";
import type { Context } from "../draft.js";
import { SentenceSyntax } from "../../syntax/arguments.js";
import type { Chunk } from "../../syntax/chunk.js";

/** What a shape sees of one sentence: the document, the sentence, and what the segment carries. */
export interface ShapeInput {
  readonly doc: ArmsDocument;
  readonly index: number;
  readonly sentence: Span;
  readonly ctx: Context;
}

/**
 * A claim shape without a transfer verb: it finds the words that make the sentence tell a transfer
 * and returns them as transfer words with a role, as the assembler's verbs are. It may set the
 * parties the sentence carries (`ctx.supplier`, `ctx.recipient`) where its frame names them elsewhere.
 */
export type Shape = (input: ShapeInput) => Trigger[];

/** The parties named in a span: state and group mentions. */
export function partiesIn(doc: ArmsDocument, span: Span): Mention[] {
  return doc.within(doc.mentions, span).filter((m) => m.kind === "state");
}

/**
 * The sentence's phrase structure as the syntax shapes read it: its chunks, its tokens, and the text span of a
 * chunk; null where the sentence has no syntax (not tagged).
 */
export function shapeSyntax(doc: ArmsDocument, sentence: Span): { chunks: SentenceSyntax["chunks"]; tokens: SentenceSyntax["tokens"]; spanOf: (c: Chunk) => Span } | null {
  const syntax = SentenceSyntax.of(doc, sentence);
  if (syntax.empty) return null;
  const { chunks, tokens } = syntax;
  return { chunks, tokens, spanOf: (c) => ({ start: tokens[c.from].span.start, end: tokens[c.to - 1].span.end }) };
}

/** One alternation, case-insensitive, on word boundaries; `{noun}` stands for the alternation of `nouns`. */
export function frameRegex(patterns: readonly string[], nouns: readonly string[] = []): RegExp {
  const noun = `(?:${[...nouns].sort((a, b) => b.length - a.length).join("|")})`;
  return compiledNow(new RegExp(`\\b(?:${patterns.map((p) => p.replaceAll("{noun}", noun)).join("|")})\\b`, "giu"));
}
