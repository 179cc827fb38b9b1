// `armsflow eval DIR...`: every ID.txt with its ID.meta.json → claims as JSONL (SCHEMA.md form, linked, with spans)
// on standard output and nothing else; diagnostics and counts on standard error.
import type { Command } from "commander";
import { readInputs } from "../../ingest/read-files.js";
import { DiagnosticTally } from "../diagnostics.js";
import { extractAll } from "../extract-all.js";

/** Writes the claims of the folders as JSONL and the diagnostics account on stderr; returns the tally. */
export async function runEval(dirs: string[], write: (chunk: string) => void = (c) => void process.stdout.write(c)): Promise<DiagnosticTally> {
  const { lines, documents } = await extractAll(readInputs(dirs), { link: true });
  for (const line of lines) write(`${JSON.stringify(line)}\n`);
  const tally = new DiagnosticTally();
  for (const d of documents) tally.add(d.diagnostics);
  tally.print();
  return tally;
}

export function register(program: Command): void {
  program
    .command("eval")
    .description("claims of every report in the folders as JSONL on stdout (the form the scorer reads); exit 1 if a document was not read as given")
    .argument("<dirs...>", "folders (or files) of ID.txt / ID.html with ID.meta.json beside them")
    .option("--json", "accepted for uniformity: the output is always JSONL")
    .action(async (dirs: string[]) => {
      const tally = await runEval(dirs);
      process.exitCode = tally.notAsGiven ? 1 : 0;
    });
}
