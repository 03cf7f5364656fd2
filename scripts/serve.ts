/**
 * Serves a built site on 127.0.0.1 (no dependencies): directory indexes, correct types, the
 * site's 404 page, and nothing outside the folder. Usage: node scripts/serve.ts [dir] [port]
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";

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

/** The file for a URL path, and whether it was a folder's index.html. Null outside `root`. */
async function fileFor(
  root: string,
  pathname: string,
): Promise<{ path: string; index: boolean } | null> {
  const decoded = decodeURIComponent(pathname);
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

export function serve(dir: string, port: number, host = "127.0.0.1"): Promise<Server> {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    // A malformed %-escape is a 404, not a crash.
    const found = await fileFor(root, url.pathname).catch(() => null);
    // /stories/x -> /stories/x/ like any static host, so relative links resolve the same way.
    if (found?.index && !url.pathname.endsWith("/")) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const status = found ? 200 : 404;
    const file = (found ?? (await fileFor(root, "/404.html")))?.path;
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    res.writeHead(status, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "x-content-type-options": "nosniff",
    });
    createReadStream(file).pipe(res);
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
