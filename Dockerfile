# syntax=docker/dockerfile:1
# The dashboard as a container image: `next build` with output "standalone" in a build stage, and a
# runtime stage holding only the standalone server, its traced node_modules, static assets and the
# configuration folder. No dev dependencies, no secrets: sign-in and kiosk secrets arrive as
# environment variables at run time (Container Apps secrets from Key Vault, deploy/).
#
#   docker build -t active-active-dashboard .        (or az acr build)
#   podman build --format docker -t active-active-dashboard .   (OCI format drops HEALTHCHECK)
#   podman run -p 3000:3000 active-active-dashboard   (the embedded demo; sign-in off)
#
# test/e2e/standalone.e2e.ts lays out the runtime stage's COPY lines below and runs server.js from
# there, so a layout change here is tested without a container runtime.
ARG NODE_IMAGE=docker.io/library/node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
# Every dependency: the build needs the dev ones (TypeScript, Tailwind); none reach the runtime stage.
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
# HOSTNAME: server.js binds to $HOSTNAME, which container runtimes set to the container's name.
ENV NODE_ENV=production PORT=3000 HOSTNAME=0.0.0.0 NEXT_TELEMETRY_DISABLED=1
# glibc otherwise raises its mmap threshold after the first large free and keeps the workspace build's
# freed column backings in its heap: idle RSS ~540 MB instead of ~440 (docs/operations.md "Memory").
ENV MALLOC_MMAP_THRESHOLD_=131072
# No NODE_OPTIONS=--max-old-space-size here: the server's heap is left to V8 and the container's memory
# limit; the query worker, a process of its own, keeps DASHBOARD_QUERY_WORKER_HEAP_MB either way
# (docs/operations.md "The server's heap").
# Root-owned and read-only for the app user; only Next's cache folder is writable.
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
# The embedded workspace's query worker, bundled by `next build` (next.config.js); server.js finds it
# in its own folder's .next and runs replays there, off the event loop that answers /api/health.
COPY --from=build /app/.next/query-worker.js ./.next/query-worker.js
COPY --from=build /app/config ./config
# The web app manifest and its icons (the wall installs full screen).
COPY --from=build /app/public ./public
RUN mkdir -p .next/cache && chown node:node .next/cache
USER node
EXPOSE 3000
# Liveness only (the process answers). Readiness (GET /api/ready) is the orchestrator's business.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Next's server drains on SIGTERM: stops accepting, finishes in-flight requests, exits.
STOPSIGNAL SIGTERM
CMD ["node", "server.js"]
