// The S2 side of test/oracles/s2/compare-union.ts: polygons one per line ("n lng lat ..."), "---" ends a
// case; prints S2Polygon::DestructiveUnion of the case as "loops |n[h] lng lat ..." (h marks a hole).
#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>
#include <memory>
#include "s2/s2polygon.h"
#include "s2/s2loop.h"
#include "s2/s2latlng.h"
using namespace std;
static S2Point P(double lng, double lat){ return S2LatLng::FromDegrees(lat,lng).ToPoint(); }
int main(){
  string line; vector<unique_ptr<S2Polygon>> polys;
  while (getline(cin, line)) {
    if (line == "---") {
      auto u = S2Polygon::DestructiveUnion(std::move(polys));
      printf("%d", u->num_loops());
      for (int k=0;k<u->num_loops();k++){ printf(" |%d%s", u->loop(k)->num_vertices(), u->loop(k)->is_hole() ? "h" : ""); for(int i=0;i<u->loop(k)->num_vertices();i++){ S2LatLng ll(u->loop(k)->vertex(i)); printf(" %.17g %.17g", ll.lng().degrees(), ll.lat().degrees()); } }
      printf("\n"); polys.clear(); continue;
    }
    istringstream in(line); int n; in >> n; vector<S2Point> v;
    for (int i=0;i<n;i++){ double a,b; in >> a >> b; v.push_back(P(a,b)); }
    auto loop = make_unique<S2Loop>(v); loop->Normalize();
    polys.push_back(make_unique<S2Polygon>(std::move(loop)));
  }
}
