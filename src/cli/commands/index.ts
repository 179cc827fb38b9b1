import type { Command } from "commander";

type Module = { register(program: Command): void };

/**
 * Every command of the CLI, each in a file of its own that exports `register(program)`: add one line here.
 * Loaded on demand, so that a command imports only what it runs (`armsflow flows` never loads the
 * extraction pipeline, `armsflow --version` loads none of them).
 */
const COMMANDS: Record<string, () => Promise<Module>> = {
  serve: () => import("./serve.js"),
  estimate: () => import("./estimate.js"),
  ingest: () => import("./ingest.js"),
  flows: () => import("./flows.js"),
  flow: () => import("./flow.js"),
  statements: () => import("./statements.js"),
  export: () => import("./export.js"),
  extract: () => import("./extract.js"),
  eval: () => import("./eval.js"),
  queue: () => import("./queue.js"),
  worker: () => import("./worker.js"),
  check: () => import("./check.js"),
  import: () => import("./import.js"),
  delete: () => import("./delete.js"),
};

/**
 * Registers the command `argv` names (its first word that is no option), or every command where it names
 * none of them (help, a mistyped name: the full list is shown); nothing for a lone `--version`.
 */
export async function registerCommands(program: Command, argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const name = argv.find((a) => !a.startsWith("-"));
  const versionOnly = argv.length === 1 && (argv[0] === "-V" || argv[0] === "--version");
  const names = name && Object.hasOwn(COMMANDS, name) ? [name] : versionOnly ? [] : Object.keys(COMMANDS);
  const modules = await Promise.all(names.map((n) => COMMANDS[n]()));
  for (const m of modules) m.register(program);
}
