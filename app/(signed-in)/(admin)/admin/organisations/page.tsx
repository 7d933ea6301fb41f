import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { getOrganisationTree, type OrganisationNode } from "@/lib/organisations/data";

export async function generateMetadata() {
  const t = await getTranslations("nav");
  return { title: t("organisations") };
}

async function OrganisationBranch({ nodes }: { nodes: OrganisationNode[] }) {
  const tEnums = await getTranslations("enums");
  const t = await getTranslations("admin.organisations");
  return (
    <ul className="ml-4 list-disc">
      {nodes.map((node) => (
        <li key={node.id} className="my-1">
          <span className="font-medium">{node.name}</span>{" "}
          <span className="text-sm text-slate-700">
            ({tEnums(`organisationKind.${node.kind}`)}, {t("microsystems", { count: node.microsystemCount })})
          </span>
          {node.children.length > 0 && <OrganisationBranch nodes={node.children} />}
        </li>
      ))}
    </ul>
  );
}

export default async function OrganisationsPage() {
  const user = await requireUser();
  const tree = await getOrganisationTree(prisma, user);
  if (!tree) notFound();
  const t = await getTranslations("admin.organisations");
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">{t("title")}</h1>
      <OrganisationBranch nodes={tree} />
    </>
  );
}
