// `npm run --silent eval -- DIR` (or `armsflow eval DIR`): every ID.txt with its ID.meta.json in DIR → claims as
// JSONL on standard output (the form of SCHEMA.md, with spans), nothing else on standard output. Never reads *.gold.json.
// Exits 0 even when some documents could not be read (they are named on stderr): the others' claims are still the answer.
import { runEval } from "./commands/eval.js";
import { endQuietlyOnClosedPipe } from "./pipe.js";

endQuietlyOnClosedPipe();

const dirs = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (!dirs.length) {
  console.error("usage: npm run --silent eval -- DIR   (or: npx armsflow eval DIR)");
  process.exit(2);
}
await runEval(dirs);
process.exitCode = 0;
