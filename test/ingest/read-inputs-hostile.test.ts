// readInputs against what a user's crawl or a hostile folder holds: dates in many forms, broken meta files,
// two documents with one id, pipes, devices and links (issues 13.2, 13.5, 14).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readDocument, readInputs } from "../../src/ingest/index.js";
import { metaDate } from "../../src/ingest/read-metadata.js";

const all = async (paths: string[], options = {}) => {
  const out = [];
  for await (const input of readInputs(paths, options)) out.push(input);
  return out;
};
const codes = (input: { problems?: readonly { code: string }[] }) => (input.problems ?? []).map((p) => p.code);

describe("metaDate", () => {
  it("reads ISO dates and date-times, RFC 2822 and written dates, as the day written", () => {
    expect(metaDate("2024-06-14")).toBe("2024-06-14");
    expect(metaDate("2024-06-14T09:30:00Z")).toBe("2024-06-14");
    expect(metaDate("2024-06-14T23:45:10.250-05:00")).toBe("2024-06-14");
    expect(metaDate("Fri, 14 Jun 2024 09:30:00 +0000")).toBe("2024-06-14");
    expect(metaDate("June 14, 2024")).toBe("2024-06-14");
    expect(metaDate("14 June 2024")).toBe("2024-06-14");
    expect(metaDate("Sept 3, 2023")).toBe("2023-09-03");
    expect(metaDate("29 Feb 2024")).toBe("2024-02-29");
  });
  it("refuses what is not a calendar day or not one of the forms", () => {
    for (const bad of ["2024-02-30", "29 February 2023", "2024-13-01", "14/06/2024", "yesterday", "Smarch 3, 2024", "2024"]) expect(metaDate(bad), bad).toBeNull();
  });
});

