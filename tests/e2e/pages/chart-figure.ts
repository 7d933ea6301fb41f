import { readFileSync } from "node:fs";
import { expect, type Locator, type Page } from "@playwright/test";

/** One chart figure (components/charts/spc-chart.tsx): caption, drawing, table view and downloads. */
export class ChartFigure {
  readonly figure: Locator;

  constructor(
    private readonly page: Page,
    index = 0,
  ) {
    this.figure = page.locator("figure").nth(index);
  }

  get caption() {
    return this.figure.locator("figcaption");
  }

  get drawing() {
    return this.figure.locator("svg.recharts-surface[role=img]");
  }

  async openTable(label = "Vis tabel") {
    const toggle = this.figure.getByRole("button", { name: label });
    await toggle.click();
    await expect(this.figure.getByRole("button", { expanded: true })).toBeVisible();
    const table = this.figure.locator("table");
    await expect(table).toBeVisible();
    return table;
  }

  /** Clicks a download button and returns the file's suggested name and its text. */
  async download(label: string): Promise<{ filename: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.figure.getByRole("button", { name: label }).click()]);
    const path = await download.path();
    return { filename: download.suggestedFilename(), text: path ? readFileSync(path, "utf8") : "" };
  }
}
