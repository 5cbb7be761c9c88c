import NextAuth from "next-auth";
import { getConfigState } from "@/lib/config/runtime";
import { readEnv } from "@/lib/env";
import { buildAuthOptions } from "../_lib/auth-options";
import { NO_STORE } from "@/lib/security/headers";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ nextauth: string[] }> };

/** next-auth's endpoints (/api/auth/signin, /callback/azure-ad, /session, …), only when sign-in is on. */
async function handler(req: Request, ctx: Context): Promise<Response> {
  const state = getConfigState();
  const auth = state.ok ? state.config.auth : undefined;
  if (!auth?.enabled) return Response.json({ error: "sign-in is not enabled in the configuration" }, { status: 404, headers: NO_STORE });
  return NextAuth(req as never, ctx as never, buildAuthOptions(auth, readEnv()));
}

export { handler as GET, handler as POST };
