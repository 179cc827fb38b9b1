// Builds the dashboard into dist/web, which the API server serves (src/api/plugins/web.ts).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const here = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root: here,
  base: "/",
  build: { outDir: fileURLToPath(new URL("../dist/web", import.meta.url)), emptyOutDir: true, target: "es2022", sourcemap: false },
  server: { proxy: { "/api": "http://localhost:8080" } },
});
