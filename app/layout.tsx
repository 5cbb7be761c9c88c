import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: "Active-active dashboard",
  description: "Replication lag, failover RTO/RPO and availability SLOs across Azure regions",
  // public/: "install" the wall as a full-screen app on a kiosk (start_url /wall), and a tab icon.
  manifest: "/manifest.webmanifest",
  icons: { icon: [{ url: "/icon.svg", type: "image/svg+xml" }], apple: [{ url: "/icons/icon-192.png", sizes: "192x192" }] },
};

export const viewport: Viewport = { themeColor: "#020617" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">{children}</body>
    </html>
  );
}
