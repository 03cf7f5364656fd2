import { describe, expect, it } from "vitest";
import { errorText } from "./error-text.ts";

describe("errorText", () => {
  it("is the error's first line, with its name, safe for a log line", () => {
    expect(errorText(new RangeError("too deep\nat frame 1"))).toBe("RangeError: too deep");
    expect(errorText("bad\u202E\u0007 input")).toBe("bad input");
    expect(errorText(new Error("x".repeat(1000))).length).toBe(300);
  });
});
