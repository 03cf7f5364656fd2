import type { Server } from "node:http";
import { serve } from "../../scripts/serve.ts";
import { launch, localOnlyContext } from "../e2e/browser.ts";
import type { Failure } from "./checks.ts";

/**
 * Loads a sample of the built pages in Chromium with traps set before any page script: a
 * dialog (alert, confirm, prompt, print), a console line or global that a payload names
 * (PWN_*), an uncaught error, or a request off the machine is a failure.
 */
export async function checkInBrowser(dist: string, paths: readonly string[]): Promise<Failure[]> {
  const server: Server = await serve(dist, 0);
  const { port } = server.address() as { port: number };
  const base = `http://127.0.0.1:${port}`;
  const browser = await launch();
  const out: Failure[] = [];
  try {
    const { context, blocked } = await localOnlyContext(browser);
    await context.addInitScript(() => {
      const w = window as unknown as Record<string, unknown>;
      const hits: string[] = [];
      w.__fuzzHits = hits;
      for (const k of ["alert", "confirm", "prompt", "print"]) {
        w[k] = (...args: unknown[]) => {
          hits.push(`${k}(${args.map(String).join(", ")})`);
        };
      }
    });
    const page = await context.newPage();
    let current = "";
    page.on("dialog", async (d) => {
      out.push({ cls: "script-ran", detail: `${current}: dialog ${d.message()}` });
      await d.dismiss();
    });
    page.on("console", (m) => {
      if (m.text().includes("PWN"))
        out.push({ cls: "script-ran", detail: `${current}: ${m.text()}` });
    });
    page.on("pageerror", (e) => {
      out.push({ cls: "page-error", detail: `${current}: ${e.message.slice(0, 200)}` });
    });
    for (const path of paths) {
      current = path;
      try {
        const response = await page.goto(base + path, { waitUntil: "load", timeout: 30_000 });
        if (response && response.status() >= 400) {
          out.push({ cls: "page-not-served", detail: `${path}: ${response.status()}` });
        }
        await page.waitForTimeout(50);
        const found = await page.evaluate(() => {
          const w = window as unknown as Record<string, unknown>;
          return [
            ...Object.keys(window).filter((k) => k.startsWith("PWN_")),
            ...((w.__fuzzHits as string[] | undefined) ?? []),
          ];
        });
        for (const f of found) out.push({ cls: "script-ran", detail: `${path}: ${f}` });
      } catch (error) {
        out.push({ cls: "page-not-served", detail: `${path}: ${String(error).slice(0, 200)}` });
      }
    }
    for (const url of blocked) out.push({ cls: "request-off-machine", detail: url });
    await context.close();
  } finally {
    await browser.close();
    await new Promise((ok) => server.close(ok));
  }
  return out;
}
