import "server-only";
import type { Db } from "@/lib/db/client";
import { authorizeRole } from "@/lib/authz/authorize";
import type { Actor } from "@/lib/authz/relations";

export type OrganisationNode = {
  id: string;
  name: string;
  kind: string;
  country: string;
  microsystemCount: number;
  children: OrganisationNode[];
};

/** The organisation tree for the administrator; null for anyone else. */
export async function getOrganisationTree(db: Db, actor: Actor): Promise<OrganisationNode[] | null> {
  if (!authorizeRole(actor, "organisation.manage").ok) return null;
  const organisations = await db.organisation.findMany({
    where: { archivedAt: null },
    select: { id: true, name: true, kind: true, country: true, parentId: true, _count: { select: { microsystems: true } } },
    orderBy: { name: "asc" },
  });
  const nodes = new Map<string, OrganisationNode>(
    organisations.map((o) => [o.id, { id: o.id, name: o.name, kind: o.kind, country: o.country, microsystemCount: o._count.microsystems, children: [] }]),
  );
  const roots: OrganisationNode[] = [];
  for (const organisation of organisations) {
    const node = nodes.get(organisation.id)!;
    const parent = organisation.parentId ? nodes.get(organisation.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
