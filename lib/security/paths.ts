/** Collapses `//`, `/./` and trailing slashes so `/wall/` and `//wall` classify like `/wall`. */
export function normalizePath(pathname: string): string {
  const segments: string[] = [];
  for (const segment of pathname.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return `/${segments.join("/")}`;
}
