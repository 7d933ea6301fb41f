import { describe, expect, it } from "vitest";
import { isCrossOriginPost } from "@/lib/http/cross-origin";

function post(headers: Record<string, string>, pathname = "/teams/t1/aim") {
  return { method: "POST", pathname, headers: new Headers(headers) };
}

describe("a post from another site", () => {
  it("is refused when its Origin is another host", () => {
    expect(isCrossOriginPost(post({ host: "samspil.example", origin: "https://evil.example", "next-action": "abc" }))).toBe(true);
  });

  it("is refused without JavaScript too (a plain form post carries no Next-Action header)", () => {
    expect(isCrossOriginPost(post({ host: "samspil.example", origin: "https://evil.example", "content-type": "multipart/form-data; boundary=x" }))).toBe(true);
  });

  it("is refused from an opaque origin (a sandboxed frame) or a malformed one", () => {
    expect(isCrossOriginPost(post({ host: "samspil.example", origin: "null" }))).toBe(true);
    expect(isCrossOriginPost(post({ host: "samspil.example", origin: "not a url" }))).toBe(true);
  });

  it("reads the forwarded host behind a reverse proxy, as Next.js does", () => {
    expect(isCrossOriginPost(post({ host: "127.0.0.1:3000", "x-forwarded-host": "samspil.example", origin: "https://samspil.example" }))).toBe(false);
    expect(isCrossOriginPost(post({ host: "127.0.0.1:3000", "x-forwarded-host": "samspil.example", origin: "http://127.0.0.1:3000" }))).toBe(true);
  });
});

describe("what passes", () => {
  it("a post from this app's own origin", () => {
    expect(isCrossOriginPost(post({ host: "localhost:3100", origin: "http://localhost:3100", "next-action": "abc" }))).toBe(false);
  });

  it("a post without an Origin header (not a browser), a GET, and the Bearer-token API", () => {
    expect(isCrossOriginPost(post({ host: "samspil.example" }))).toBe(false);
    expect(isCrossOriginPost({ method: "GET", pathname: "/", headers: new Headers({ host: "samspil.example", origin: "https://evil.example" }) })).toBe(false);
    expect(isCrossOriginPost(post({ host: "samspil.example", origin: "https://evil.example" }, "/api/v1/teams"))).toBe(false);
  });
});
