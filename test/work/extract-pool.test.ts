import { describe, expect, it } from "vitest";
import { toSchemaClaim } from "../../src/core/claim.js";
import type { InputFile } from "../../src/ingest/read-files.js";
import { extractInOrder } from "../../src/work/extract-pool.js";
import { generateCrawl } from "../../bench/generate-pages.js";

async function* inputs(pages: readonly InputFile[]): AsyncGenerator<InputFile> {
  yield* pages;
}

const run = async (pages: readonly InputFile[], jobs: number) => {
  const out: { id: string; claims: unknown[]; hash: string; diagnostics: string[] }[] = [];
  for await (const { input, doc } of extractInOrder(inputs(pages), { jobs, published: "2025-06-01" })) {
    expect(doc.path).toBe(input.path);
    out.push({ id: doc.meta.id, claims: doc.claims.map(toSchemaClaim), hash: doc.hash, diagnostics: doc.diagnostics.map((d) => d.code) });
  }
  return out;
};

describe("extractInOrder", () => {
  it("gives with two worker threads what one thread gives, in input order, bad pages included", async () => {
    const pages: InputFile[] = [...generateCrawl({ mb: 0.03, onTopic: 0.5, seed: 5 })].map((p) => ({ path: `${p.id}.${p.ext}`, bytes: Buffer.from(p.body), meta: { id: p.id, outlet: p.meta.outlet } }));
    // An empty page fails alone; the batch goes on.
    pages.splice(3, 0, { path: "empty.txt", bytes: new Uint8Array(0), meta: { id: "empty" } });
    const one = await run(pages, 1);
    const two = await run(pages, 2);
    expect(two.map((d) => d.id)).toEqual(pages.map((p) => p.meta.id));
    expect(two).toEqual(one);
    expect(one.some((d) => d.claims.length > 0)).toBe(true);
    expect(one.find((d) => d.id === "empty")!.diagnostics.length).toBeGreaterThan(0);
  });
});
