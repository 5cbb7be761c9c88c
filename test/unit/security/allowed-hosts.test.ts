import { describe, expect, it } from "vitest";
import { allowedHostEntryProblem, readEnv } from "@/lib/env";
import { configSchema } from "@/lib/config/schema";
import { hostNameOf, hostPolicy, isAllowedHost, misdirectedHostError } from "@/lib/security/allowed-hosts";
import demo from "@/config/demo.json";

describe("the Host allow-list (DNS rebinding)", () => {
  const local = hostPolicy({});

  it("allows loopback names and IP addresses by default, and nothing else", () => {
    for (const host of ["localhost:3000", "LOCALHOST", "localhost.", "app.localhost:3000", "127.0.0.1:3000", "10.0.4.7", "[::1]:3000", "[fe80::1]"]) {
      expect(isAllowedHost(host, local), host).toBe(true);
    }
    // A rebound name keeps its own name in Host; so does one that merely ends like localhost.
    for (const host of ["attacker.example:3000", "localhost.attacker.example", "evillocalhost", "127.0.0.1.nip.io", "::1", "[::1"]) {
      expect(isAllowedHost(host, local), host).toBe(false);
    }
  });

  // Before: `[::1]evil.example` was read as ::1 and `localhost:x` as localhost, both served.
  it("refuses a Host value that is not host[:port]", () => {
    for (const host of ["[::1]evil.example", "[::1]:3000x", "[::1]@evil.example", "localhost:abc", "localhost:3000@evil.example", "127.0.0.1:80:80", "user@localhost:3000"]) {
      expect(isAllowedHost(host, local), host).toBe(false);
    }
    for (const host of ["[::1]:", "localhost:", "[::FFFF:127.0.0.1]:3000"]) expect(isAllowedHost(host, local), host).toBe(true);
  });

  it("serves a request without a Host (HTTP/1.0: no browser)", () => {
    expect(isAllowedHost(null, local)).toBe(true);
    expect(isAllowedHost("", local)).toBe(true);
  });

  it("adds NEXTAUTH_URL's host, the variable's and the configuration's entries, wildcards below a name only", () => {
    const policy = hostPolicy({ nextAuthUrl: "https://Dash.Contoso.com/", envEntries: ["aadash-uksouth.nicesky-1234.uksouth.azurecontainerapps.io"], configEntries: ["*.corp.contoso.com"] });
    for (const host of ["dash.contoso.com", "dash.contoso.com:443", "aadash-uksouth.nicesky-1234.uksouth.azurecontainerapps.io", "noc.corp.contoso.com"]) {
      expect(isAllowedHost(host, policy), host).toBe(true);
    }
    for (const host of ["corp.contoso.com", "contoso.com", "other.azurecontainerapps.io", "noc.corp.contoso.com.attacker.example"]) {
      expect(isAllowedHost(host, policy), host).toBe(false);
    }
    expect(isAllowedHost("anything.example", hostPolicy({ configEntries: ["*"] }))).toBe(true);
  });

  it("reads the host name out of a Host value", () => {
    expect(hostNameOf("[::1]:3000")).toBe("::1");
    expect(hostNameOf("Dash.Contoso.com.:443")).toBe("dash.contoso.com");
    expect(hostNameOf("dash.contoso.com")).toBe("dash.contoso.com");
  });

  it("names the refused host, what is allowed and how to allow another", () => {
    const policy = hostPolicy({ nextAuthUrl: "https://dash.contoso.com", configEntries: ["*.corp.contoso.com"] });
    const { error, allowed } = misdirectedHostError("attacker.example:3000", policy);
    expect(allowed).toBe("localhost, *.localhost, an IP address, dash.contoso.com, *.corp.contoso.com");
    expect(error).toContain('host "attacker.example:3000"');
    expect(error).toContain("DASHBOARD_ALLOWED_HOSTS");
    expect(error).toContain("allowedHosts");
    // The entry to write, without the port (an entry with one stops start-up).
    expect(error).toMatch(/allowedHosts \(e\.g\. DASHBOARD_ALLOWED_HOSTS=attacker\.example npm start\)$/);
    expect(misdirectedHostError("[::1]evil.example", policy).error).toMatch(/allowedHosts$/);
  });

  it("refuses an entry that is not a host name, naming the variable or the field and the name meant", () => {
    expect(allowedHostEntryProblem("dash.contoso.com")).toBeUndefined();
    expect(allowedHostEntryProblem("*.contoso.com")).toBeUndefined();
    expect(allowedHostEntryProblem("*")).toBeUndefined();
    expect(allowedHostEntryProblem("https://dash.contoso.com/")).toMatch(/no scheme, port or path \(dash\.contoso\.com\)/);
    expect(allowedHostEntryProblem("dash.contoso.com:443")).toMatch(/\(dash\.contoso\.com\)/);
    expect(allowedHostEntryProblem("dash.*.com")).toMatch(/is not a host name/);
    expect(() => readEnv({ NODE_ENV: "test", DASHBOARD_ALLOWED_HOSTS: "dash.contoso.com, https://noc.contoso.com" })).toThrow(/DASHBOARD_ALLOWED_HOSTS: "https:\/\/noc\.contoso\.com" is not a host name/);
    expect(readEnv({ NODE_ENV: "test", DASHBOARD_ALLOWED_HOSTS: " Dash.Contoso.com ,,*.corp.contoso.com" }).DASHBOARD_ALLOWED_HOSTS).toEqual(["dash.contoso.com", "*.corp.contoso.com"]);
    const parsed = configSchema.safeParse({ ...demo, allowedHosts: ["noc.contoso.com", "noc.contoso.com:3000"] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([
      'allowedHosts.1: "noc.contoso.com:3000" is not a host name: give the name alone, no scheme, port or path (noc.contoso.com), e.g. dash.contoso.com or *.contoso.com',
    ]);
  });
});
