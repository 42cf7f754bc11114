//! The mark protocol: data already mapped through scales, ready to be drawn.

/// A graphical mark (bar, dot, line, area, cell). Marks are plain values in frame
/// coordinates, so tests can check their geometry without rendering.
protocol Mark {
    func draw(in canvas: inout ChartCanvas)
}

extension Array where Element: Mark {
    func draw(in canvas: inout ChartCanvas) { for m in self { m.draw(in: &canvas) } }
}
