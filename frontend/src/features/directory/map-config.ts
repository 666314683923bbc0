// Settings of the group finder's map (Vite env, baked in at build time).
//   VITE_MAP_TILE_URL        tile server, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png; "none": no tiles
//   VITE_MAP_TILE_ATTRIBUTION  the credit line the tile server asks for (HTML)
const tileUrl = (import.meta.env.VITE_MAP_TILE_URL as string | undefined) ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

export const mapConfig = {
  /** Empty: the map shows its points on a plain background. */
  tileUrl: tileUrl === 'none' ? '' : tileUrl,
  attribution:
    (import.meta.env.VITE_MAP_TILE_ATTRIBUTION as string | undefined) ??
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>-bijdragers',
} as const;
