import type { MetadataRoute } from "next";

/** An operations dashboard shows a deployment's internals: nothing here is for search engines. */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", disallow: "/" } };
}
