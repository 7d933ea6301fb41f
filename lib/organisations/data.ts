import "server-only";
import type { Db } from "@/lib/db/client";
import { authorizeRole } from "@/lib/authz/authorize";
import type { Actor } from "@/lib/authz/relations";

export type OrganisationNode = {
  id: string;
  name: string;
  kind: string;
  country: string;
  parentId: string | null;
  depth: number;
  microsystemCount: number;
  children: OrganisationNode[];
};

/** One active organisation in tree order, with its depth: for parent pickers and the admin tree. */
export type OrganisationOption = Omit<OrganisationNode, "children">;

/** The organisation tree for the administrator (archived ones left out); null for anyone else. */
export async function getOrganisationTree(db: Db, actor: Actor): Promise<OrganisationNode[] | null> {
  if (!authorizeRole(actor, "organisation.manage").ok) return null;
  const organisations = await db.organisation.findMany({
    where: { archivedAt: null },
    select: {
      id: true,
      name: true,
      kind: true,
      country: true,
      parentId: true,
      _count: { select: { microsystems: { where: { archivedAt: null } } } },
    },
    orderBy: { name: "asc" },
  });
  const nodes = new Map<string, OrganisationNode>(
    organisations.map((o) => [
      o.id,
      { id: o.id, name: o.name, kind: o.kind, country: o.country, parentId: o.parentId, depth: 0, microsystemCount: o._count.microsystems, children: [] },
    ]),
  );
  const roots: OrganisationNode[] = [];
  for (const organisation of organisations) {
    const node = nodes.get(organisation.id)!;
    const parent = organisation.parentId ? nodes.get(organisation.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const setDepth = (list: OrganisationNode[], depth: number) => {
    for (const node of list) {
      node.depth = depth;
      setDepth(node.children, depth + 1);
    }
  };
  setDepth(roots, 0);
  return roots;
}

/** The tree flattened in display order (parents before their children). */
export function flattenTree(roots: OrganisationNode[]): OrganisationOption[] {
  const out: OrganisationOption[] = [];
  const walk = (list: OrganisationNode[]) => {
    for (const { children, ...node } of list) {
      out.push(node);
      walk(children);
    }
  };
  walk(roots);
  return out;
}

/** Active organisations in tree order for pickers (manager scopes); null for anyone but the administrator. */
export async function listOrganisationOptions(db: Db, actor: Actor): Promise<OrganisationOption[] | null> {
  const tree = await getOrganisationTree(db, actor);
  return tree ? flattenTree(tree) : null;
}
