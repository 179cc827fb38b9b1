import { tagText } from "./src/extract/tag-sentences.js";
import { SentenceSyntax } from "./src/extract/syntax/arguments.js";
import { findTriggers } from "./src/extract/claims/direction.js";
const ss = process.argv.slice(2);
for (const s of ss) {
  const toks = tagText(s);
  const trig = findTriggers(s, 0);
  const syn = new SentenceSyntax(s, toks, trig);
  console.log(syn.chunks.map(c => `[${c.kind}${c.kind==="O"?c.code:""}${c.passive?"(pass)":""} ${s.slice(toks[c.from].span.start, toks[c.to-1].span.end)}]`).join(" "));
  for (const t of trig) { const a = syn.argumentsOf(t, t.role); console.log(" ", t.text, t.role, a && {giver: a.giver.map(x=>s.slice(x.start,x.end)), receiver: a.receiver.map(x=>s.slice(x.start,x.end)), passive: a.passive}); }
  for (const m of s.matchAll(/\b(?:Russia|Ukraine|Ukrainian|Russian|Iran|Iranian|North Korea|North Korean|Kyiv|United States|US|Germany|France|Pyongyang|Moscow|Tehran|Kim|Putin)\b/g)) { const r = syn.notAParty({start:m.index!, end:m.index!+m[0].length}); if (r) console.log("  not a party:", m[0], r); }
}
