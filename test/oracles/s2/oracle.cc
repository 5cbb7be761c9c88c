// The S2 side of test/oracles/s2/compare.ts: reads one case per line ("L|P tolerance_m n lng lat ..."),
// runs S2Builder with IdentitySnapFunction(tolerance) and simplify_edge_chains into an S2PolylineLayer
// (L) or S2PolygonLayer (P), the construction Kusto's geo_line_simplify/geo_polygon_simplify pages
// match, and prints the result's vertices (%.17g degrees), EMPTY, or ERROR.
#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>
#include <memory>
#include "s2/s2builder.h"
#include "s2/s2builderutil_snap_functions.h"
#include "s2/s2builderutil_s2polyline_layer.h"
#include "s2/s2builderutil_s2polygon_layer.h"
#include "s2/s2polygon.h"
#include "s2/s2polyline.h"
#include "s2/s2loop.h"
#include "s2/s2latlng.h"
#include "s2/s2earth.h"
using namespace std;
static S2Point P(double lng, double lat){ return S2LatLng::FromDegrees(lat,lng).ToPoint(); }
static void pr(const S2Point& p){ S2LatLng ll(p); printf(" %.17g %.17g", ll.lng().degrees(), ll.lat().degrees()); }
int main(){
  string line;
  while (getline(cin, line)) {
    istringstream in(line); string kind; double tol; int n; in >> kind >> tol >> n;
    vector<S2Point> v; for (int i=0;i<n;i++){ double a,b; in >> a >> b; v.push_back(P(a,b)); }
    S2Builder::Options opt(s2builderutil::IdentitySnapFunction(S2Earth::MetersToAngle(tol)));
    opt.set_simplify_edge_chains(true);
    S2Builder b(opt); S2Error e;
    if (kind == "L") {
      S2Polyline out;
      s2builderutil::S2PolylineLayer::Options lo; lo.set_validate(false);
      b.StartLayer(make_unique<s2builderutil::S2PolylineLayer>(&out, lo));
      b.AddPolyline(S2PointSpan(v));
      if (!b.Build(&e)) { printf("ERROR %s\n", e.text().c_str()); continue; }
      if (out.num_vertices() == 0) { printf("EMPTY\n"); continue; }
      printf("L %d", out.num_vertices()); for (int i=0;i<out.num_vertices();i++) pr(out.vertex(i)); printf("\n");
    } else {
      S2Polygon out;
      b.StartLayer(make_unique<s2builderutil::S2PolygonLayer>(&out));
      b.AddLoop(S2PointLoopSpan(v));
      if (!b.Build(&e)) { printf("ERROR %s\n", e.text().c_str()); continue; }
      if (out.num_loops() == 0) { printf("EMPTY\n"); continue; }
      printf("P %d", out.num_loops());
      for (int k=0;k<out.num_loops();k++){ printf(" |%d", out.loop(k)->num_vertices()); for(int i=0;i<out.loop(k)->num_vertices();i++) pr(out.loop(k)->vertex(i)); }
      printf("\n");
    }
  }
}
