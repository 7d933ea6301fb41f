import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const nextConfig: NextConfig = {
  agentRules: false,
  poweredByHeader: false,
};

export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
