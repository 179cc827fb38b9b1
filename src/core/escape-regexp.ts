/**
 * A literal string made safe to splice into a regular expression: every character with a meaning in a pattern is
 * escaped, so "U.S." or "(HUR)" match only themselves. Lexicon words and names are spliced into patterns in many
 * stages; all of them escape through this one function.
 *
 *     escapeRegExp("U.S. (HUR)") -> "U\\.S\\. \\(HUR\\)"
 */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