describe("readInputs on a hostile folder", () => {
  const dir = mkdtempSync(join(tmpdir(), "armsflow-hostile-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const text = "A freighter carried 200 tonnes of grain to the port, the agency said.\n";

  it("reads files whose names are not UTF-8 (and their meta files) by their own bytes", async () => {
    const d = join(dir, "latin1");
    mkdirSync(d);
    // "rapport-é", "données" and "señal" as Latin-1 bytes: names an old crawl may carry.
    const names = [Buffer.from("rapport-\xe9.txt", "latin1"), Buffer.from("donn\xe9es.html", "latin1"), Buffer.from("se\xf1al.txt", "latin1")];
    for (const name of names) writeFileSync(Buffer.concat([Buffer.from(d + "/"), name]), name.toString("latin1").endsWith(".html") ? `<p>${text}</p>` : text);
    writeFileSync(Buffer.concat([Buffer.from(d + "/"), Buffer.from("se\xf1al.meta.json", "latin1")]), JSON.stringify({ id: "signal-report", published: "2024-05-06" }));
    const inputs = await all([d]);
    expect(inputs).toHaveLength(3);
    for (const input of inputs) {
      expect(codes(input), input.path).toEqual([]);
      expect(new TextDecoder().decode(input.bytes)).toContain("200 tonnes of grain");
    }
    expect(inputs.find((i) => i.meta.id === "signal-report")?.meta.published).toBe("2024-05-06");
  });

  it("keeps dates written as date-times or in words, and names a date it cannot read", async () => {
    const d = join(dir, "dates");
    mkdirSync(d);
    const published = { iso: "2024-06-14T09:30:00Z", rfc: "Fri, 14 Jun 2024 09:30:00 +0000", us: "June 14, 2024", uk: "14 June 2024", junk: "the day before yesterday", impossible: "2024-02-30" };
    for (const [id, p] of Object.entries(published)) {
      writeFileSync(join(d, `${id}.txt`), text);
      writeFileSync(join(d, `${id}.meta.json`), JSON.stringify({ id, published: p }));
    }
    const inputs = await all([d]);
    const by = Object.fromEntries(inputs.map((i) => [i.meta.id, i]));
    for (const id of ["iso", "rfc", "us", "uk"]) {
      expect(by[id]!.meta.published, id).toBe("2024-06-14");
      expect(codes(by[id]!), id).toEqual([]);
    }
    for (const id of ["junk", "impossible"]) {
      expect(by[id]!.meta.published).toBeUndefined();
      expect(codes(by[id]!)).toEqual(["meta-bad-date"]);
      expect(by[id]!.problems![0]!.message).toContain(`${id}.meta.json`);
    }
  });

  it("reads a meta file with a byte order mark, and names wrong types and broken JSON", async () => {
    const d = join(dir, "meta");
    mkdirSync(d);
    for (const id of ["bom", "types", "broken", "array"]) writeFileSync(join(d, `${id}.txt`), text);
    writeFileSync(join(d, "bom.meta.json"), `\uFEFF${JSON.stringify({ id: "bom", outlet: "Wire", published: "2024-01-02" })}`);
    writeFileSync(join(d, "types.meta.json"), JSON.stringify({ id: "types", outlet: 7, published: 20240102, title: ["a"] }));
    writeFileSync(join(d, "broken.meta.json"), "{ \"id\": \"broken\", ");
    writeFileSync(join(d, "array.meta.json"), "[1, 2]");
    const by = Object.fromEntries((await all([d])).map((i) => [i.meta.id, i]));
    expect(by.bom!.meta).toEqual({ id: "bom", outlet: "Wire", published: "2024-01-02" });
    expect(codes(by.bom!)).toEqual(["meta-bom"]);
    expect(codes(by.types!)).toEqual(["meta-wrong-type", "meta-wrong-type", "meta-wrong-type"]);
    expect(by.types!.problems!.map((p) => p.message).join(" ")).toMatch(/"outlet" must be a string/);
    expect(codes(by.broken!)).toEqual(["bad-meta"]);
    expect(codes(by.array!)).toEqual(["bad-meta"]);
    // Each problem is a named diagnostic on the document, which is still read.
    const doc = readDocument(by.types!);
    expect(doc.failed).toBe(false);
    expect(doc.diagnostics.filter((x) => x.code === "meta-wrong-type")).toHaveLength(3);
  });

  it("refuses the second of two documents with one id, across folders or by meta id", async () => {
    const d = join(dir, "ids");
    mkdirSync(join(d, "a"), { recursive: true });
    mkdirSync(join(d, "b"));
    writeFileSync(join(d, "a", "index.txt"), text);
    writeFileSync(join(d, "b", "index.txt"), "Another story entirely, about 30 trucks of flour sent north.\n");
    writeFileSync(join(d, "one.txt"), text);
    writeFileSync(join(d, "one.meta.json"), JSON.stringify({ id: "shared-id" }));
    writeFileSync(join(d, "two.txt"), text);
    writeFileSync(join(d, "two.meta.json"), JSON.stringify({ id: "shared-id" }));
    const inputs = await all([d]);
    const collisions = inputs.filter((i) => codes(i).includes("id-collision"));
    expect(collisions.map((i) => i.path.slice(d.length + 1)).sort()).toEqual(["b/index.txt", "two.txt"]);
    expect(collisions[0]!.problem!.message).toMatch(/already taken/);
    for (const c of collisions) expect(readDocument(c).failed).toBe(true);
    expect(inputs.filter((i) => !codes(i).includes("id-collision"))).toHaveLength(2);
  });

  it("refuses a FIFO and a link to a device without hanging, and checks size before reading", async () => {
    const d = join(dir, "special");
    mkdirSync(d);
    execFileSync("mkfifo", [join(d, "pipe.txt")]);
    symlinkSync("/dev/zero", join(d, "zero.txt"));
    writeFileSync(join(d, "big.txt"), "x".repeat(5000));
    writeFileSync(join(d, "real.txt"), text);
    symlinkSync(join(d, "real.txt"), join(d, "alias.txt"));
    const started = Date.now();
    const inputs = await all([d], { maxBytes: 4096 });
    expect(codes((await all([join(d, "pipe.txt")]))[0]!)).toEqual(["not-a-file"]); // named on the command line too
    expect(Date.now() - started).toBeLessThan(5000);
    const by = Object.fromEntries(inputs.map((i) => [i.path.slice(d.length + 1) || i.path, i]));
    expect(codes(by["pipe.txt"]!)).toEqual(["not-a-file"]);
    expect(codes(by["zero.txt"]!)).toEqual(["not-a-file"]);
    expect(by["zero.txt"]!.bytes.length).toBe(0);
    expect(codes(by["big.txt"]!)).toEqual(["too-large"]);
    expect(by["big.txt"]!.bytes.length).toBe(0);
    expect(new TextDecoder().decode(by["alias.txt"]!.bytes)).toBe(text); // a link to a regular file is read
    expect(codes(by["real.txt"]!)).toEqual([]);
  }, 10_000);
});
