//! Axis ticks by Wilkinson's extended algorithm (Talbot, Lin & Hanrahan, InfoVis 2010).

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An evenly spaced run of tick values: `start`, `start + step`, … (`count` values).
public struct TickSet: Hashable, Sendable {
    /// The first tick.
    public var start: Double
    /// Distance between ticks, a nice number (1, 2, 2.5, 5 … × 10ⁿ).
    public var step: Double
    public var count: Int
    public init(start: Double, step: Double, count: Int) {
        self.start = start; self.step = step; self.count = count
    }
    /// The tick values, rounded to the step's precision so 0.1 × 3 prints as 0.3.
    public var values: [Double] {
        let d = NumberFormat.forTicks([start, step]).decimals
        let s = pow(10, Double(d))
        return (0..<count).map { ((start + Double($0) * step) * s).rounded() / s }
    }
    public var first: Double { values.first ?? start }
    public var last: Double { values.last ?? start }
    /// A format that prints every tick exactly and no more decimals than needed.
    public var format: NumberFormat { NumberFormat.forTicks(values) }
}

/// Chooses "nice" tick values for a data range.
///
/// Wilkinson's extended algorithm scores every candidate labelling on simplicity (steps of
/// 1, 5, 2, 2.5, 4, 3 × 10ⁿ, zero included), coverage (ticks hug the data), density (close to
/// the wanted count) and legibility, and keeps the best. Unlike Heckbert's method it can
/// pick 0–300 by 50 or −0.4–1 by 0.2 instead of always rounding to 1-2-5 steps.
public enum TickGenerator {
    /// Step bases in order of preference.
    static let niceSteps: [Double] = [1, 5, 2, 2.5, 4, 3]
    /// Weights of simplicity, coverage, density and legibility.
    static let weights: (s: Double, c: Double, d: Double, l: Double) = (0.25, 0.2, 0.5, 0.05)

    /// Ticks for `lower…upper` aiming at about `count` values. `loose` ticks cover the whole
    /// range (the first tick ≤ lower, the last ≥ upper), which is what a nice domain needs.
    /// `minimumCount` rules out sparser labellings (an axis with only its two ends).
    public static func extended(lower: Double, upper: Double, count: Int = 5, loose: Bool = false,
                                minimumCount: Int = 2) -> TickSet {
        var dmin = lower, dmax = upper
        if dmin > dmax { swap(&dmin, &dmax) }
        let m = max(2, count)
        guard dmin.isFinite, dmax.isFinite else { return TickSet(start: 0, step: 1, count: 2) }
        if dmax - dmin < 1e-12 * max(1, abs(dmax)) {
            let (lo, hi) = widenedZeroWidth(dmin)
            return extended(lower: lo, upper: hi, count: count, loose: loose, minimumCount: minimumCount)
        }

        let n = Double(niceSteps.count)
        var best: (start: Double, step: Double, count: Int, score: Double)? = nil
        var bestScore = -2.0
        var j = 1.0
        outer: while j < 64 {
            for (qi, q) in niceSteps.enumerated() {
                let sm = simplicityMax(index: qi, n: n, j: j)
                if weights.s * sm + weights.c + weights.d + weights.l < bestScore { break outer }
                var k = Double(max(2, minimumCount))
                while k < 256 {
                    let dm = densityMax(k: k, m: Double(m))
                    if weights.s * sm + weights.c + weights.d * dm + weights.l < bestScore { break }
                    let delta = (dmax - dmin) / (k + 1) / j / q
                    var z = ceil(log10(delta))
                    while z < 400 {
                        let step = j * q * pow(10, z)
                        let cm = coverageMax(dmin: dmin, dmax: dmax, span: step * (k - 1))
                        if weights.s * sm + weights.c * cm + weights.d * dm + weights.l < bestScore { break }
                        let minStart = floor(dmax / step) * j - (k - 1) * j
                        let maxStart = ceil(dmin / step) * j
                        if minStart > maxStart { z += 1; continue }
                        var start = minStart
                        while start <= maxStart {
                            let lmin = start * (step / j)
                            let lmax = lmin + step * (k - 1)
                            let s = simplicity(index: qi, n: n, j: j, lmin: lmin, lmax: lmax, step: step)
                            let c = coverage(dmin: dmin, dmax: dmax, lmin: lmin, lmax: lmax)
                            let g = density(k: k, m: Double(m), dmin: dmin, dmax: dmax, lmin: lmin, lmax: lmax)
                            let score = weights.s * s + weights.c * c + weights.d * g + weights.l
                            let covers = lmin <= dmin + 1e-9 * step && lmax >= dmax - 1e-9 * step
                            if score > bestScore && (!loose || covers) {
                                bestScore = score
                                best = (lmin, step, Int(k), score)
                            }
                            start += 1
                        }
                        z += 1
                    }
                    k += 1
                }
            }
            j += 1
        }
        guard let b = best else { return TickSet(start: dmin, step: dmax - dmin, count: 2) }
        return TickSet(start: b.start, step: b.step, count: b.count)
    }

    /// Ticks that lie inside `lower…upper` (for a domain that must not change, e.g. 1…60).
    public static func within(lower: Double, upper: Double, count: Int = 5) -> [Double] {
        let lo = min(lower, upper), hi = max(lower, upper)
        let set = extended(lower: lo, upper: hi, count: count, loose: false)
        let tolerance = set.step * 1e-9
        return set.values.filter { $0 >= lo - tolerance && $0 <= hi + tolerance }
    }

    /// A zero-width range made wide enough to label: 0 becomes 0…1, 5 becomes 4…6.
    static func widenedZeroWidth(_ v: Double) -> (Double, Double) {
        if v == 0 { return (0, 1) }
        let magnitude = pow(10, floor(log10(abs(v))))
        return (v - magnitude, v + magnitude)
    }

    // MARK: Scores (names and formulas follow the paper and R's `labeling::extended`)

    static func simplicity(index i: Int, n: Double, j: Double, lmin: Double, lmax: Double, step: Double) -> Double {
        let eps = 1e-10
        let r = lmin - floor(lmin / step) * step
        let hasZero = (r < eps * step || step - r < eps * step) && lmin <= 0 && lmax >= 0
        return 1 - Double(i) / (n - 1) - j + (hasZero ? 1 : 0)
    }

    static func simplicityMax(index i: Int, n: Double, j: Double) -> Double {
        1 - Double(i) / (n - 1) - j + 1
    }

    static func coverage(dmin: Double, dmax: Double, lmin: Double, lmax: Double) -> Double {
        let range = dmax - dmin
        return 1 - 0.5 * (pow(dmax - lmax, 2) + pow(dmin - lmin, 2)) / pow(0.1 * range, 2)
    }

    static func coverageMax(dmin: Double, dmax: Double, span: Double) -> Double {
        let range = dmax - dmin
        guard span > range else { return 1 }
        let half = (span - range) / 2
        return 1 - 0.5 * (2 * half * half) / pow(0.1 * range, 2)
    }

    static func density(k: Double, m: Double, dmin: Double, dmax: Double, lmin: Double, lmax: Double) -> Double {
        let r = (k - 1) / (lmax - lmin)
        let rt = (m - 1) / (max(lmax, dmax) - min(dmin, lmin))
        return 2 - max(r / rt, rt / r)
    }

    static func densityMax(k: Double, m: Double) -> Double {
        k >= m ? 2 - (k - 1) / (m - 1) : 1
    }
}
