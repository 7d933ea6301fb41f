import type { ReactNode } from "react";

const TONES = {
  error: "border-red-300 bg-red-50 text-red-800",
  warning: "border-amber-300 bg-amber-50 text-amber-900",
  success: "border-green-300 bg-green-50 text-green-900",
  info: "border-sky-300 bg-sky-50 text-sky-900",
} as const;

/** A coloured message box. `announce` makes an error an alert and the others a status for screen readers. */
export function Alert({ tone, announce = false, id, children }: { tone: keyof typeof TONES; announce?: boolean; id?: string; children: ReactNode }) {
  const role = announce ? (tone === "error" ? "alert" : "status") : undefined;
  return (
    <div id={id} role={role} className={`rounded border p-2 ${TONES[tone]}`}>
      {children}
    </div>
  );
}
