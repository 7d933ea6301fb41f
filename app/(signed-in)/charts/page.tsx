import { getTranslations } from "next-intl/server";
import { analyseChart } from "@/lib/charts/chart-analysis";
import { GALLERY_EXAMPLES } from "@/components/charts/gallery-series";
import { ControlChart, RunChart } from "@/components/charts/spc-chart";
import { requireUser } from "@/lib/auth/session";

export async function generateMetadata() {
  const t = await getTranslations("gallery");
  return { title: t("title") };
}

/** Canonical series with their analysis, for learning to read the charts (any signed-in user). */
export default async function ChartGalleryPage() {
  await requireUser();
  const t = await getTranslations("gallery");
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-slate-800">{t("intro")}</p>
      </div>
      <div className="grid gap-6 xl:grid-cols-2">
        {GALLERY_EXAMPLES.map((example) => {
          const title = t(`series.${example.id}.title`);
          const series = example.hasMarker
            ? { ...example.series, markers: example.series.markers.map((marker) => ({ ...marker, text: t(`series.${example.id}.marker`) })) }
            : example.series;
          const model = analyseChart(series);
          const Chart = model.chart === "RUN" ? RunChart : ControlChart;
          return (
            <section key={example.id} aria-labelledby={`gallery-${example.id}`} className="card flex min-w-0 flex-col gap-3">
              <div>
                <h2 id={`gallery-${example.id}`} className="text-lg font-semibold">
                  {title}
                </h2>
                <p className="mt-1 text-sm text-slate-800">{t(`series.${example.id}.explanation`)}</p>
              </div>
              <Chart model={model} title={title} filenameParts={[title]} height={300} />
            </section>
          );
        })}
      </div>
    </div>
  );
}
