import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { ACTION_BODY_LIMIT_BYTES } from "./lib/http/body-limit";
import { BASE_SECURITY_HEADERS } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  agentRules: false,
  poweredByHeader: false,
  experimental: { serverActions: { bodySizeLimit: ACTION_BODY_LIMIT_BYTES } },
  // Every answer, static files included; the Content-Security-Policy and HSTS come from proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: [...BASE_SECURITY_HEADERS] }];
  },
};

export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
