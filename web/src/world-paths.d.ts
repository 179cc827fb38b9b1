// The map's countries, projected at build time (web/vite.config.ts, worldPaths).
declare module "virtual:world-paths" {
  const world: {
    /** The Natural Earth scale the paths are drawn at, centred on 0,0. */
    readonly scale: number;
    readonly countries: readonly { readonly a3: string | null; readonly d: string }[];
    /** Each state's centre in degrees [longitude, latitude]. */
    readonly centres: Readonly<Record<string, [number, number]>>;
  };
  export default world;
}
