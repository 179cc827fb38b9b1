/**
 * A large expression compiled to machine code at once. V8 first compiles an expression to bytecode for its
 * interpreter and only on a later use to machine code; for an alternation of hundreds of phrases the bytecode step
 * alone costs 130–310 ms of CPU (the lexicon's transfer words and certainty cues, measured), where machine code
 * costs 15–20 ms. A first search of a subject of 1,000 characters or more makes V8 compile machine code straight
 * away (its `kTierUpForSubjectLengthValue`): one search of blanks here, which finds nothing and leaves `lastIndex`
 * at 0. What the expression matches is the same either way; only the first use is cheaper.
 *
 *     compiledNow(new RegExp(`\\b(?:${hundredsOfPhrases})\\b`, "gi")) -> the same expression, ready
 */
export function compiledNow<R extends RegExp>(re: R): R {
  if (re.source.length < LARGE) return re;
  re.lastIndex = 0;
  re.exec(BLANKS);
  re.lastIndex = 0;
  return re;
}

/** Expressions shorter than this compile fast enough either way. */
const LARGE = 1000;
const BLANKS = " ".repeat(1000);
