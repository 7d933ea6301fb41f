import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { BASE_SECURITY_HEADERS } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  agentRules: false,
  poweredByHeader: false,
  // Every answer, static files included; the Content-Security-Policy and HSTS come from proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: [...BASE_SECURITY_HEADERS] }];
  },
};

export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
