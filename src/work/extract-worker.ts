// A worker thread of the extract pool (extract-pool.ts): reads and extracts the documents it is sent, one at
// a time, and sends each back as a WireDocument with its sequence number. It never touches a store.
import { parentPort } from "node:worker_threads";
import { withBudget } from "../core/pipeline.js";
import { processDocument, type IngestInput } from "../pipeline.js";
import { toWire } from "./wire.js";

parentPort?.on("message", (message: { seq: number; input: IngestInput; budgetMs?: number }) => {
  let reply;
  try {
    // A request's tighter time budget (the API's), else the budget per document.
    const run = () => processDocument(message.input);
    reply = { seq: message.seq, doc: toWire(message.budgetMs ? withBudget(message.budgetMs, run) : run()) };
  } catch (error) {
    // processDocument turns stage errors into diagnostics; this is a bug in the wire itself.
    reply = { seq: message.seq, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
