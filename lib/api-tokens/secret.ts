import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { API_TOKEN_PREFIX } from "./rules";

/** A new token: 32 random bytes. It is shown to its owner once and never stored in clear. */
export function generateApiToken(): string {
  return `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

/** Only the SHA-256 of a token is stored, so a copy of the database cannot be used to read the API. */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
