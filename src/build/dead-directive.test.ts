import { describe, expect, it } from "vitest";
import { withoutDeadDirective } from "./dead-directive.ts";

// The proxy module as Astro 7 writes it for a rendered content entry.
const proxy = `
\t\t\t\t\t"use astro:head-inject";
\t\t\t\t\tasync function getMod() {
\t\t\t\t\t\treturn import("/content/summaries/a-story.mdx");
\t\t\t\t\t}
\t\t\t\t\texport default { __astroPropagation: true, getMod };
`;

describe("withoutDeadDirective", () => {
  it("drops the unread directive from a propagated-assets proxy and keeps the rest", () => {
    const out = withoutDeadDirective(proxy, "/content/summaries/a-story.mdx?astroPropagatedAssets");
    expect(out).toBeDefined();
    expect(out).not.toContain("use astro:head-inject");
    expect(out).toContain("async function getMod()");
    expect(out).toContain("__astroPropagation: true");
  });

  it("leaves every other module alone, and other directives too", () => {
    expect(withoutDeadDirective(proxy, "/content/summaries/a-story.mdx")).toBeUndefined();
    const client = `"use client";\nexport const x = 1;\n`;
    expect(withoutDeadDirective(client, "/x.ts?astroPropagatedAssets")).toBeUndefined();
  });
});
