#!/usr/bin/env node
// The armsflow command: a thin shell over the engine. Each command lives in commands/ and registers itself.
// Exit status: 0 done, 1 a document not read as given or a ledger that cannot be opened, 2 a usage error.
import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { registerCommands } from "./commands/index.js";
import { oneLine } from "./diagnostics.js";
import { endQuietlyOnClosedPipe } from "./pipe.js";

endQuietlyOnClosedPipe();

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: string };
    return pkg.version ?? "unknown";
  } catch {
    return "unknown";
  }
}

const program = new Command();
program
  .name("armsflow")
  .description("Turns public reports about transfers between states into a sourced, quantified, auditable ledger.")
  .version(version(), "-V, --version", "print the version")
  .showHelpAfterError()
  .exitOverride();
await registerCommands(program, process.argv.slice(2));
// Usage errors commander finds itself (unknown option, missing argument) exit 2 like ours.
for (const command of program.commands) command.exitOverride();

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof CommanderError) {
    // Help and version end with 0; commander has printed its message already.
    process.exitCode = error.exitCode === 0 ? 0 : 2;
    return;
  }
  const exitCode = (error as { exitCode?: unknown }).exitCode;
  console.error(`armsflow: ${oneLine(error instanceof Error ? error.message : String(error))}`);
  // RunError (a missing ledger, an unreachable store) carries 1; argument checks, ours or the engine's, are usage errors.
  process.exitCode = typeof exitCode === "number" ? exitCode : 2;
  if (process.env.ARMSFLOW_DEBUG && error instanceof Error) console.error(error.stack);
});
