import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { processDocument } from "./src/pipeline.js";
const [path, metaPath, grep] = process.argv.slice(2);
const meta = JSON.parse(readFileSync(metaPath, "utf8"));
const doc = processDocument({ path, bytes: readFileSync(path), meta: { id: basename(path), ...meta } });
for (const a of doc.attributions) {
  const t = doc.slice(doc.sentences[a.sentence].span);
  if (grep && !new RegExp(grep, "i").test(t)) continue;
  console.log(`[${a.sentence}] ${t.slice(0, 160)}\n   -> ${a.sources.map((s) => [s.speaker ?? "-", s.org ?? "-", s.country ?? "-"].join(" | ")).join(" ;; ")} ${a.relays.length ? "relays " + a.relays.join(",") : ""} (${a.voice})`);
}
if (process.env.MENTIONS) for (const s of doc.sentences) {
  const t = doc.slice(s.span);
  if (grep && !new RegExp(grep, "i").test(t)) continue;
  for (const m of doc.within(doc.mentions, s.span)) console.log("  M", m.kind, JSON.stringify(doc.slice(m.span)), m.state, m.name, m.form);
}
