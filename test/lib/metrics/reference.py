#!/usr/bin/env python3
"""
Reference values for the difference tests in src/lib/metrics/, computed independently of the
TypeScript: Python's standard library only, with different algorithms where the TypeScript has a
numerical method of its own (exact integer arithmetic for Fisher's test, quadrature instead of
the incomplete-beta continued fraction for Student's t). R is not installed here, so the R
functions named below are reproduced by their published definitions:

- prop.test(x, n, correct = FALSE): Pearson's chi-squared on the 2×2 table = pooled z².
- fisher.test(): two-sided p by Irwin's rule, tables with probability ≤ observed × (1 + 1e-7).
- t.test(x, y): Welch's t with the Welch–Satterthwaite df (R's default, var.equal = FALSE).
- p.adjust(p, "BH"): Benjamini–Hochberg step-up adjusted p-values.

If SciPy is importable it is used as a second, unrelated check (scipy.stats.chi2_contingency,
fisher_exact, ttest_ind(equal_var=False), t.ppf, false_discovery_control); the script prints
the largest disagreement. Run: python3 test/lib/metrics/reference.py
"""
import math
from fractions import Fraction


def normal_two_sided(z):
    return math.erfc(abs(z) / math.sqrt(2))


# --- NPS: adjusted-Wald difference (Sauro & Lewis; MeasuringU) ----------------------------
def nps_adjusted_wald(a, b):
    """a, b = (promoters, passives, detractors). Add 3 to n, 3/4 to promoters and detractors."""
    def adj(p, pa, d):
        n = p + pa + d + 3
        pp, pd = (p + 0.75) / n, (d + 0.75) / n
        return pp - pd, (pp + pd - (pp - pd) ** 2) / n
    na, va = adj(*a)
    nb, vb = adj(*b)
    se = math.sqrt(va + vb)
    z = (na - nb) / se
    return {"adjusted_difference": 100 * (na - nb), "se": 100 * se, "z": z, "p": normal_two_sided(z)}


# --- two proportions ---------------------------------------------------------------------
def prop_test(x1, n1, x2, n2):
    """R prop.test(c(x1, x2), c(n1, n2), correct = FALSE) and Campbell's 'N − 1' variant."""
    n = n1 + n2
    x = x1 + x2
    p = x / n
    if p in (0, 1):
        return {"chi2": 0.0, "p_pooled": 1.0, "p_n1": 1.0}
    # Pearson's X² from the 2×2 table, the way chisq.test writes it.
    table = [[x1, n1 - x1], [x2, n2 - x2]]
    rows = [n1, n2]
    cols = [x, n - x]
    chi2 = sum((table[i][j] - rows[i] * cols[j] / n) ** 2 / (rows[i] * cols[j] / n) for i in range(2) for j in range(2))
    chi2_n1 = chi2 * (n - 1) / n
    return {
        "chi2": chi2,
        "p_pooled": math.erfc(math.sqrt(chi2 / 2)),
        "p_n1": math.erfc(math.sqrt(chi2_n1 / 2)),
        "min_expected": min(rows[i] * cols[j] / n for i in range(2) for j in range(2)),
    }


def fisher_two_sided(x1, n1, x2, n2):
    """Exact rational hypergeometric probabilities; Irwin's rule with R's relative tolerance."""
    k = x1 + x2
    lo, hi = max(0, k - n2), min(k, n1)
    probs = {i: Fraction(math.comb(n1, i) * math.comb(n2, k - i), math.comb(n1 + n2, k)) for i in range(lo, hi + 1)}
    observed = probs[x1]
    limit = observed * Fraction(10**7 + 1, 10**7)
    return float(sum(p for p in probs.values() if p <= limit))


# --- Student's t by quadrature -----------------------------------------------------------
def log_beta(a, b):
    return math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)


def t_two_sided(t, df):
    """P(|T| ≥ |t|) = I_x(df/2, 1/2), x = df/(df + t²), written as (2/B)·∫₀^φ₀ sin^(df−1)φ dφ
    with sin²φ₀ = x (substituting s = sin²φ), integrated by adaptive Simpson."""
    x = df / (df + t * t)
    phi0 = math.asin(math.sqrt(x))
    scale = 2 * math.exp(-log_beta(df / 2, 0.5))

    def f(phi):
        s = math.sin(phi)
        return 0.0 if s <= 0 else math.exp((df - 1) * math.log(s))

    def simpson(a, b, fa, fm, fb):
        return (b - a) / 6 * (fa + 4 * fm + fb)

    def adaptive(a, b, fa, fm, fb, whole, tol, depth):
        m = (a + b) / 2
        lm, rm = (a + m) / 2, (m + b) / 2
        flm, frm = f(lm), f(rm)
        left, right = simpson(a, m, fa, flm, fm), simpson(m, b, fm, frm, fb)
        if depth > 60 or abs(left + right - whole) <= 15 * tol:
            return left + right + (left + right - whole) / 15
        return adaptive(a, m, fa, flm, fm, left, tol / 2, depth + 1) + adaptive(m, b, fm, frm, fb, right, tol / 2, depth + 1)

    # Split into many panels first so a sharply peaked integrand (large df) is not missed.
    panels = 2000
    total = 0.0
    for i in range(panels):
        a, b = phi0 * i / panels, phi0 * (i + 1) / panels
        fa, fm, fb = f(a), f((a + b) / 2), f(b)
        whole = simpson(a, b, fa, fm, fb)
        total += adaptive(a, b, fa, fm, fb, whole, 1e-18 + abs(whole) * 1e-13, 0)
    return min(1.0, scale * total)


