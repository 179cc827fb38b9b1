import { readFileSync } from "node:fs";
import { processDocument } from "./src/pipeline.js";
import { personNames } from "./src/extract/attribution/names.js";
const [path, metaPath, grep] = process.argv.slice(2);
const doc = processDocument({ path, bytes: readFileSync(path), meta: { id: "x", ...JSON.parse(readFileSync(metaPath, "utf8")) } });
for (const s of doc.sentences) {
  const t = doc.slice(s.span);
  if (!new RegExp(grep, "i").test(t)) continue;
  console.log(personNames(doc, s.span, doc.within(doc.mentions, s.span)).map((x) => doc.slice(x)));
  console.log(doc.within(doc.tokens, s.span).slice(0, 8).map((t) => doc.slice(t.span) + "/" + t.pos).join(" "));
}
import { speakersIn } from "./src/extract/attribution/speakers.js";
import { NameMemory } from "./src/extract/attribution/names.js";
for (const s of doc.sentences) {
  const t = doc.slice(s.span);
  if (!new RegExp(grep, "i").test(t)) continue;
  for (const sp of speakersIn(doc, s.span, { last: [], named: [], names: new NameMemory(doc) })) console.log(sp.kind, JSON.stringify(doc.slice(sp.span)), JSON.stringify(sp.source));
}
