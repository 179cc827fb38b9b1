// The end-of-run account of every document diagnostic: each problem named once on stderr, then counts by code.
// A document "not read as given" (it failed, or its metadata was dropped) makes the run exit 1.

export interface DiagnosticLike {
  readonly code: string;
  readonly severity: string;
  readonly message: string;
  readonly stage?: string;
}

const SHOWN_PER_CODE = 10;
const ORDER = ["fatal", "error", "warning", "info"];

/** Whether a document with these diagnostics was not read as given: it failed, or part of what it came with was dropped. */
export function notReadAsGiven(diagnostics: readonly DiagnosticLike[]): boolean {
  return diagnostics.some((d) => d.severity === "fatal" || d.severity === "error" || (d.stage === "read-files" && d.severity === "warning"));
}

export class DiagnosticTally {
  private readonly byCode = new Map<string, { severity: string; count: number; messages: string[] }>();
  documents = 0;
  withDiagnostics = 0;
  notAsGiven = 0;

  /** Counts one document's diagnostics. */
  add(diagnostics: readonly DiagnosticLike[]): void {
    this.documents++;
    if (diagnostics.length) this.withDiagnostics++;
    if (notReadAsGiven(diagnostics)) this.notAsGiven++;
    for (const d of diagnostics) {
      const entry = this.byCode.get(d.code) ?? { severity: d.severity, count: 0, messages: [] };
      entry.count++;
      if (ORDER.indexOf(d.severity) < ORDER.indexOf(entry.severity)) entry.severity = d.severity;
      if (d.severity !== "info" && entry.messages.length < SHOWN_PER_CODE) entry.messages.push(d.message);
      this.byCode.set(d.code, entry);
    }
  }

  /** The lines for stderr: each shown problem, then one count per code (most severe first); empty when there was none. */
  lines(): string[] {
    if (!this.byCode.size) return [];
    const entries = [...this.byCode.entries()].sort((a, b) => ORDER.indexOf(a[1].severity) - ORDER.indexOf(b[1].severity) || b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1));
    const out: string[] = [];
    for (const [code, e] of entries) {
      for (const m of e.messages) out.push(`${e.severity} ${code}: ${oneLine(m)}`);
      if (e.count > e.messages.length && e.severity !== "info") out.push(`${e.severity} ${code}: ... and ${e.count - e.messages.length} more`);
    }
    out.push(`diagnostics: ${this.withDiagnostics} of ${this.documents} documents, ${this.notAsGiven} not read as given`);
    for (const [code, e] of entries) out.push(`  ${e.severity.padEnd(7)} ${code.padEnd(24)} ${e.count}`);
    return out;
  }

  /** Writes the account to stderr. */
  print(write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): void {
    for (const line of this.lines()) write(line);
  }
}

/** A message as one terminal line: control characters (escape sequences, newlines in file names) shown, not obeyed. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
