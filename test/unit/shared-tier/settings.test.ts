import { describe, expect, it } from "vitest";
import { describeRedis, parseRedisUrl } from "@/lib/shared-tier/settings";

describe("REDIS_URL", () => {
  it("is off when unset or empty", () => {
    expect(parseRedisUrl(undefined)).toBeUndefined();
    expect(parseRedisUrl("  ")).toBeUndefined();
  });

  it("reads host, port, TLS, password, database and prefix", () => {
    expect(parseRedisUrl("rediss://:s3cr%40t@contoso.redis.cache.windows.net:6380/2?prefix=dash-weu")).toEqual({
      host: "contoso.redis.cache.windows.net",
      port: 6380,
      tls: true,
      username: undefined,
      password: "s3cr@t",
      db: 2,
      entra: false,
      prefix: "dash-weu",
    });
    expect(parseRedisUrl("redis://localhost")).toMatchObject({ port: 6379, tls: false, db: 0, prefix: "aad" });
  });

  it("takes Entra ID with the identity's object id as user name, over TLS", () => {
    const s = parseRedisUrl("rediss://0f8fad5b-d9cb-469f-a165-70867728950e@contoso.westeurope.redis.azure.net:10000?auth=entra");
    expect(s).toMatchObject({ entra: true, username: "0f8fad5b-d9cb-469f-a165-70867728950e", password: undefined, tls: true });
    if (!s) throw new Error("parsed nothing");
    expect(describeRedis(s)).toBe("rediss://0f8fad5b-d9cb-469f-a165-70867728950e@contoso.westeurope.redis.azure.net:10000/0 (prefix aad, Entra ID)");
  });

  it("never shows the password in descriptions", () => {
    const s = parseRedisUrl("redis://:hunter2@h:1");
    if (!s) throw new Error("parsed nothing");
    expect(describeRedis(s)).not.toContain("hunter2");
  });

  const bad: [string, RegExp][] = [
    ["localhost:6379", /scheme "localhost:" is not allowed; use redis:\/\/ or rediss:\/\//],
    ["http://h", /scheme "http:" is not allowed/],
    ["not a url", /not a URL/],
    ["redis://h?tls=true", /unknown parameter "tls"; allowed: auth=entra, prefix=NAME/],
    ["rediss://h?auth=key", /auth=key is not allowed; the only value is auth=entra/],
    ["rediss://h:10000?auth=entra", /needs the object \(principal\) id of the app's identity as the user name/],
    ["redis://id@h?auth=entra", /needs TLS: use rediss:\/\//],
    ["rediss://id:pw@h?auth=entra", /takes no password/],
    ["redis://h?prefix=a:b", /prefix "a:b" must be 1–64 letters/],
    ["redis://h/cache", /the path "\/cache" must be a database number/],
  ];
  for (const [value, message] of bad) {
    it(`rejects ${value} and names the variable`, () => {
      expect(() => parseRedisUrl(value)).toThrow(/^REDIS_URL: /);
      expect(() => parseRedisUrl(value)).toThrow(message);
    });
  }
});
