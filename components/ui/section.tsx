import type { ReactNode } from "react";

/** A page section with its heading; the heading names the region for assistive technology. */
export function Section({ id, title, level = 2, actions, className, children }: { id: string; title: ReactNode; level?: 2 | 3; actions?: ReactNode; className?: string; children: ReactNode }) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={`${id}-heading`} className={className ?? "flex flex-col gap-3"}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Heading id={`${id}-heading`} className={level === 2 ? "text-lg font-semibold" : "font-semibold"}>
          {title}
        </Heading>
        {actions}
      </div>
      {children}
    </section>
  );
}

/** The bordered box the app puts forms and summaries in. */
export function Card({ className, children }: { className?: string; children: ReactNode }) {
  return <div className={`rounded border border-slate-300 bg-white p-4 ${className ?? ""}`}>{children}</div>;
}
