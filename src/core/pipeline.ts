import { ArmsDocument, type Stage } from "./document.js";

/** A named stage, so that a thrown error can say which stage broke on which document. */
export interface NamedStage {
  readonly name: string;
  readonly run: Stage;
}

/**
 * Runs the stages in order on one document. A thrown error becomes a fatal diagnostic on that
 * document (never an exception out of here), and a fatal diagnostic stops the later stages.
 */
export function runStages(doc: ArmsDocument, stages: readonly NamedStage[]): ArmsDocument {
  for (const stage of stages) {
    if (doc.failed) break;
    try {
      stage.run(doc);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      doc.report(stage.name, "stage-failed", `stage ${stage.name} failed: ${message}`, "fatal");
    }
  }
  return doc;
}
