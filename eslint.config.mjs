import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // lib/ is framework-free domain code.
    files: ["lib/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["react", "react-dom", "next", "next/*", "swr", "recharts"] }],
    },
  },
  {
    files: ["components/**/*.tsx", "**/client.tsx", "hooks/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["@/lib/log-analytics/*", "@/lib/workspace/*", "@/lib/engine/*", "@/lib/simulator/*"] }],
    },
  },
  { ignores: [".next*/**", "node_modules/**", "dist/**", "test-results/**", "next-env.d.ts", "config/*.json"] },
];

export default config;
