/**
 * A legend that flows like text: items left to right, a new line when the next one does not fit,
 * and a label too long for the whole width wrapped under its own icon.
 */
import { clampLines } from "./cap.ts";
import { label } from "./chart.ts";
import { join, type Markup } from "./svg.ts";
import { textWidth, wrapText } from "./text-width.ts";

export interface LegendItem {
  /** Draws the icon centred on cx, cy. */
  icon: (cx: number, cy: number) => Markup;
  iconWidth: number;
  label: string;
}

export interface LegendOptions {
  size: number;
  lineHeight: number;
  /** Space between the icon and its label. */
  pad?: number;
  /** Space between items on a line. */
  gap?: number;
  cls?: string;
}

export interface Block {
  markup: Markup;
  /** Height used, from `y` (the top of the first line). */
  height: number;
}

/** Lays the items out in [x, x + width], the first line's top at y. */
export function legend(
  items: readonly LegendItem[],
  x: number,
  y: number,
  width: number,
  o: LegendOptions,
): Block {
  const pad = o.pad ?? 5;
  const gap = o.gap ?? 14;
  const parts: Markup[] = [];
  let cx = x;
  let line = 0;
  // Baseline of a line's text, and the centre of its icons (about the text's x-height middle).
  const baseline = (n: number) => y + n * o.lineHeight + o.size * 0.95;
  const middle = (n: number) => baseline(n) - o.size * 0.35;
  for (const item of items) {
    const w = item.iconWidth + pad + textWidth(item.label, o.size);
    if (cx > x && cx + w > x + width) {
      line++;
      cx = x;
    }
    parts.push(item.icon(cx + item.iconWidth / 2, middle(line)));
    const tx = cx + item.iconWidth + pad;
    if (w <= width) {
      parts.push(label(tx, baseline(line), item.label, { cls: o.cls, size: o.size }));
      cx += w + gap;
    } else {
      // A label is a name: two lines of it are enough to tell it apart.
      const wrapped = clampLines(wrapText(item.label, x + width - tx, o.size), 2);
      wrapped.forEach((text, i) => {
        parts.push(label(tx, baseline(line + i), text, { cls: o.cls, size: o.size }));
      });
      line += wrapped.length;
      cx = x;
    }
  }
  const used = cx === x ? line : line + 1;
  return { markup: join(parts), height: used * o.lineHeight };
}
