//! Dots: one circle per item, for strip (distribution) charts and radar vertices.

import FolioPage

/// A filled circle with an optional outline (a white ring lifts a highlighted dot off the crowd).
public struct DotMark: Hashable, Sendable, Mark {
    public var center: Point
    public var radius: Double
    public var fill: Color
    public var outline: Stroke?
    public init(center: Point, radius: Double, fill: Color, outline: Stroke? = nil) {
        self.center = center; self.radius = radius; self.fill = fill; self.outline = outline
    }

    /// Without an outline, a round-capped zero-length stroke: the same disc, but strip charts
    /// draw hundreds per brief and this made each brief's PDF content 8× smaller and faster to write.
    public var shape: Shape {
        guard let outline else { return Shape(path: .dot(at: center), stroke: Stroke(color: fill, width: 2 * radius, cap: .round)) }
        return Shape(path: .circle(center: center, radius: radius), fill: fill, stroke: outline)
    }

    func draw(in canvas: inout ChartCanvas) { canvas.add(shape) }
}
