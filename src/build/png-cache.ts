import { createHash } from "node:crypto";
import { svgToPng } from "../embed/png.ts";
import type { StepCache } from "../pipeline/effects.ts";

/** The build cache's name for PNG rendering. */
export const PNG_STEP = "png";

/**
 * The charts' PNGs for one build. A PNG is rendered once per build whatever how many charts
 * share its card (placeholders, twin charts), and not at all when an earlier build stored the
 * PNG of the same SVG at the same width (the SVG holds its CSS and fonts; the renderer's
 * version is the step's code version, see src/cache/code-versions.ts). Rendering PNGs is the
 * slowest step of a build, so this is where a rebuild gains most.
 */
export interface PngCache {
  png(svg: string, width: number): Promise<Uint8Array>;
  /** Distinct PNGs this build needed, and how many of them came from the build cache. */
  counts(): { total: number; fromCache: number };
}

/**
 * How many rendered PNGs a build keeps at hand for charts that share a card. Not all of them: at
 * 10,000 articles the charts' SVGs and PNGs held for the whole build were gigabytes. A card met
 * again after it left this window is read from the build cache or rendered again; the renderer
 * is deterministic, so the bytes are the same either way.
 */
const KEPT = 256;

export function pngCache(store?: StepCache | null, render = svgToPng): PngCache {
  const kept = new Map<string, Promise<Uint8Array>>();
  const seen = new Set<string>();
  const cached = new Set<string>();
  const make = async (input: string, key: string, svg: string, width: number) => {
    const stored = store?.get(PNG_STEP, input);
    if (stored instanceof Uint8Array) {
      cached.add(key);
      return stored;
    }
    const png = await render(svg, width);
    store?.set(PNG_STEP, input, png);
    return png;
  };
  return {
    png(svg, width) {
      const input = `${width}\0${svg}`;
      const key = createHash("sha256").update(input).digest("base64");
      seen.add(key);
      let png = kept.get(key);
      if (png === undefined) {
        png = make(input, key, svg, width);
        if (kept.size >= KEPT) kept.delete(kept.keys().next().value as string);
      } else kept.delete(key); // moved to the newest end below
      kept.set(key, png);
      return png;
    },
    counts: () => ({ total: seen.size, fromCache: cached.size }),
  };
}
