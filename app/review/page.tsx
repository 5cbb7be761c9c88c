import Link from "next/link";
import { SiteNav } from "@/components/nav/site-nav";
import { ReviewBody } from "@/components/review/review-body";
import { getConfig, dataSourceKind } from "@/lib/config/runtime";
import { getParam } from "@/lib/params/search-params";
import { cachedPeriodLoader, reviewNow } from "@/lib/review/cache";
import { answerReview } from "@/lib/review/serve";
import { getSource, sourceNow } from "@/lib/wiring/source";
import "./print.css";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The leadership availability review of a calendar month (default: the last complete one) and the rolling window. */
export default async function ReviewPage({ searchParams }: Props) {
  const config = getConfig();
  const now = reviewNow(sourceNow());
  const params = await searchParams;
  const answer = await answerReview(
    { month: getParam(params, "month") },
    { config, now, source: () => getSource(config), load: cachedPeriodLoader(config, getSource(config), now) },
  );
  if (answer.status !== 200) {
    const body = answer.body;
    return (
      <main className="mx-auto max-w-3xl space-y-3 p-6">
        <SiteNav current="review" />
        <h1 className="text-2xl font-bold">Availability review</h1>
        <p role="alert" className="rounded border-l-4 border-breach bg-white p-3">
          {"parameter" in body ? (
            <>
              Invalid parameter <code>{body.parameter}</code>: {body.error}. Allowed: {body.allowed}.
            </>
          ) : (
            body.error
          )}
        </p>
        <Link className="text-blue-800 underline" href="/review">
          Open the last complete month
        </Link>
      </main>
    );
  }
  return <ReviewBody report={answer.report} deployment={config.name} source={dataSourceKind(config)} />;
}
