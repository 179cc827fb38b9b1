import type { Command } from "commander";
import { register as registerServe } from "./serve.js";
import { register as registerEstimate } from "./estimate.js";

/** Every command of the CLI, each in a file of its own that exports `register(program)`. Add one import and one line per command. */
export function registerCommands(program: Command): void {
  void program;
  registerServe(program);
  registerEstimate(program);
}
