#!/usr/bin/env node
// The armsflow command: a thin shell over the engine. Each command lives in commands/ and registers itself.
import { Command } from "commander";
import { registerCommands } from "./commands/index.js";

const program = new Command();
program
  .name("armsflow")
  .description("Turns public reports about transfers between states into a sourced, quantified, auditable ledger.")
  .showHelpAfterError();
registerCommands(program);
program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(`armsflow: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
