// `npm run --silent eval -- DIR` (or `armsflow eval DIR`): every ID.txt with its ID.meta.json in DIR → claims as
// JSONL on standard output (the form of SCHEMA.md, with spans), nothing else on standard output. Never reads *.gold.json.
// Exits 0 even when some documents could not be read (they are named on stderr): the others' claims are still the answer.
// `--each OUTDIR DIR...`: each DIR read on its own, as `eval DIR` reads it, into OUTDIR/NAME.jsonl (NAME: the folder's
// name), in one process: start-up and the first-use compiling are paid once for all the folders instead of once each.
import { runEach, runEval } from "./commands/eval.js";
import { endQuietlyOnClosedPipe } from "./pipe.js";

endQuietlyOnClosedPipe();

const args = process.argv.slice(2);
const each = args.indexOf("--each");
const outDir = each >= 0 ? args[each + 1] : undefined;
const dirs = args.filter((a, i) => !a.startsWith("--") && !(each >= 0 && i === each + 1));
if (!dirs.length || (each >= 0 && !outDir)) {
  console.error("usage: npm run --silent eval -- DIR   (or: npx armsflow eval DIR; --each OUTDIR DIR... for one file per folder)");
  process.exit(2);
}
if (outDir) await runEach(dirs, outDir);
else await runEval(dirs);
process.exitCode = 0;
