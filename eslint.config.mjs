import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "generated/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "tmp/**"]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // The layers point one way (README "Architecture"): app → components → lib, never back; the
  // database is reached through lib, never from a component.
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "^(@/|(\\.\\./)+)(components|app)(/|$)", message: "lib never imports components or app: move the shared code into lib." }] },
      ],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^(@/|(\\.\\./)+)app(/|$)", message: "components never import app." },
            { regex: "^(@/|(\\.\\./)+)(generated/prisma|lib/db/prisma)(/|$)|^@prisma/", message: "components never reach the database: read through a loader in lib." },
          ],
        },
      ],
    },
  },
]);
