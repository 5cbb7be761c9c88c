#!/usr/bin/env bash
# Builds the Dockerfile with podman on a machine that reaches only Debian's mirror and the npm
# registry (deploy/README.md "Status"): a stand-in node:20-bookworm-slim from debootstrap and this
# machine's Node 20, `--isolation chroot` where crun cannot run RUN steps, then starts the image's
# CMD in a chroot of the mounted image as its user (crun cannot start containers there either) and
# checks /api/ready. Run as root from the repository root. Elsewhere just `docker build .`.
set -euo pipefail
BASE=localhost/node:20-bookworm-slim
IMAGE=${IMAGE:-localhost/active-active-dashboard:dev}
PORT=${PORT:-3931}

command -v podman >/dev/null && command -v debootstrap >/dev/null || apt-get install -y -qq podman debootstrap

if ! podman image exists "$BASE"; then
  rootfs=$(mktemp -d)
  debootstrap --variant=minbase bookworm "$rootfs" http://deb.debian.org/debian
  install -m 755 "$(command -v node)" "$rootfs/usr/local/bin/node"
  mkdir -p "$rootfs/usr/local/lib/node_modules"
  cp -a "$(dirname "$(readlink -f "$(command -v npm)")")/.." "$rootfs/usr/local/lib/node_modules/npm"
  ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$rootfs/usr/local/bin/npm"
  ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$rootfs/usr/local/bin/npx"
  chroot "$rootfs" groupadd --gid 1000 node
  chroot "$rootfs" useradd --uid 1000 --gid node --create-home node
  # This machine's CA bundle: its TLS may pass through an intercepting proxy.
  cp /etc/ssl/certs/ca-certificates.crt "$rootfs/etc/ssl/certs/"
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
  tar -C "$rootfs" -c . | podman import --change 'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt' \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' --change 'CMD ["node"]' - "$BASE"
  rm -rf "$rootfs"
fi

podman build --format docker --isolation chroot --network host --build-arg NODE_IMAGE="$BASE" -t "$IMAGE" .

mnt=$(podman image mount "$IMAGE")
mount --bind /proc "$mnt/proc"
mount --bind /dev "$mnt/dev"
cleanup() {
  [[ -n "${pid:-}" ]] && kill -TERM "$pid" 2>/dev/null && wait "$pid" || true
  umount "$mnt/proc" "$mnt/dev" || true
  podman image unmount "$IMAGE" >/dev/null || true
}
trap cleanup EXIT
chroot --userspec=1000:1000 "$mnt" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/home/node \
  NODE_ENV=production PORT="$PORT" HOSTNAME=0.0.0.0 NEXT_TELEMETRY_DISABLED=1 /bin/sh -c 'cd /app && exec node server.js' &
pid=$!
for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$PORT/api/ready"; then echo; echo "image $IMAGE is ready"; exit 0; fi
  sleep 2
done
echo "image $IMAGE did not become ready" >&2
exit 1
