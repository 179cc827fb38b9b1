// A vitest reporter that ends every run with what it did not run and why: the tests each missing
// service (the shared folder, PostgreSQL, Chromium) skipped, counted per file, then the other skips,
// then one closing line "tests: N passed, N failed, N skipped". A green run that skipped half the
// suite says so at the bottom instead of hiding it in the scroll-back.
import type { Reporter, TestCase, TestModule } from "vitest/node";
import { fileMarks, SERVICES, type Service } from "./service-list.js";

type Reason = Service | "other";

/** Why a skipped test was skipped: its note ("postgres: ..."), else the file's marks, else "other". */
export function reasonOf(test: { note?: string; fullName: string }, marks: readonly { service: Service }[]): Reason {
  const fromNote = test.note?.split(":")[0];
  if (fromNote && fromNote in SERVICES) return fromNote as Service;
  const services = new Set(marks.map((m) => m.service));
  if (services.has("postgres") && /postgres/i.test(test.fullName)) return "postgres";
  for (const s of Object.keys(SERVICES) as Service[]) if (s !== "postgres" && services.has(s)) return s;
  return "other";
}

interface Tally {
  count: number;
  files: Map<string, number>;
  details: Set<string>;
}

export function summarise(modules: readonly { file: string; broken?: boolean; marks: readonly { service: Service; detail: string }[]; tests: readonly { state: string; note?: string; fullName: string }[] }[]): string[] {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const tallies = new Map<Reason, Tally>();
  for (const m of modules) {
    // A file that failed outside any test (at import, in a hook) counts as one failure.
    if (m.broken && !m.tests.some((t) => t.state === "failed")) failed++;
    for (const t of m.tests) {
      if (t.state === "passed") passed++;
      else if (t.state === "failed") failed++;
      else if (t.state === "skipped") {
        skipped++;
        const reason = reasonOf(t, m.marks);
        const tally = tallies.get(reason) ?? { count: 0, files: new Map(), details: new Set() };
        tally.count++;
        tally.files.set(m.file, (tally.files.get(m.file) ?? 0) + 1);
        for (const mark of m.marks) if (mark.service === reason) tally.details.add(mark.detail);
        tallies.set(reason, tally);
      }
    }
  }
  const lines: string[] = [];
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  for (const reason of [...(Object.keys(SERVICES) as Service[]), "other"] as const) {
    const tally = tallies.get(reason);
    if (!tally) continue;
    const files = [...tally.files].map(([f, n]) => `${f} (${n})`).join(", ");
    if (reason === "other") {
      lines.push(`SKIPPED ${plural(tally.count, "test")} on purpose (skip, todo, filters or opt-in variables such as ARMSFLOW_HEAVY): ${files}`);
      continue;
    }
    const { require, hint } = SERVICES[reason];
    lines.push(`SKIPPED ${plural(tally.count, "test")} in ${plural(tally.files.size, "file")} because ${reason} is missing (${[...tally.details].join("; ")}): ${hint}; ${require}=1 makes this a failure.`);
    lines.push(`  ${files}`);
  }
  lines.push(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  return lines;
}

export default class SkipSummary implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const modules = testModules.map((m) => ({
      file: m.relativeModuleId,
      broken: m.state() === "failed",
      marks: fileMarks(m.meta() as Record<string, unknown>),
      tests: [...m.children.allTests()].map((t: TestCase) => {
        const r = t.result();
        return { state: r.state, note: r.state === "skipped" ? r.note : undefined, fullName: t.fullName };
      }),
    }));
    process.stdout.write(`\n${summarise(modules).join("\n")}\n`);
  }
}
