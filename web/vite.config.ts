// Builds the dashboard into dist/web, which the API server serves (src/api/plugins/web.ts): hashed asset
// names (cached for a year), and a gzip and a brotli copy of each text file beside it, sent as they are.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { defineConfig, type Plugin } from "vite";

const here = fileURLToPath(new URL(".", import.meta.url));
const outDir = fileURLToPath(new URL("../dist/web", import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Writes NAME.gz and NAME.br beside every text file worth compressing. */
function precompress(): Plugin {
  return {
    name: "armsflow-precompress",
    apply: "build",
    closeBundle() {
      for (const path of files(outDir)) {
        if (!/\.(js|css|html|json|svg|txt)$/.test(path)) continue;
        const bytes = readFileSync(path);
        if (bytes.length < 1024) continue;
        writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
        writeFileSync(`${path}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }));
      }
    },
  };
}

export default defineConfig({
  root: here,
  base: "/",
  plugins: [precompress()],
  build: { outDir, emptyOutDir: true, target: "es2022", sourcemap: false, assetsDir: "assets" },
  server: { proxy: { "/api": "http://localhost:8080" } },
});
