/**
 * A chart as a PNG, rendered at build time by sharp (librsvg, fonts through fontconfig). Give it
 * the standalone SVG (standaloneSvg with a background), whose colours are written out. The PNG is
 * `width` px wide, its height in the viewBox's proportion: pass the viewBox width times PNG_SCALE
 * for text that stays crisp on high-density screens.
 *
 * Same input, same bytes: sharp writes no metadata unless asked (no EXIF, no time chunk), and the
 * PNG settings are fixed here rather than left to defaults that may change between versions.
 */
import sharp from "sharp";
import { viewBoxOf, withSize } from "./standalone-svg.ts";

export { PNG_SCALE } from "./png-card.ts";

/** librsvg renders nothing larger than this on either side ("exceeds 32767x32767 pixel limit"). */
export const MAX_PNG_SIDE = 32_767;
/**
 * zlib's level for the PNGs: its default, 6. Level 9 took three times as long on the site's
 * charts (11.6 s against 3.6 s for 40 charts) for files 4% smaller.
 */
export const PNG_COMPRESSION = 6;
/** A chart is never rendered narrower than this to fit that limit. */
export const MIN_PNG_WIDTH = 190;

/**
 * The PNG's size: `width` px wide in the viewBox's proportion, or narrower when that would be
 * taller than MAX_PNG_SIDE (a very long timeline). Null when even MIN_PNG_WIDTH would be too
 * tall: such an SVG is never handed to the renderer.
 */
export function pngSize(svg: string, width: number): { width: number; height: number } | null {
  const [, , w, h] = viewBoxOf(svg);
  const fitted = Math.min(width, Math.floor((MAX_PNG_SIDE * w) / h));
  if (fitted < Math.min(width, MIN_PNG_WIDTH)) return null;
  return { width: fitted, height: Math.max(1, Math.round((h * fitted) / w)) };
}

/**
 * The SVG with its root sized to the PNG, so librsvg renders at exactly that size (a higher
 * density gives the same drawing, but its computed width can come out a pixel short, and a
 * resize afterwards blurs). The height is rounded to whole pixels, so the drawing is stretched
 * to fill it (by under half a pixel) rather than leaving a half-transparent row at an edge.
 */
function sizedTo(svg: string, width: number, height: number): string {
  return withSize(svg, width, height).replace(/^<svg\b[^>]*>/, (open) =>
    open
      .replace(/\spreserveAspectRatio="[^"]*"/, "")
      .replace(/^<svg/, '<svg preserveAspectRatio="none"'),
  );
}

export async function svgToPng(svg: string, wanted: number): Promise<Uint8Array> {
  if (!Number.isInteger(wanted) || wanted < 1 || wanted > 10_000) {
    throw new Error(`png: width must be a whole number of pixels from 1 to 10000, not ${wanted}`);
  }
  const size = pngSize(svg, wanted);
  if (size === null) {
    throw new Error(
      `png: the chart is too tall for a PNG (over ${MAX_PNG_SIDE} px even ${MIN_PNG_WIDTH} px wide)`,
    );
  }
  const { width, height } = size;
  const { data, info } = await sharp(Buffer.from(sizedTo(svg, width, height), "utf8"), {
    density: 72,
  })
    .png({
      compressionLevel: PNG_COMPRESSION,
      adaptiveFiltering: false,
      palette: false,
      progressive: false,
    })
    .toBuffer({ resolveWithObject: true });
  if (info.width !== width || info.height !== height) {
    throw new Error(`png: rendered ${info.width}×${info.height} px, wanted ${width}×${height}`);
  }
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * A small PNG that says why the chart itself could not be drawn as one, so the PNG a page links
 * to always exists. `message` is the project's own wording, never seed text.
 */
export function placeholderPng(message: string, width: number): Promise<Uint8Array> {
  const safe = message.replace(/[<>&"]/g, "");
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 380 60" font-family="'Liberation Sans', Arial, sans-serif" font-size="13">` +
    `<rect width="380" height="60" fill="#ffffff"/>` +
    `<text x="12" y="34" fill="#333333">${safe}</text></svg>`;
  return svgToPng(svg, width);
}

/**
 * The renderer's versions (sharp, libvips, librsvg, zlib): part of the build cache's key for a
 * PNG, since another version may draw the same SVG into other bytes.
 */
export function pngRenderer(): Record<string, string> {
  const v = sharp.versions as Record<string, string | undefined>;
  const names = ["sharp", "vips", "rsvg", "cairo", "pango", "png", "zlib-ng"];
  return Object.fromEntries(names.map((n) => [n, v[n] ?? ""]));
}
