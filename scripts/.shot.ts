import { launch } from "../tests/e2e/browser.ts";
import { serve } from "./serve.ts";

const [path, out, width = "375"] = process.argv.slice(2);
const server = await serve("dist", 0);
const a = server.address();
const base = `http://127.0.0.1:${typeof a === "object" && a ? a.port : 0}`;
const browser = await launch();
const page = await browser.newPage({
  viewport: { width: Number(width), height: Number(process.env.H ?? 900) },
  colorScheme: (process.env.SCHEME as "dark") ?? "light",
});
await page.goto(base + path);
if (process.env.FOCUS) {
  for (let i = 0; i < Number(process.env.FOCUS); i++) await page.keyboard.press("Tab");
}
await page.screenshot({ path: out as string, fullPage: process.env.FULL === "1" });
await browser.close();
server.close();
