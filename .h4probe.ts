import { processDocument } from "/work/main/src/pipeline.js";
const s = process.argv.slice(2);
for (const t of s) {
  const claims = processDocument({ path: "p.txt", bytes: Buffer.from(t + "\n"), meta: { id: "p", outlet: "Probe", published: "2024-05-02" } as never }).claims;
  console.log(JSON.stringify(t), "=>", claims.map((c: any) => `${c.supplier} ${c.recipient} ${c.item} q=${JSON.stringify(c.quantity ?? null)}`).join(" | ") || "none");
}
