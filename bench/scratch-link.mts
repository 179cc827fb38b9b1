import { performance } from "node:perf_hooks";
import { linkClaims } from "../src/link/link-claims.js";
import { generateReport } from "../test/store/generate-reports.js";
import { makeDoc } from "../test/store/make-doc.js";
const docs = Array.from({ length: 100000 }, (_, i) => { const r = generateReport(i); return makeDoc(r.meta, r.sentences, r.claims); });
const t = performance.now();
const links = linkClaims(docs.flatMap((d) => d.claims), new Map(docs.map((d) => [d.meta.id, d.meta])));
console.log(`linkClaims: ${links.size} claims in ${((performance.now() - t) / 1000).toFixed(1)} s, ${new Set(links.values()).size} statements`);
