// `npm run eval -- DIR`: every ID.txt with its ID.meta.json in DIR → claims as JSONL on standard output
// (the form of ../shared/eval/SCHEMA.md, with spans), nothing else on standard output. Never reads *.gold.json.
import { readInputs } from "../ingest/read-files.js";
import { extractAll } from "./extract-all.js";

const dirs = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (!dirs.length) {
  console.error("usage: npm run eval -- DIR");
  process.exit(2);
}
const { lines, failed } = await extractAll(readInputs(dirs), { link: true });
for (const line of lines) process.stdout.write(`${JSON.stringify(line)}\n`);
for (const f of failed) console.error(f);
// Failed documents are named on standard error; the claims of the others are still the answer.
process.exitCode = 0;
