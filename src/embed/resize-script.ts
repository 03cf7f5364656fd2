/**
 * The script a host page includes with the iframe (see snippet.ts), hand-minified: it must stay
 * small (at most 1 KB gzipped, tested) because it lands on other people's pages.
 *
 * One `message` listener on window. A message counts only if its source is the contentWindow of
 * an `iframe[data-triangulate]` on the page (a frame cannot resize another frame, and no other
 * window can resize any) and its data is `{ type: "triangulate:height", height }` with a finite
 * number; that iframe's height is then set to the value rounded up and clamped to 120–4000 px,
 * so a misbehaving frame can neither vanish nor take over the page. Including the snippet
 * several times (several charts in one article) adds the listener once: a flag on window guards
 * it. Nothing else leaks out of the IIFE.
 *
 * Readable form:
 *   (function (w, d) {
 *     if (w.__triangulateResize) return;
 *     w.__triangulateResize = 1;
 *     w.addEventListener("message", function (e) {
 *       var m = e.data, s = e.source, f, i, h;
 *       if (!s || !m || m.type !== "triangulate:height") return;
 *       h = m.height;
 *       if (typeof h !== "number" || !isFinite(h)) return;
 *       f = d.querySelectorAll("iframe[data-triangulate]");
 *       for (i = 0; i < f.length; i++)
 *         if (f[i].contentWindow === s) {
 *           f[i].style.height = Math.min(4000, Math.max(120, Math.ceil(h))) + "px";
 *           break;
 *         }
 *     });
 *   })(window, document);
 */
export const RESIZE_SCRIPT =
  '(function(w,d){if(w.__triangulateResize)return;w.__triangulateResize=1;w.addEventListener("message",function(e){var m=e.data,s=e.source,f,i,h;if(!s||!m||m.type!=="triangulate:height")return;h=m.height;if(typeof h!=="number"||!isFinite(h))return;f=d.querySelectorAll("iframe[data-triangulate]");for(i=0;i<f.length;i++)if(f[i].contentWindow===s){f[i].style.height=Math.min(4e3,Math.max(120,Math.ceil(h)))+"px";break}})})(window,document);';

/** The bounds, in px, the script clamps heights to. */
export const MIN_HEIGHT = 120;
export const MAX_HEIGHT = 4000;
