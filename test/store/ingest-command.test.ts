// The ingest command's engine on the dev reports: the real pipeline into a temporary SQLite store, twice.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { ingest } from "../../src/cli/commands/ingest.js";
import { openStore } from "../../src/store/open-store.js";
import { DEV, needs } from "../services.js";

it.skipIf(!needs("shared", existsSync(DEV), `missing ${DEV}`))("stores every dev report once, finds them unchanged the second time, and names a failed document", async () => {
  const dir = mkdtempSync(join(tmpdir(), "armsflow-ingest-"));
  const store = await openStore({ db: join(dir, "a.db") });
  try {
    const put = store.putDocument.bind(store);
    const first = await ingest([DEV], put);
    expect(first).toMatchObject({ stored: 7, unchanged: 0, failed: 0 });
    const again = await ingest([DEV, join(dir, "missing.txt")], put);
    expect(again).toMatchObject({ stored: 0, unchanged: 7, failed: 1 });
    expect(again.failures[0].diagnostics[0]).toContain("missing.txt");
    expect(await store.countDocuments()).toBe(7);
    const shin = await store.listStatements({ source: "shin" });
    expect(shin.some((s) => new Set(s.reports.map((r) => r.doc)).size > 1)).toBe(true);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
