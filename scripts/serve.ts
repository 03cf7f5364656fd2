/**
 * Serves a built site on 127.0.0.1 (no dependencies): directory indexes, correct types, the
 * site's 404 page, and nothing outside the folder. It is what `npm start` runs, so it must
 * survive whatever reaches it: a malformed request is a 400, never a crash; a redirect only
 * ever points into the site; a download the client abandons is closed at once.
 * Usage: node scripts/serve.ts [dir] [port]
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { extname, join, normalize, relative, resolve, sep } from "node:path";
import { pipeline } from "node:stream/promises";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".wasm": "application/wasm",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
  ".ico": "image/x-icon",
};

const HEADERS = { "x-content-type-options": "nosniff" };

/** The file for a URL path, and whether it was a folder's index.html. Null outside `root`. */
async function fileFor(
  root: string,
  pathname: string,
): Promise<{ path: string; index: boolean } | null> {
  const decoded = decodeURIComponent(pathname);
  if (decoded.includes("\0")) return null;
  const candidate = resolve(root, `.${normalize(`/${decoded}`)}`);
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  for (const [path, index] of [
    [candidate, false],
    [join(candidate, "index.html"), true],
  ] as const) {
    const s = await stat(path).catch(() => null);
    if (s?.isFile()) return { path, index };
  }
  return null;
}

/**
 * The path and query of a request, or null when it is not one this server can read. Only the
 * path form ("/a/b?c") is accepted, and it is split by hand: a URL parser would read "//host/a"
 * as another host.
 */
function pathOf(rawUrl: string | undefined): { pathname: string; search: string } | null {
  if (!rawUrl?.startsWith("/") || /[\s\0]/.test(rawUrl)) return null;
  const cut = rawUrl.search(/[?#]/);
  const pathname = cut < 0 ? rawUrl : rawUrl.slice(0, cut);
  const query = cut < 0 ? "" : rawUrl.slice(cut).split("#")[0];
  return { pathname, search: query === "?" ? "" : (query ?? "") };
}

/**
 * Where a folder request without its trailing slash goes: the folder's own path, rebuilt from
 * the file found on disk, so it can never name another host ("//evil.example/").
 */
function folderLocation(root: string, indexFile: string, search: string): string {
  const parts = relative(root, join(indexFile, "..")).split(sep).filter(Boolean);
  return `/${parts.map(encodeURIComponent).join("/")}${parts.length > 0 ? "/" : ""}${search}`;
}

function send(res: ServerResponse, status: number, body: string): void {
  if (res.headersSent) return void res.destroy();
  res.writeHead(status, { ...HEADERS, "content-type": "text/plain; charset=utf-8" }).end(body);
}

async function answer(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("allow", "GET, HEAD");
    return send(res, 405, "Method not allowed");
  }
  const path = pathOf(req.url);
  if (!path) return send(res, 400, "Bad request");
  // A malformed %-escape is a 404, not a crash.
  const found = await fileFor(root, path.pathname).catch(() => null);
  // /stories/x -> /stories/x/ like any static host, so relative links resolve the same way.
  if (found?.index && !path.pathname.endsWith("/")) {
    res.writeHead(301, { ...HEADERS, location: folderLocation(root, found.path, path.search) });
    res.end();
    return;
  }
  const file = (found ?? (await fileFor(root, "/404.html")))?.path;
  if (!file) return send(res, 404, "Not found");
  res.writeHead(found ? 200 : 404, {
    ...HEADERS,
    "content-type": TYPES[extname(file)] ?? "application/octet-stream",
  });
  if (req.method === "HEAD") return void res.end();
  // pipeline closes the file when the client goes away mid-download, so no descriptor leaks.
  await pipeline(createReadStream(file), res).catch(() => res.destroy());
}

export function serve(dir: string, port: number, host = "127.0.0.1"): Promise<Server> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    answer(root, req, res).catch(() => send(res, 500, "Server error"));
  });
  // A request line the HTTP parser cannot read gets a 400 and the connection is closed.
  server.on("clientError", (_error, socket) => {
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
    else socket.destroy();
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => ok(server));
  });
}

if (import.meta.main) {
  const dir = process.argv[2] ?? "dist";
  const port = Number(process.argv[3] ?? process.env.PORT ?? 4321);
  const s = await stat(dir).catch(() => null);
  if (!s?.isDirectory()) {
    console.error(`serve: ${dir} does not exist. Run "npm run build" first.`);
    process.exit(1);
  }
  await serve(dir, port);
  console.log(`Serving ${dir} at http://127.0.0.1:${port}/ (Ctrl+C to stop)`);
}
