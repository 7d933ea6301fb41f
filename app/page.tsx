import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { landingPath } from "@/lib/navigation/items";

/** The front door: each role lands on its own page. */
export default async function HomePage() {
  const user = await requireUser();
  redirect(landingPath(user.role));
}
