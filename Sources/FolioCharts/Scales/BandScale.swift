//! Evenly spaced bands for categories (one bar, row or column per category).

/// Divides a span of positions into equal bands, one per category, with padding between.
public struct BandScale: Hashable, Sendable {
    public var categories: [String]
    public var rangeStart: Double
    public var rangeEnd: Double
    /// Gap between bands as a share of the step (0…1).
    public var paddingInner: Double
    /// Space before the first and after the last band, as a share of the step.
    public var paddingOuter: Double

    public init(categories: [String], from rangeStart: Double, to rangeEnd: Double,
                paddingInner: Double = 0.2, paddingOuter: Double = 0.1) {
        self.categories = categories; self.rangeStart = rangeStart; self.rangeEnd = rangeEnd
        self.paddingInner = max(0, min(paddingInner, 0.99)); self.paddingOuter = max(0, paddingOuter)
    }

    public var count: Int { categories.count }

    /// Distance from the start of one band to the start of the next.
    public var step: Double {
        let n = Double(max(count, 1))
        return (rangeEnd - rangeStart) / (n - paddingInner + 2 * paddingOuter)
    }

    /// Thickness of one band.
    public var bandwidth: Double { step * (1 - paddingInner) }

    /// Where band `index` starts.
    public func start(_ index: Int) -> Double {
        rangeStart + step * (paddingOuter + Double(index))
    }

    /// The middle of band `index`.
    public func center(_ index: Int) -> Double { start(index) + bandwidth / 2 }

    /// The index of a category, nil when it is not a band.
    public func index(of category: String) -> Int? { categories.firstIndex(of: category) }
}
