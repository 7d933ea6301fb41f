import { describe, expect, it } from "vitest";
import { API_POLICY, BASE_SECURITY_HEADERS, newNonce, pagePolicy, strictTransportSecurity } from "@/lib/http/security-headers";

function directives(policy: string): Map<string, string> {
  return new Map(policy.split(";").map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(" ")]));
}

describe("the page policy", () => {
  it("allows scripts only with this answer's nonce, and never eval in production", () => {
    const script = directives(pagePolicy("abc123")).get("script-src") ?? "";
    expect(script.split(" ")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(pagePolicy("abc123")).not.toContain("unsafe-eval");
    expect(script).not.toContain("unsafe-inline");
  });

  it("allows eval only for next dev", () => {
    expect(directives(pagePolicy("n", { development: true })).get("script-src")).toContain("'unsafe-eval'");
  });

  it("forbids framing, plugins, foreign form targets and base changes", () => {
    const policy = directives(pagePolicy("n"));
    expect(policy.get("frame-ancestors")).toBe("'none'");
    expect(policy.get("object-src")).toBe("'none'");
    expect(policy.get("form-action")).toBe("'self'");
    expect(policy.get("base-uri")).toBe("'self'");
  });
});

describe("the API policy", () => {
  it("lets nothing in an API answer run or be framed", () => {
    const policy = directives(API_POLICY);
    expect(policy.get("default-src")).toBe("'none'");
    expect(policy.get("frame-ancestors")).toBe("'none'");
  });
});

describe("nonces", () => {
  it("are 128 random bits in base64, new for every answer", () => {
    const nonces = new Set(Array.from({ length: 200 }, newNonce));
    expect(nonces.size).toBe(200);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});

describe("the base headers", () => {
  it("include nosniff, the referrer policy, a permissions policy and no framing", () => {
    const byName = new Map(BASE_SECURITY_HEADERS.map(({ key, value }) => [key.toLowerCase(), value]));
    expect(byName.get("x-content-type-options")).toBe("nosniff");
    expect(byName.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(byName.get("x-frame-options")).toBe("DENY");
    expect(byName.get("permissions-policy")).toContain("camera=()");
  });
});

describe("HSTS", () => {
  it("is sent only when the public address is https", () => {
    expect(strictTransportSecurity("https://samspil.region.dk")).toMatch(/^max-age=\d{8,}/);
    expect(strictTransportSecurity("http://localhost:3000")).toBeNull();
    expect(strictTransportSecurity(undefined)).toBeNull();
  });
});
