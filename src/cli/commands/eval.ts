// `armsflow eval DIR...`: every ID.txt with its ID.meta.json → claims as JSONL (SCHEMA.md form, linked, with spans)
// on standard output and nothing else; diagnostics and counts on standard error.
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
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

/**
 * Each folder read on its own, as `runEval([dir])` reads it (its documents linked among themselves only), into
 * `outDir/NAME.jsonl`, NAME the folder's name; returns the files written. One process for many folders: the start-up
 * and the compiling of the reader on its first pages are paid once, not once a folder.
 */
export async function runEach(dirs: string[], outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  const names = new Set<string>();
  for (const dir of dirs) {
    const name = basename(resolve(dir));
    if (names.has(name)) throw new Error(`eval --each: two folders named ${name}`);
    names.add(name);
    const chunks: string[] = [];
    await runEval([dir], (c) => void chunks.push(c));
    const file = join(outDir, `${name}.jsonl`);
    writeFileSync(file, chunks.join(""));
    written.push(file);
  }
  return written;
}

export function register(program: Command): void {
  program
    .command("eval")
    .description("claims of every report in the folders as JSONL on stdout (the form the scorer reads); exit 1 if a document was not read as given")
    .argument("<dirs...>", "folders (or files) of ID.txt / ID.html with ID.meta.json beside them")
    .option("--json", "accepted for uniformity: the output is always JSONL")
    .option("--each <outdir>", "read each folder on its own into OUTDIR/NAME.jsonl (NAME: the folder's name), in one process")
    .action(async (dirs: string[], options: { each?: string }) => {
      if (options.each) {
        await runEach(dirs, options.each);
        return;
      }
      const tally = await runEval(dirs);
      process.exitCode = tally.notAsGiven ? 1 : 0;
    });
}
