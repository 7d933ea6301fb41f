import { NotFoundContent, notFoundMetadata } from "@/components/layout/not-found-content";

export const generateMetadata = notFoundMetadata;

// An address that matches no page renders in the root layout alone, so this 404 brings its own <main>.
export default async function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl p-8">
      <NotFoundContent />
    </main>
  );
}
