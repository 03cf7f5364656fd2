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

export function pngCache(store?: StepCache | null, render = svgToPng): PngCache {
  const made = new Map<string, Promise<Uint8Array>>();
  let fromCache = 0;
  const make = async (input: string, svg: string, width: number) => {
    const stored = store?.get(PNG_STEP, input);
    if (stored instanceof Uint8Array) {
      fromCache++;
      return stored;
    }
    const png = await render(svg, width);
    store?.set(PNG_STEP, input, png);
    return png;
  };
  return {
    png(svg, width) {
      const input = `${width}\0${svg}`;
      let png = made.get(input);
      if (png === undefined) {
        png = make(input, svg, width);
        made.set(input, png);
      }
      return png;
    },
    counts: () => ({ total: made.size, fromCache }),
  };
}