def t_quantile(prob, df):
    """q with P(T ≤ q) = prob, prob > 0.5, by bisection on t_two_sided."""
    target = 2 * (1 - prob)
    lo, hi = 0.0, 1.0
    while t_two_sided(hi, df) > target:
        hi *= 2
    for _ in range(200):
        mid = (lo + hi) / 2
        if t_two_sided(mid, df) > target:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def summary(values):
    n = len(values)
    mean = sum(values) / n
    var = sum((v - mean) ** 2 for v in values) / (n - 1)
    return n, mean, var


def from_counts(counts, low=1):
    return [low + i for i, c in enumerate(counts) for _ in range(c)]


def welch(xs, ys):
    n1, m1, v1 = summary(xs)
    n2, m2, v2 = summary(ys)
    se2 = v1 / n1 + v2 / n2
    t = (m1 - m2) / math.sqrt(se2)
    df = se2**2 / ((v1 / n1) ** 2 / (n1 - 1) + (v2 / n2) ** 2 / (n2 - 1))
    return {"difference": m1 - m2, "t": t, "df": df, "p": t_two_sided(t, df)}


def bh(ps):
    m = len(ps)
    order = sorted(range(m), key=lambda i: ps[i])
    out = [0.0] * m
    running = 1.0
    for rank in range(m, 0, -1):
        i = order[rank - 1]
        running = min(running, ps[i] * m / rank)
        out[i] = min(1.0, running)
    return out


SLEEP_1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]
SLEEP_2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]

NPS = {
    "issue": ((30, 0, 0), (54, 0, 6)),
    "40/30/30 vs 50/30/20": ((40, 30, 30), (50, 30, 20)),
    "600/200/200 vs 300/300/400": ((600, 200, 200), (300, 300, 400)),
    "29/0/1 vs 1000/0/0": ((29, 0, 1), (1000, 0, 0)),
}
PROPORTIONS = {
    "issue 30/30 vs 54/60": (30, 30, 54, 60),
    "80/100 vs 60/100": (80, 100, 60, 100),
    "29/30 vs 1000/1000": (29, 30, 1000, 1000),
    "0/40 vs 5/50": (0, 40, 5, 50),
    "12/45 vs 30/70": (12, 45, 30, 70),
}
CES = {
    "sleep (R ?t.test example)": (SLEEP_1, SLEEP_2),
    "A vs B": (from_counts([2, 3, 5, 8, 12, 20, 10]), from_counts([5, 6, 8, 10, 10, 8, 3])),
    "30×7 vs 54×7+6×1": (from_counts([0, 0, 0, 0, 0, 0, 30]), from_counts([6, 0, 0, 0, 0, 0, 54])),
    "large": (from_counts([300, 200, 400, 900, 1200, 1500, 500]), from_counts([9000, 8000, 15000, 40000, 50000, 60000, 18000])),
}
T_TABLE = [(0.975, 1), (0.975, 2), (0.975, 5), (0.975, 10), (0.975, 30), (0.975, 120), (0.995, 10), (0.95, 10), (0.975, 17.776)]
BH = [0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216, None]


def main():
    results = {}
    for name, (a, b) in NPS.items():
        results[f"nps {name}"] = nps_adjusted_wald(a, b)
    for name, (x1, n1, x2, n2) in PROPORTIONS.items():
        r = prop_test(x1, n1, x2, n2)
        r["fisher"] = fisher_two_sided(x1, n1, x2, n2)
        results[f"csat {name}"] = r
    for name, (xs, ys) in CES.items():
        r = welch(xs, ys)
        n, mean, var = summary(xs)
        q = t_quantile(0.975, n - 1)
        r["ci_a"] = (mean - q * math.sqrt(var / n), mean + q * math.sqrt(var / n))
        results[f"ces {name}"] = r
    results["t table"] = {f"{prob}/{df}": t_quantile(prob, df) for prob, df in T_TABLE}
    ps = [p for p in BH if p is not None]
    results["bh"] = bh(ps)
    for key, value in results.items():
        print(key, value)

    try:
        import numpy as np
        from scipy import stats
    except ImportError:
        print("SciPy not available: no second check")
        return
    worst = 0.0

    def check(label, ours, theirs):
        nonlocal worst
        rel = abs(ours - theirs) / max(abs(theirs), 1e-300)
        worst = max(worst, rel)
        if rel > 1e-9:
            print("  DISAGREE", label, ours, theirs)

    for name, (x1, n1, x2, n2) in PROPORTIONS.items():
        r = results[f"csat {name}"]
        table = np.array([[x1, n1 - x1], [x2, n2 - x2]])
        if 0 < x1 + x2 < n1 + n2:
            check(f"{name} chi2", r["p_pooled"], stats.chi2_contingency(table, correction=False).pvalue)
        check(f"{name} fisher", r["fisher"], stats.fisher_exact(table).pvalue)
    for name, (xs, ys) in CES.items():
        s = stats.ttest_ind(xs, ys, equal_var=False)
        check(f"{name} t", results[f"ces {name}"]["t"], s.statistic)
        check(f"{name} p", results[f"ces {name}"]["p"], s.pvalue)
    for prob, df in T_TABLE:
        check(f"t {prob}/{df}", results["t table"][f"{prob}/{df}"], stats.t.ppf(prob, df))
    check_bh = stats.false_discovery_control(ps, method="bh")
    for ours, theirs in zip(results["bh"], check_bh):
        check("bh", ours, theirs)
    print(f"SciPy {stats.__name__}: largest relative disagreement {worst:.2e}")


if __name__ == "__main__":
    main()
