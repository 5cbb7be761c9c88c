import "server-only";
import type { NextAuthOptions } from "next-auth";
import AzureADProvider from "next-auth/providers/azure-ad";
import type { AuthConfig } from "@/lib/config/schema";
import type { DashboardEnv } from "@/lib/env";
import { checkEntraClaims } from "@/lib/security/entra";

/** Sessions are short so a removed group membership stops working within a working day. */
const SESSION_SECONDS = 8 * 3600;

/** next-auth options for Microsoft Entra ID; sessions are JWTs in an encrypted HttpOnly cookie. */
export function buildAuthOptions(auth: AuthConfig, env: DashboardEnv): NextAuthOptions {
  return {
    secret: env.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_SECONDS },
    providers: [
      AzureADProvider({
        clientId: auth.entra.clientId,
        clientSecret: env.AUTH_ENTRA_CLIENT_SECRET ?? "",
        // A tenant id pins the issuer; without one, any work or school account (never personal ones).
        tenantId: auth.entra.tenantId ?? "organizations",
        // The default profile() fetches the Graph photo into the cookie; we only need who it is.
        profile: (claims) => ({
          id: String(claims.oid ?? claims.sub),
          name: claims.name ?? null,
          email: claims.email ?? claims.preferred_username ?? null,
          image: null,
        }),
      }),
    ],
    callbacks: {
      signIn: ({ profile }) => checkEntraClaims((profile ?? {}) as Record<string, unknown>, auth.entra).ok,
    },
  };
}
