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

/**
 * The SVG with its root sized to the PNG, so librsvg renders at exactly that size (a higher
 * density gives the same drawing, but its computed width can come out a pixel short, and a
 * resize afterwards blurs). The height is rounded to whole pixels, so the drawing is stretched
 * to fill it (by under half a pixel) rather than leaving a half-transparent row at an edge.
 */
function sizedTo(svg: string, width: number): { svg: string; height: number } {
  const [, , w, h] = viewBoxOf(svg);
  const height = Math.max(1, Math.round((h * width) / w));
  const sized = withSize(svg, width, height).replace(/^<svg\b[^>]*>/, (open) =>
    open
      .replace(/\spreserveAspectRatio="[^"]*"/, "")
      .replace(/^<svg/, '<svg preserveAspectRatio="none"'),
  );
  return { svg: sized, height };
}

export async function svgToPng(svg: string, width: number): Promise<Uint8Array> {
  if (!Number.isInteger(width) || width < 1 || width > 10_000) {
    throw new Error(`png: width must be a whole number of pixels from 1 to 10000, not ${width}`);
  }
  const sized = sizedTo(svg, width);
  const { data, info } = await sharp(Buffer.from(sized.svg, "utf8"), { density: 72 })
    .png({ compressionLevel: 9, adaptiveFiltering: false, palette: false, progressive: false })
    .toBuffer({ resolveWithObject: true });
  if (info.width !== width || info.height !== sized.height) {
    throw new Error(
      `png: rendered ${info.width}×${info.height} px, wanted ${width}×${sized.height}`,
    );
  }
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
