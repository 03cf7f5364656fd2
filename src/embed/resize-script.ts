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
 * The chart takes the host's theme. In reply to a frame's height (so on its load, whenever that
 * is), and again when the host's <html> or <body> attributes change (a theme switch) or the
 * system scheme does, the script tells each frame `{ type: "triangulate:theme", theme }`:
 *   1. the iframe's own `data-theme` (light, dark or auto), when the host sets one;
 *   2. nothing, when the iframe's address already asks for a theme (?theme=);
 *   3. otherwise what the reader sees behind the frame: the first opaque background among its
 *      ancestors, dark below half brightness;
 *   4. with no background anywhere, the host's color-scheme (the CSS property, else its
 *      <meta name="color-scheme">): dark when it allows only dark, or dark and the system is.
 *
 * Readable form:
 *   (function (w, d) {
 *     if (w.__triangulateResize) return;
 *     w.__triangulateResize = 1;
 *     var Q = "iframe[data-triangulate]", D = "(prefers-color-scheme:dark)",
 *         g = w.getComputedStyle, o;
 *     function theme(f) {                                             // T
 *       var t = f.getAttribute("data-theme"), e, c, s, m;
 *       if (t === "light" || t === "dark" || t === "auto") return t;
 *       if (/[?&]theme=/.test(f.src) || !g) return 0;
 *       for (e = f.parentElement; e; e = e.parentElement) {
 *         c = (g(e).backgroundColor.match(/[\d.]+/g) || []).map(Number);
 *         if (c.length > 2 && (c.length < 4 || c[3] > .5))
 *           return .2126 * c[0] + .7152 * c[1] + .0722 * c[2] < 128 ? "dark" : "light";
 *       }
 *       s = g(f).colorScheme;
 *       m = d.querySelector("meta[name=color-scheme]");
 *       if (!s || s === "normal") s = m ? m.content : "";
 *       return /dark/.test(s) && (!/light/.test(s) || (w.matchMedia && w.matchMedia(D).matches))
 *         ? "dark" : "light";
 *     }
 *     function send(f, s) {                                           // S
 *       var t = theme(f);
 *       s = s || f.contentWindow;
 *       if (t && s && s.postMessage) s.postMessage({ type: "triangulate:theme", theme: t }, "*");
 *     }
 *     function all() {                                                // A
 *       var f = d.querySelectorAll(Q), i;
 *       for (i = 0; i < f.length; i++) send(f[i]);
 *     }
 *     w.addEventListener("message", function (e) {
 *       var m = e.data, s = e.source, f, i, h;
 *       if (!s || !m || m.type !== "triangulate:height") return;
 *       h = m.height;
 *       if (typeof h !== "number" || !isFinite(h)) return;
 *       f = d.querySelectorAll(Q);
 *       for (i = 0; i < f.length; i++)
 *         if (f[i].contentWindow === s) {
 *           f[i].style.height = Math.min(4000, Math.max(120, Math.ceil(h))) + "px";
 *           send(f[i], s);
 *           break;
 *         }
 *     });
 *     if (w.MutationObserver) {
 *       o = new MutationObserver(all);
 *       o.observe(d.documentElement, { attributes: 1 });
 *       d.body && o.observe(d.body, { attributes: 1 });
 *     }
 *     if (w.matchMedia) w.matchMedia(D).addEventListener("change", all);
 *   })(window, document);
 */
export const RESIZE_SCRIPT =
  '(function(w,d){if(w.__triangulateResize)return;w.__triangulateResize=1;var Q="iframe[data-triangulate]",D="(prefers-color-scheme:dark)",g=w.getComputedStyle,o;function T(f){var t=f.getAttribute("data-theme"),e,c,s,m;if(t==="light"||t==="dark"||t==="auto")return t;if(/[?&]theme=/.test(f.src)||!g)return 0;for(e=f.parentElement;e;e=e.parentElement){c=(g(e).backgroundColor.match(/[\\d.]+/g)||[]).map(Number);if(c.length>2&&(c.length<4||c[3]>.5))return .2126*c[0]+.7152*c[1]+.0722*c[2]<128?"dark":"light"}s=g(f).colorScheme;m=d.querySelector("meta[name=color-scheme]");if(!s||s==="normal")s=m?m.content:"";return/dark/.test(s)&&(!/light/.test(s)||w.matchMedia&&w.matchMedia(D).matches)?"dark":"light"}function S(f,s){var t=T(f);s=s||f.contentWindow;if(t&&s&&s.postMessage)s.postMessage({type:"triangulate:theme",theme:t},"*")}function A(){var f=d.querySelectorAll(Q),i;for(i=0;i<f.length;i++)S(f[i])}w.addEventListener("message",function(e){var m=e.data,s=e.source,f,i,h;if(!s||!m||m.type!=="triangulate:height")return;h=m.height;if(typeof h!=="number"||!isFinite(h))return;f=d.querySelectorAll(Q);for(i=0;i<f.length;i++)if(f[i].contentWindow===s){f[i].style.height=Math.min(4e3,Math.max(120,Math.ceil(h)))+"px";S(f[i],s);break}});if(w.MutationObserver){o=new MutationObserver(A);o.observe(d.documentElement,{attributes:1});d.body&&o.observe(d.body,{attributes:1})}if(w.matchMedia)w.matchMedia(D).addEventListener("change",A)})(window,document);';

/** The bounds, in px, the script clamps heights to. */
export const MIN_HEIGHT = 120;
export const MAX_HEIGHT = 4000;
