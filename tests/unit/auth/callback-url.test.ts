import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/callback-url";

describe("where sign-in may send the user afterwards", () => {
  it("keeps a path of this app with its query and hash", () => {
    expect(safeCallbackPath("/teams/abc/measures?week=2026-W49#grid")).toBe("/teams/abc/measures?week=2026-W49#grid");
    expect(safeCallbackPath("/")).toBe("/");
  });

  it("refuses every form that a browser reads as another host (issue 16)", () => {
    const hostile = [
      "//evil.example",
      "/\\evil.example",
      "/\\/evil.example",
      "/\tevil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "/.//evil.example",
      "https://evil.example/",
      "javascript:alert(1)",
      " /evil",
      "",
    ];
    for (const raw of hostile) {
      const path = safeCallbackPath(raw);
      expect(new URL(path, "https://samspil.example").origin, JSON.stringify(raw)).toBe("https://samspil.example");
      expect(path.startsWith("//"), JSON.stringify(raw)).toBe(false);
    }
    expect(safeCallbackPath("/\\evil.example")).toBe("/");
    expect(safeCallbackPath("/\t/evil.example")).toBe("/");
  });

  it("answers the front page for a value that is not a string, and never the sign-in page itself", () => {
    expect(safeCallbackPath(undefined)).toBe("/");
    expect(safeCallbackPath(["/a"])).toBe("/");
    expect(safeCallbackPath("/login?callbackUrl=/x")).toBe("/");
  });
});
