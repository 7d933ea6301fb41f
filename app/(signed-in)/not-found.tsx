import { NotFoundContent, notFoundMetadata } from "@/components/layout/not-found-content";

export const generateMetadata = notFoundMetadata;

// A signed-in page that calls notFound() renders this inside the app's frame, whose <main> it is
// already in: one main landmark, and the navigation stays (issue 17).
export default async function SignedInNotFound() {
  return <NotFoundContent />;
}
