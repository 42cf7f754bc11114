//! Stacked bars: each band split into segments, one per series, laid end to end from zero.

import FolioPage

/// The segments of one stacked bar, in series order, with a hairline of white between them.
public struct StackedBarMark: Hashable, Sendable, Mark {
    public var segments: [BarMark]
    /// The whole bar (for its total label).
    public var rect: Rect
    public init(segments: [BarMark], rect: Rect) { self.segments = segments; self.rect = rect }

    /// Width of the white gap between segments.
    static let gap = 0.4

    func draw(in canvas: inout ChartCanvas) {
        for s in segments where s.rect.width > 0 && s.rect.height > 0 {
            var r = s.rect
            if r.width > 2 * Self.gap { r.size.width -= Self.gap }
            canvas.fill(r, s.fill)
        }
    }

    /// Horizontal stacks: `values[band][series]`, negative parts ignored (scores are positive).
    public static func horizontal(values: [[Double]], band: BandScale, x: LinearScale,
                                  colors: [Color]) -> [StackedBarMark] {
        values.enumerated().map { i, row in
            var acc = 0.0
            var segments: [BarMark] = []
            for (k, v) in row.enumerated() {
                let v = v.isFinite ? max(0, v) : 0
                let x0 = x(acc), x1 = x(acc + v)
                segments.append(BarMark(rect: Rect(x: x0, y: band.start(i), width: x1 - x0, height: band.bandwidth),
                                        fill: colors[k % max(colors.count, 1)]))
                acc += v
            }
            let x0 = x(0)
            return StackedBarMark(segments: segments,
                                  rect: Rect(x: x0, y: band.start(i), width: x(acc) - x0, height: band.bandwidth))
        }
    }
}
