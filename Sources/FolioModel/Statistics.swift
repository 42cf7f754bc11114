//! Descriptive statistics over plain numbers: mean, population SD, median, Pearson r.

public enum Statistics {
    public static func mean(_ xs: [Double]) -> Double {
        xs.isEmpty ? .nan : xs.reduce(0, +) / Double(xs.count)
    }

    /// Population standard deviation (divides by n): the cities of an edition are the whole
    /// population being described, not a sample of a larger one.
    public static func standardDeviation(_ xs: [Double]) -> Double {
        guard !xs.isEmpty else { return .nan }
        let m = mean(xs)
        return (xs.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(xs.count)).squareRoot()
    }

    /// The middle value (mean of the two middle values for an even count).
    public static func median(_ xs: [Double]) -> Double {
        guard !xs.isEmpty else { return .nan }
        let s = xs.sorted()
        let mid = s.count / 2
        return s.count % 2 == 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2
    }

    /// Pearson correlation coefficient; NaN when either series is constant or lengths differ.
    public static func pearson(_ xs: [Double], _ ys: [Double]) -> Double {
        guard xs.count == ys.count, xs.count > 1 else { return .nan }
        let mx = mean(xs), my = mean(ys)
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (x, y) in zip(xs, ys) {
            sxy += (x - mx) * (y - my); sxx += (x - mx) * (x - mx); syy += (y - my) * (y - my)
        }
        guard sxx > 0, syy > 0 else { return .nan }
        return sxy / (sxx * syy).squareRoot()
    }

    /// Standard competition ranks ("1224"): ties share a rank, the next rank skips.
    /// Higher values rank first.
    public static func competitionRanks(_ values: [Int]) -> [Int] {
        let sorted = values.sorted(by: >)
        var firstRank: [Int: Int] = [:]
        for (i, v) in sorted.enumerated() where firstRank[v] == nil { firstRank[v] = i + 1 }
        return values.map { firstRank[$0]! }
    }
}
