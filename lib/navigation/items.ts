import type { Role } from "@/lib/authz/roles";

/** One entry of the main navigation; `label` is a key under nav.* in the catalogues. */
export type NavItem = { href: string; label: "myTeam" | "collaboratives" | "overview" | "users" | "organisations" | "microsystems" | "charts" | "seminars" | "outbox" | "apiTokens" };

const ITEMS_BY_ROLE: Record<Role, NavItem[]> = {
  STAFF: [{ href: "/my-team", label: "myTeam" }, { href: "/seminars", label: "seminars" }, { href: "/charts", label: "charts" }],
  SECRETARIAT: [
    { href: "/collaboratives", label: "collaboratives" },
    { href: "/microsystems", label: "microsystems" },
    { href: "/charts", label: "charts" },
  ],
  MANAGER: [
    { href: "/overview", label: "overview" },
    { href: "/collaboratives", label: "collaboratives" },
    { href: "/charts", label: "charts" },
    { href: "/account/api-tokens", label: "apiTokens" },
  ],
  ADMIN: [
    { href: "/admin/users", label: "users" },
    { href: "/admin/organisations", label: "organisations" },
    { href: "/admin/outbox", label: "outbox" },
    { href: "/collaboratives", label: "collaboratives" },
    { href: "/microsystems", label: "microsystems" },
    { href: "/charts", label: "charts" },
    { href: "/account/api-tokens", label: "apiTokens" },
  ],
};

/** The navigation that fits the user's role; anyone who is on a team also gets My team. */
export function navigationFor(role: Role, isTeamMember: boolean): NavItem[] {
  const items = ITEMS_BY_ROLE[role] ?? [];
  if (!isTeamMember || items.some((item) => item.label === "myTeam")) return items;
  return [{ href: "/my-team", label: "myTeam" }, ...items];
}

/** Where a role lands after signing in (PRODUCT.md §6). */
export function landingPath(role: Role): string {
  return (ITEMS_BY_ROLE[role] ?? ITEMS_BY_ROLE.STAFF)[0].href;
}
