import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// The lint rule that keeps the layers pointing one way (eslint.config.mjs), run on made-up files.
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((message) => message.ruleId === "no-restricted-imports").map((message) => message.message);
}

describe("layering lint rule", () => {
  it.each([
    ['import { SpcChart } from "@/components/charts/spc-chart";'],
    ['import { LoginForm } from "@/app/(auth)/login/login-form";'],
    ['import { SpcChart } from "../../components/charts/spc-chart";'],
  ])("refuses lib importing components or app: %s", async (line) => {
    const messages = await restrictedImports("lib/example/loader.ts", `${line}\nexport const used = [${line.match(/\{ (\w+) \}/)![1]}];\n`);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("lib never imports components or app");
  });

  it("lets lib import lib", async () => {
    expect(await restrictedImports("lib/example/loader.ts", 'import { runChart } from "@/lib/spc";\nexport const used = [runChart];\n')).toEqual([]);
  });

  it.each([['import { prisma } from "@/lib/db/prisma";'], ['import { Prisma } from "@/generated/prisma/client";'], ['import { PrismaClient } from "@prisma/client";']])(
    "refuses a component reaching the database: %s",
    async (line) => {
      const messages = await restrictedImports("components/example/panel.tsx", `${line}\nexport const used = [${line.match(/\{ (\w+) \}/)![1]}];\n`);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toContain("components never reach the database");
    },
  );

  it("lets a component import lib", async () => {
    expect(await restrictedImports("components/example/panel.tsx", 'import { formatNumber } from "@/lib/i18n/format";\nexport const used = [formatNumber];\n')).toEqual([]);
  });
});
