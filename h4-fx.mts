import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { processDocument } from "./src/pipeline.js";
import type { Claim } from "./src/core/claim.js";
function line(c: Claim): string {
  const q = c.quantity;
  const figure = q ? `${q.value ?? ""}[${q.min ?? ""},${q.max ?? ""}]${q.unit}${q.approx ? "~" : ""}` : "-";
  return [c.kind, c.supplier ?? "-", c.recipient ?? "-", c.item, figure, c.period?.start ?? "-", c.certainty, c.source.speaker ?? c.source.org ?? "-", c.source.country ?? "-"].join(" ");
}
for (const dir of process.argv.slice(2)) {
  const meta = JSON.parse(readFileSync(join(dir, "meta.json"), "utf8"));
  const doc = processDocument({ path: join(dir, "input.txt"), bytes: readFileSync(join(dir, "input.txt")), meta: { id: basename(dir), ...meta } });
  console.log(basename(dir)); for (const l of doc.claims.map(line).sort()) console.log("  ", l);
}
