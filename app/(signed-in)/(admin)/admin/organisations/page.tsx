import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OrganisationCreateForm } from "@/components/admin/organisation-create-form";
import { OrganisationEditor } from "@/components/admin/organisation-editor";
import { OrganisationTreeForms } from "@/components/admin/organisation-tree-forms";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { flattenTree, getOrganisationTree, type OrganisationNode, type OrganisationOption } from "@/lib/organisations/data";

export async function generateMetadata() {
  const t = await getTranslations("nav");
  return { title: t("organisations") };
}

async function OrganisationBranch({ nodes, options, level }: { nodes: OrganisationNode[]; options: OrganisationOption[]; level: number }) {
  const tEnums = await getTranslations("enums");
  const t = await getTranslations("adminOrganisations");
  return (
    <ul className={level === 0 ? "flex flex-col gap-2" : "ml-6 mt-2 flex flex-col gap-2 border-l border-slate-300 pl-4"}>
      {nodes.map(({ children, ...node }) => (
        <li key={node.id} data-organisation={node.name}>
          <span className="font-medium">{node.name}</span>{" "}
          <span className="text-sm text-slate-700">
            ({tEnums(`organisationKind.${node.kind}`)}, {t(`countries.${node.country}`)}, {t("microsystems", { count: node.microsystemCount })})
          </span>
          <OrganisationEditor node={node} options={options} />
          {children.length > 0 && <OrganisationBranch nodes={children} options={options} level={level + 1} />}
        </li>
      ))}
    </ul>
  );
}

/** The administrator's organisation tree: create, rename, move and archive (region → hospital/municipality → department). */
export default async function OrganisationsPage() {
  const user = await requireUser();
  const tree = await getOrganisationTree(prisma, user);
  if (!tree) notFound();
  const t = await getTranslations("adminOrganisations");
  const options = flattenTree(tree);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-slate-700">{t("intro")}</p>
      </div>
      <OrganisationCreateForm options={options} />
      <section aria-labelledby="org-tree-heading" className="card">
        <h2 id="org-tree-heading" className="mb-3 text-lg font-semibold">
          {t("treeHeading")}
        </h2>
        <OrganisationTreeForms>{tree.length === 0 ? <p>{t("empty")}</p> : <OrganisationBranch nodes={tree} options={options} level={0} />}</OrganisationTreeForms>
      </section>
    </div>
  );
}
