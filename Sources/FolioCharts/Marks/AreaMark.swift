//! Areas: a filled polygon with an optional outline (the shape of a radar series).

import FolioPage

/// A filled, optionally outlined polygon.
public struct AreaMark: Hashable, Sendable, Mark {
    public var points: [Point]
    public var fill: Color
    public var stroke: Stroke?
    public init(points: [Point], fill: Color, stroke: Stroke? = nil) {
        self.points = points; self.fill = fill; self.stroke = stroke
    }

    public var shape: Shape { Shape(path: .polygon(points), fill: fill, stroke: stroke) }

    func draw(in canvas: inout ChartCanvas) {
        guard points.count > 2 else { return }
        canvas.add(shape)
    }
}
