//! A value axis: hairline gridlines across the plot, a stronger zero line, tick labels.

import FolioPage

/// The axis of a linear scale. In the newspaper style there are no tick marks or axis
/// line: gridlines carry the ticks, and only the zero line (where bars start) is dark.
struct ValueAxis {
    enum Edge { case top, bottom, left }

    var scale: LinearScale
    var ticks: [Double]
    var format: NumberFormat
    var edge: Edge

    init(scale: LinearScale, ticks: [Double], edge: Edge) {
        self.scale = scale; self.ticks = ticks; self.edge = edge
        self.format = NumberFormat.forTicks(ticks)
    }

    /// Space the tick labels take outside the plot, their whole line box included so that
    /// nothing reaches past the frame when the axis is at its edge.
    func thickness(canvas: ChartCanvas) -> Double {
        let gap = canvas.style.spacing.labelGap
        let sample = canvas.label("0", canvas.style.tick, at: .zero).line
        switch edge {
        case .top: return gap + sample.ascent
        case .bottom: return gap + canvas.capHeight(canvas.style.tick) + sample.descent
        case .left: return gap + (ticks.map { canvas.width(format.string($0), canvas.style.tick) }.max() ?? 0)
        }
    }

    private var isHorizontal: Bool { edge != .left }

    private func line(at value: Double, plot: Rect) -> (Point, Point) {
        let p = scale(value)
        return isHorizontal ? (Point(x: p, y: plot.minY), Point(x: p, y: plot.maxY))
                            : (Point(x: plot.minX, y: p), Point(x: plot.maxX, y: p))
    }

    /// Gridlines at every tick except zero (the baseline is drawn over the marks).
    func drawGrid(in canvas: inout ChartCanvas, plot: Rect) {
        for t in ticks where !(drawsBaseline && t == 0) {
            let (a, b) = line(at: t, plot: plot)
            canvas.stroke(from: a, to: b, canvas.style.gridline)
        }
    }

    private var drawsBaseline: Bool { scale.domain.contains(0) }

    /// The zero line, when zero is inside the domain.
    func drawBaseline(in canvas: inout ChartCanvas, plot: Rect) {
        guard drawsBaseline else { return }
        let (a, b) = line(at: 0, plot: plot)
        canvas.stroke(from: a, to: b, canvas.style.baseline)
    }

    /// Tick labels outside the plot, kept inside `bounds` (the first and last labels of a
    /// horizontal axis slide inwards rather than stick out of the frame).
    @discardableResult
    func drawLabels(in canvas: inout ChartCanvas, plot: Rect, bounds: Rect) -> [Rect] {
        let font = canvas.style.tick
        let gap = canvas.style.spacing.labelGap
        var boxes: [Rect] = []
        var lastMaxX = -Double.infinity
        for t in ticks {
            let p = scale(t)
            var label: PlacedLabel
            switch edge {
            case .top: label = canvas.label(format.string(t), font, at: Point(x: p, y: plot.minY - gap), h: .middle)
            case .bottom: label = canvas.label(format.string(t), font, at: Point(x: p, y: plot.maxY + gap), h: .middle, v: .capTop)
            case .left: label = canvas.label(format.string(t), font, at: Point(x: plot.minX - gap, y: p), h: .end, v: .middle)
            }
            if label.box.minX < bounds.minX { label = label.offsetBy(dx: bounds.minX - label.box.minX, dy: 0) }
            if label.box.maxX > bounds.maxX { label = label.offsetBy(dx: bounds.maxX - label.box.maxX, dy: 0) }
            // Never let neighbouring tick labels touch: skip one that would.
            if isHorizontal {
                if label.box.minX < lastMaxX + font.size * 0.5 { continue }
                lastMaxX = label.box.maxX
            }
            canvas.add(label)
            boxes.append(label.box)
        }
        return boxes
    }
}
