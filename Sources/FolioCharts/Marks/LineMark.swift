//! Lines: a polyline through points, open or closed (radar series outlines).

import FolioPage

/// A stroked polyline; `closed` joins the last point to the first.
public struct LineMark: Hashable, Sendable, Mark {
    public var points: [Point]
    public var stroke: Stroke
    public var closed: Bool
    public init(points: [Point], stroke: Stroke, closed: Bool = false) {
        self.points = points; self.stroke = stroke; self.closed = closed
    }

    public var shape: Shape {
        if closed { return Shape(path: .polygon(points), stroke: stroke) }
        guard let first = points.first else { return Shape(path: Path(), stroke: stroke) }
        return Shape(path: Path([.move(first)] + points.dropFirst().map { .line($0) }), stroke: stroke)
    }

    func draw(in canvas: inout ChartCanvas) {
        guard points.count > 1 else { return }
        canvas.add(shape)
    }
}
