/**
 * The matches of a global expression, as `text.matchAll(re)` gives them, without its cost. `matchAll` copies the
 * expression and searches with the copy; V8 keeps compiled expressions only a while, so on a busy heap the copy is
 * often compiled to machine code anew (with `--no-regexp-tier-up`, at once), which for the reader's alternations
 * costs many times the search itself. Here the expression itself searches, from its `lastIndex` as `matchAll`'s copy
 * does, and its `lastIndex` is put back afterwards, so a caller sees no difference: the same matches in the same
 * order, an empty match stepping on by one character (a whole code point under "u" or "v"), and a TypeError for an
 * expression without "g".
 *
 *     allMatches(/\d+/g, "3 and 4").map((m) => m.index) -> [0, 6]
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError("allMatches needs an expression with the g flag, as String.prototype.matchAll does");
  const unicode = re.unicode || (re as RegExp & { readonly unicodeSets?: boolean }).unicodeSets === true;
  const from = re.lastIndex;
  const out: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push(m);
      if (m[0].length === 0) re.lastIndex = advance(text, re.lastIndex, unicode);
    }
  } finally {
    re.lastIndex = from;
  }
  return out;
}

/** Where the search goes on after an empty match at `at`: one character on, or one code point under "u". */
function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const lead = text.charCodeAt(at);
  const trail = text.charCodeAt(at + 1);
  return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff ? at + 2 : at + 1;
}
