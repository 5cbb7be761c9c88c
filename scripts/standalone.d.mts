// Types of scripts/standalone.mjs for the TypeScript tests that import it.
export interface RuntimeCopy {
  src: string;
  dst: string;
}
export function runtimeCopies(dockerfile?: string): RuntimeCopy[];
export function layOutStandalone(options: { target: string; repo?: string; distDir?: string }): string;
export function runtimeEnv(dockerfile?: string): Record<string, string>;
