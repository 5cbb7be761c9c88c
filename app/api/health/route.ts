import { NextResponse } from "next/server";
import { dataSourceKind, getConfigState } from "@/lib/config/runtime";
import packageJson from "@/package.json";

export const dynamic = "force-dynamic";

export function GET() {
  const state = getConfigState();
  return NextResponse.json(
    {
      status: state.ok ? "ok" : "error",
      version: packageJson.version,
      source: state.ok ? dataSourceKind(state.config) : null,
      config: state.ok ? { loaded: true, file: state.file, name: state.config.name } : { loaded: false, file: state.file, error: state.error },
    },
    { status: state.ok ? 200 : 503 },
  );
}
