import { describe, expect, it } from "vitest";
import { markdownToPlainText } from "./markdown-body.ts";

describe("markdownToPlainText", () => {
  it("keeps the words and drops the markup", () => {
    expect(
      markdownToPlainText(
        "# Heading\n\nSome **bold** and [a link](https://x.test).\n\n- one\n- two",
      ),
    ).toBe("Heading\n\nSome bold and a link.\n\none\n\ntwo");
  });

  it("joins the lines of a wrapped paragraph", () => {
    expect(markdownToPlainText("one\ntwo")).toBe("one two");
  });

  it("drops raw HTML blocks instead of showing them as text", () => {
    expect(markdownToPlainText("<div>\n<script>x()</script>\n</div>\n\nText.")).toBe("Text.");
  });
});
