// Builds the dashboard into dist/web, which the API server serves (src/api/plugins/web.ts): hashed asset
// names (cached for a year), and a gzip and a brotli copy of each text file beside it, sent as they are.
// The map's countries are projected here, once, at build time (virtual:world-paths): the browser only
// scales and moves them, instead of converting and projecting the whole world on every visit.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { geoArea, geoCentroid, geoNaturalEarth1, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { iso31661 } from "iso-3166";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
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

/** The scale the countries are projected at (Natural Earth, centred on 0,0): the page scales them to its frame. */
const WORLD_SCALE = 1000;

/**
 * `virtual:world-paths`: each country as an SVG path in geoNaturalEarth1().scale(WORLD_SCALE).translate([0, 0])
 * (a fitted projection of the same kind differs only by scale and translation), with its ISO alpha-3 code, and
 * each state's centre in degrees: that of its largest polygon (France, not French Guiana).
 */
function worldPaths(): Plugin {
  const id = "virtual:world-paths";
  return {
    name: "armsflow-world-paths",
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const world = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve("world-atlas/countries-110m.json")), "utf8")) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
      const numericToA3 = new Map(iso31661.map((c) => [c.numeric, c.alpha3]));
      const shapes = (feature(world, world.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>).features;
      const path = geoPath(geoNaturalEarth1().scale(WORLD_SCALE).translate([0, 0])).digits(1);
      const countries: { a3: string | null; d: string }[] = [];
      const centres: Record<string, [number, number]> = {};
      for (const shape of shapes) {
        const a3 = numericToA3.get(String(shape.id).padStart(3, "0")) ?? null;
        countries.push({ a3, d: path(shape) ?? "" });
        if (!a3) continue;
        let main: Feature<Polygon | MultiPolygon> = shape;
        if (shape.geometry.type === "MultiPolygon") {
          const polys = shape.geometry.coordinates.map((coordinates) => ({ type: "Feature" as const, properties: {}, geometry: { type: "Polygon" as const, coordinates } }));
          main = polys.reduce((x, y) => (geoArea(y) > geoArea(x) ? y : x));
        }
        centres[a3] = geoCentroid(main).map((v) => Math.round(v * 100) / 100) as [number, number];
      }
      return `export default ${JSON.stringify({ scale: WORLD_SCALE, countries, centres })};`;
    },
  };
}

export default defineConfig({
  root: here,
  base: "/",
  plugins: [worldPaths(), precompress()],
  build: { outDir, emptyOutDir: true, target: "es2022", sourcemap: false, assetsDir: "assets" },
  server: { proxy: { "/api": "http://localhost:8080" } },
});
