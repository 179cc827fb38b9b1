import { processDocument } from "./src/pipeline.js";
import { SentenceSyntax } from "./src/extract/syntax/arguments.js";
import { findTriggers } from "./src/extract/claims/direction.js";
for (const s of process.argv.slice(2)) {
  const doc = processDocument({ path: "x.txt", bytes: new TextEncoder().encode(s), meta: { id: "x", outlet: "Wire", published: "2024-05-01" } });
  for (const sent of doc.sentences) {
    const toks = doc.within(doc.tokens, sent.span);
    const syn = new SentenceSyntax(doc.text, toks, findTriggers(doc.slice(sent.span), sent.span.start));
    const t = doc.text;
    console.log(syn.chunks.map(c => `[${c.kind}${c.kind==="O"?c.code:""}${c.passive?"(pass)":""} ${t.slice(toks[c.from].span.start, toks[c.to-1].span.end)}]`).join(" "));
    console.log("  tags:", toks.map(k=>t.slice(k.span.start,k.span.end)+"/"+k.pos).join(" "));
    for (const m of doc.within(doc.mentions, sent.span)) console.log("  mention", m.kind, m.entity, JSON.stringify(doc.slice(m.span)), syn.notAParty(m.span));
    for (const tr of findTriggers(doc.slice(sent.span), sent.span.start)) { const a = syn.argumentsOf(tr, tr.role); console.log("  trig", tr.text, tr.role, a && JSON.stringify({g: a.giver.map(x=>t.slice(x.start,x.end)), r: a.receiver.map(x=>t.slice(x.start,x.end)), p: a.passive})); }
  }
  for (const c of doc.claims) console.log("  CLAIM", c.kind, c.supplier, c.recipient, c.item, c.certainty);
}
