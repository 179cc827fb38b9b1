import { readFileSync } from "node:fs";
import { processDocument } from "./src/pipeline.js";
const [id, pat] = process.argv.slice(2);
const meta = JSON.parse(readFileSync(`/tmp/pool/${id}.meta.json`, "utf8"));
const doc = processDocument({ path: `${id}.txt`, bytes: readFileSync(`/tmp/pool/${id}.txt`), meta: { ...meta, id } });
for (const c of doc.claims) if (c.evidence.text.includes(pat)) console.log("CLAIM", c.kind, c.supplier, c.recipient, c.item);
