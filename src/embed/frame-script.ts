/**
 * The one script of an embed page, inlined so the page's CSP can allow it by hash and nothing
 * else. It is a plain string of ES5-level JavaScript, not a compiled function: the bytes (and so
 * the hash) must not depend on which tool built the site.
 *
 * It does three things:
 * - applies the theme from `?theme=light|dark|auto` (anything else means auto) by setting
 *   `data-theme` on <html>; the page's CSS does the rest;
 * - switches the theme when the host page (window.parent, and only it) posts
 *   `{ type: "triangulate:theme", theme }` with a valid theme;
 * - tells the host how tall the page is, `{ type: "triangulate:height", id, height }`, on load and
 *   whenever the body's size changes, so the host's resize script can fit the iframe to it.
 *
 * The height is the height of <html>'s box, not `documentElement.scrollHeight`: inside an iframe
 * the scroll height is never less than the iframe's own height, so a chart that got shorter
 * (a wider iframe, a narrower layout) could never shrink its frame. The target origin is "*"
 * because a frame sandboxed without allow-same-origin has an opaque origin and cannot name its
 * host; the message carries only the chart's id and a number.
 */
export const FRAME_SCRIPT = `(function () {
  "use strict";
  var w = window, d = document, root = d.documentElement, host = w.parent;
  var id = root.getAttribute("data-chart") || "";
  function valid(t) { return t === "light" || t === "dark" || t === "auto"; }
  var asked = null;
  try { asked = new URLSearchParams(w.location.search).get("theme"); } catch (e) {}
  root.dataset.theme = valid(asked) ? asked : "auto";
  w.addEventListener("message", function (e) {
    var m = e.data;
    if (e.source !== host || host === w || !m || typeof m !== "object") return;
    if (m.type === "triangulate:theme" && valid(m.theme)) root.dataset.theme = m.theme;
  });
  function post() {
    if (host === w) return;
    var height = Math.ceil(root.getBoundingClientRect().height);
    host.postMessage({ type: "triangulate:height", id: id, height: height }, "*");
  }
  w.addEventListener("load", post);
  if (typeof ResizeObserver === "function") new ResizeObserver(post).observe(d.body);
  else w.addEventListener("resize", post);
})();`;
