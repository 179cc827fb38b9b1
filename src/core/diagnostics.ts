import type { Span } from "./span.js";

/** How bad a diagnostic is: `fatal` means the document could not be read at all. */
export type Severity = "info" | "warning" | "error" | "fatal";

/** A coded message about one document, with the stage that raised it and, where known, its position. */
export interface Diagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly stage: string;
  readonly span?: Span;
  readonly line?: number;
}
