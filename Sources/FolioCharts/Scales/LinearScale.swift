//! A linear map from data values to positions, with nice domains and ticks.

/// Maps a continuous data domain onto a span of positions (points on the page).
///
/// `rangeStart` may be greater than `rangeEnd`: a vertical axis maps its minimum to the
/// bottom of the plot, which has the larger y.
public struct LinearScale: Hashable, Sendable {
    public var domain: ClosedRange<Double>
    public var rangeStart: Double
    public var rangeEnd: Double

    public init(domain: ClosedRange<Double>, from rangeStart: Double = 0, to rangeEnd: Double = 1) {
        self.domain = domain; self.rangeStart = rangeStart; self.rangeEnd = rangeEnd
    }

    /// A scale over the values' extent, optionally stretched to include zero (bars must start at 0).
    public init(covering values: [Double], includingZero: Bool = false, from rangeStart: Double = 0,
                to rangeEnd: Double = 1) {
        let finite = values.filter(\.isFinite)
        var lo = finite.min() ?? 0, hi = finite.max() ?? 0
        if includingZero { lo = min(lo, 0); hi = max(hi, 0) }
        self.init(domain: lo...hi, from: rangeStart, to: rangeEnd)
    }

    /// The position of a value; a zero-width domain maps everything to the middle of the range.
    public func position(of value: Double) -> Double {
        let span = domain.upperBound - domain.lowerBound
        guard span > 0 else { return (rangeStart + rangeEnd) / 2 }
        return rangeStart + (value - domain.lowerBound) / span * (rangeEnd - rangeStart)
    }

    public func callAsFunction(_ value: Double) -> Double { position(of: value) }

    /// The value at a position (for tests and hit testing).
    public func value(at position: Double) -> Double {
        let span = rangeEnd - rangeStart
        guard span != 0 else { return domain.lowerBound }
        return domain.lowerBound + (position - rangeStart) / span * (domain.upperBound - domain.lowerBound)
    }

    /// The same scale with a new range.
    public func withRange(from start: Double, to end: Double) -> LinearScale {
        LinearScale(domain: domain, from: start, to: end)
    }

    /// Loose ticks covering the domain: their first and last values make the nice domain.
    /// At least three ticks, so an axis always shows a value between its ends.
    public func niceTicks(count: Int = 5) -> TickSet {
        TickGenerator.extended(lower: domain.lowerBound, upper: domain.upperBound, count: count, loose: true,
                               minimumCount: min(3, max(2, count)))
    }

    /// The domain widened to tick values, so the axis starts and ends on a labelled number
    /// (19…300 becomes 0…300; a zero-width domain 0…0 becomes 0…1).
    public func nice(count: Int = 5) -> LinearScale {
        let t = niceTicks(count: count)
        return LinearScale(domain: min(t.first, t.last)...max(t.first, t.last), from: rangeStart, to: rangeEnd)
    }

    /// Tick values inside the domain (the domain is left as it is).
    public func ticks(count: Int = 5) -> [Double] {
        TickGenerator.within(lower: domain.lowerBound, upper: domain.upperBound, count: count)
    }
}
