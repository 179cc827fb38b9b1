import type { ArmsDocument, Stage } from "../core/document.js";
import { implausible, parseAmounts } from "./amounts/scan.js";

export { parseAmounts } from "./amounts/scan.js";

export interface ParseAmountsOptions {
  /** Also read sentences that find-candidates set aside (default false). */
  readonly all?: boolean;
}

/**
 * Stage: finds the amounts of every candidate sentence ("about 6,700 containers", "over 3 million
 * 152mm shells") and adds them to `doc.amounts`, in document offsets.
 */
export function parseAmountsStage(options: ParseAmountsOptions = {}): Stage {
  return (doc: ArmsDocument) => {
    for (const sentence of doc.sentences) {
      if (sentence.candidate === false && !options.all) continue;
      try {
        // (The states named in it: "gave Ukraine 40 tanks" counts 40, where "Leopard 2 tanks" names a model.)
        const names = doc.within(doc.mentions, sentence.span).filter((m) => m.kind === "state" && m.form !== "adjective").map((m) => m.span);
        for (const amount of parseAmounts(doc.slice(sentence.span), sentence.span.start, names)) {
          // "a quintillion shells": a figure no trade reaches is a misreading, named, and no amount.
          if (implausible(amount)) doc.report("parse-amounts", "amount-implausible", `a figure too large to be an amount: ${doc.slice(amount.span)}`, "warning", amount.span);
          else doc.amounts.push(amount);
        }
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        doc.report("parse-amounts", "amount-parse-failed", `could not read the amounts of a sentence: ${message}`, "warning", sentence.span);
      }
    }
  };
}

export default parseAmountsStage;
