#!/usr/bin/env python3
"""Writes the test vectors the monitor statistics are checked against (to 1e-9), computed with SciPy.

Run from the repository root:  python3 src/test/resources/monitor/make_fixtures.py
Versions used for the committed fixtures are recorded in the JSON ("generator").
The data are seeded, so a rerun with the same SciPy/numpy writes the same file.
"""
import json
import math
import os

import numpy as np
import scipy
from scipy import stats
from scipy.spatial import distance

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures.json")
rng = np.random.default_rng(20261125)

EMPTY_BIN_SHARE = 0.0001  # Evidently's empty-bin rule for PSI


def sample(n, loc=0.0, scale=1.0, decimals=3):
    # Rounded so the JSON stays small and ties occur (the tests cover ties too).
    return [float(v) for v in np.round(rng.normal(loc, scale, n), decimals)]


def ks_case(name, a, b):
    r = stats.ks_2samp(a, b)  # two-sided, method='auto'
    exact = max(len(a), len(b)) <= 10000
    return {"name": name, "a": a, "b": b, "statistic": float(r.statistic), "pValue": float(r.pvalue),
            "method": "exact" if exact else "asymptotic"}


ks = [
    ks_case("equal sizes 40, shifted", sample(40), sample(40, 0.6)),
    ks_case("equal sizes 300, same distribution", sample(300), sample(300)),
    ks_case("equal sizes 1000, slight shift", sample(1000), sample(1000, 0.08)),
    ks_case("unequal 30 vs 45", sample(30), sample(45, 0.2, 1.3)),
    ks_case("unequal 150 vs 400 with ties", sample(150, 0, 1, 1), sample(400, 0.1, 1, 1)),
    ks_case("unequal 999 vs 1000", sample(999), sample(1000, 0.05)),
    ks_case("unequal 7 vs 5000", sample(7), sample(5000)),
    ks_case("unequal 2500 vs 10000", sample(2500), sample(10000, 0.03)),
    ks_case("identical samples", *(lambda a: (a, list(a)))(sample(60))),
    ks_case("asymptotic 10001 vs 12000, slight shift", sample(10001, 0, 1, 2), sample(12000, 0.03, 1, 2)),
    ks_case("asymptotic 12000 vs 50, shifted", sample(12000, 0, 1, 2), sample(50, 0.4, 1, 2)),
]

# The asymptotic p-value of ks_2samp is kstwo.sf(d, round(n1 n2 / (n1 + n2))); these (d, n1, n2) reach each
# branch SciPy's kolmogn takes (Ruben-Gambino ends, Durbin matrix, Pomeranz, Pelz-Good, 2 * smirnov, 0).
ks_asymptotic = []
for n1, n2, d in [(20000, 100, 0.006), (20000, 100, 0.05), (20000, 100, 0.1), (20000, 100, 0.3),
                  (20000, 100, 0.6), (20000, 100, 0.995), (15000, 30, 0.12), (15000, 30, 0.25),
                  (12000, 11000, 0.003), (12000, 11000, 0.004), (12000, 11000, 0.008), (12000, 11000, 0.012), (12000, 11000, 0.02),
                  (12000, 11000, 0.03), (12000, 11000, 0.2), (400000, 300000, 0.0012), (400000, 300000, 0.003),
                  (1000000, 1000000, 0.0015), (1000000, 1000000, 0.002), (1000000, 1000000, 0.01),
                  (30000, 10001, 0.00002), (30000, 10001, 0.0001)]:
    en = n1 * n2 / (n1 + n2)
    ks_asymptotic.append({"n1": n1, "n2": n2, "statistic": d, "pValue": float(stats.kstwo.sf(d, np.round(en)))})

chi2 = []
for name, ref, cur in [("two categories", [40, 60], [55, 45]),
                       ("five categories", [120, 80, 40, 30, 10], [100, 90, 50, 20, 15]),
                       ("a category only in current", [30, 50, 0], [25, 40, 12]),
                       ("a category empty on both sides", [30, 0, 50], [20, 0, 60]),
                       ("one category", [30], [70]),
                       ("large counts", [250000, 500000, 250000], [251000, 498000, 251000]),
                       ("strong shift", [900, 50, 50], [100, 450, 450])]:
    table = np.array([ref, cur])
    keep = table.sum(axis=0) > 0
    res = stats.chi2_contingency(table[:, keep], correction=False)
    chi2.append({"name": name, "reference": ref, "current": cur, "statistic": float(res.statistic),
                 "pValue": float(res.pvalue), "dof": int(res.dof)})


def psi(ref, cur):
    r = np.array(ref, float) / sum(ref)
    c = np.array(cur, float) / sum(cur)
    r[r == 0] = EMPTY_BIN_SHARE
    c[c == 0] = EMPTY_BIN_SHARE
    return float(np.sum((r - c) * np.log(r / c)))


shares = []
for name, ref, cur in [("same", [10, 20, 30, 40], [10, 20, 30, 40]),
                       ("moderate", [100, 200, 300, 400], [150, 250, 250, 350]),
                       ("empty reference bin", [0, 50, 50, 0], [5, 45, 40, 10]),
                       ("empty current bin", [25, 25, 25, 25], [0, 30, 30, 40]),
                       ("disjoint", [10, 0], [0, 10]),
                       ("many bins", list(range(1, 31)), list(range(30, 0, -1)))]:
    shares.append({"name": name, "reference": ref, "current": cur, "psi": psi(ref, cur),
                   "jensenShannon": float(distance.jensenshannon(ref, cur))})

wasserstein = []
for name, a, b in [("shifted", sample(50), sample(80, 0.5)),
                   ("scaled", sample(500), sample(300, 0, 2)),
                   ("ties", sample(200, 0, 1, 1), sample(200, 0.2, 1, 1)),
                   ("single values", [1.0], [3.5])]:
    wasserstein.append({"name": name, "a": a, "b": b,
                        "distance": float(stats.wasserstein_distance(a, b)),
                        "referenceStd": float(np.std(a))})

doc = {"generator": {"script": "make_fixtures.py", "scipy": scipy.__version__, "numpy": np.__version__},
       "ks": ks, "ksAsymptotic": ks_asymptotic, "chi2": chi2, "shares": shares, "wasserstein": wasserstein}
with open(OUT, "w") as f:
    json.dump(doc, f, separators=(",", ":"))
    f.write("\n")
print("wrote", OUT, os.path.getsize(OUT), "bytes")
