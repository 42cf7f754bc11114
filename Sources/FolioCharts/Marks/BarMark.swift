//! Bars: rectangles from a baseline to a value, horizontal or vertical.

import FolioPage

/// One bar. Bars start at zero (or the domain edge nearest to it), never at an arbitrary
/// minimum, so their lengths stay proportional to the values.
public struct BarMark: Hashable, Sendable, Mark {
    public var rect: Rect
    public var fill: Color
    public init(rect: Rect, fill: Color) { self.rect = rect; self.fill = fill }

    public var shape: Shape { Shape(path: .rect(rect), fill: fill) }

    func draw(in canvas: inout ChartCanvas) { canvas.add(shape) }

    /// Horizontal bars, one per band; `x` maps values to horizontal positions.
    public static func horizontal(values: [Double], band: BandScale, x: LinearScale, colors: [Color]) -> [BarMark] {
        let base = x(baseValue(x.domain))
        return values.enumerated().map { i, v in
            let end = x(clamp(v, x.domain))
            return BarMark(rect: Rect(x: min(base, end), y: band.start(i), width: abs(end - base), height: band.bandwidth),
                           fill: colors[i % max(colors.count, 1)])
        }
    }

    /// Vertical bars, one per band; `y` maps values to vertical positions (up is smaller y).
    public static func vertical(values: [Double], band: BandScale, y: LinearScale, colors: [Color]) -> [BarMark] {
        let base = y(baseValue(y.domain))
        return values.enumerated().map { i, v in
            let end = y(clamp(v, y.domain))
            return BarMark(rect: Rect(x: band.start(i), y: min(base, end), width: band.bandwidth, height: abs(end - base)),
                           fill: colors[i % max(colors.count, 1)])
        }
    }

    /// Zero, or the domain end closest to it when zero is outside the domain.
    static func baseValue(_ d: ClosedRange<Double>) -> Double { clamp(0, d) }

    static func clamp(_ v: Double, _ d: ClosedRange<Double>) -> Double {
        v.isFinite ? min(max(v, d.lowerBound), d.upperBound) : d.lowerBound
    }
}
