import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./wall.css";

export const metadata: Metadata = { title: "Wall · Active-active dashboard" };
export const viewport: Viewport = { themeColor: "#020617", colorScheme: "dark" };

export default function WallLayout({ children }: { children: ReactNode }) {
  return children;
}
