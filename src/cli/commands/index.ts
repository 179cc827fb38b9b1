import type { Command } from "commander";
import { register as registerServe } from "./serve.js";
import { register as registerEstimate } from "./estimate.js";
import { register as registerIngest } from "./ingest.js";
import { register as registerFlows } from "./flows.js";
import { register as registerFlow } from "./flow.js";
import { register as registerStatements } from "./statements.js";
import { register as registerExport } from "./export.js";
import { register as registerExtract } from "./extract.js";
import { register as registerEval } from "./eval.js";
import { register as registerQueue } from "./queue.js";
import { register as registerWorker } from "./worker.js";
import { register as registerCheck } from "./check.js";
import { register as registerImport } from "./import.js";

/** Every command of the CLI, each in a file of its own that exports `register(program)`. Add one import and one line per command. */
export function registerCommands(program: Command): void {
  registerServe(program);
  registerEstimate(program);
  registerIngest(program);
  registerFlows(program);
  registerFlow(program);
  registerStatements(program);
  registerExport(program);
  registerExtract(program);
  registerEval(program);
  registerQueue(program);
  registerWorker(program);
  registerCheck(program);
  registerImport(program);
}
