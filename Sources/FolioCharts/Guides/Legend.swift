//! Legends: swatches with labels that flow into rows, and a colour ramp with ticks.

import FolioPage

/// A legend drawn between the chart's header and its plot.
protocol ChartLegend {
    /// The height the legend needs at this width.
    func height(width: Double, canvas: ChartCanvas) -> Double
    /// Draws the legend with its top-left corner at `origin`.
    func draw(in canvas: inout ChartCanvas, origin: Point, width: Double)
}

/// One entry of a swatch legend.
public struct LegendEntry: Hashable, Sendable {
    /// How the entry's key is drawn, matching the mark it explains.
    public enum Symbol: Hashable, Sendable {
        case square
        case circle
        /// A line sample, dashed for comparison series.
        case line(dashed: Bool)
    }
    public var label: String
    public var color: Color
    public var symbol: Symbol
    public init(label: String, color: Color, symbol: Symbol = .square) {
        self.label = label; self.color = color; self.symbol = symbol
    }
}

/// Swatches and labels in a row, wrapping to further rows when the width runs out.
struct SwatchLegend: ChartLegend {
    var entries: [LegendEntry]
    var guideLine: Stroke? = nil

    private func swatchWidth(_ e: LegendEntry, canvas: ChartCanvas) -> Double {
        if case .line = e.symbol { return canvas.style.legend.size * 2.2 }
        return canvas.capHeight(canvas.style.legend) * 1.15
    }

    private func rows(width: Double, canvas: ChartCanvas) -> [[(LegendEntry, Double)]] {
        let font = canvas.style.legend
        let entryGap = font.size * 1.4
        var rows: [[(LegendEntry, Double)]] = [[]]
        var x = 0.0
        for e in entries {
            let w = swatchWidth(e, canvas: canvas) + font.size * 0.45 + canvas.width(e.label, font)
            if x > 0 && x + w > width { rows.append([]); x = 0 }
            rows[rows.count - 1].append((e, x))
            x += w + entryGap
        }
        return rows.filter { !$0.isEmpty }
    }

    func height(width: Double, canvas: ChartCanvas) -> Double {
        guard !entries.isEmpty else { return 0 }
        let font = canvas.style.legend
        let n = Double(rows(width: width, canvas: canvas).count)
        return canvas.capHeight(font) + (n - 1) * canvas.leading(font) * 1.15 + font.size * 0.22
    }

    func draw(in canvas: inout ChartCanvas, origin: Point, width: Double) {
        let font = canvas.style.legend
        let cap = canvas.capHeight(font)
        for (r, row) in rows(width: width, canvas: canvas).enumerated() {
            let baseline = origin.y + cap + Double(r) * canvas.leading(font) * 1.15
            let mid = baseline - cap / 2
            for (e, x0) in row {
                let x = origin.x + x0
                let sw = swatchWidth(e, canvas: canvas)
                switch e.symbol {
                case .square:
                    canvas.fill(Rect(x: x, y: mid - sw / 2, width: sw, height: sw), e.color)
                case .circle:
                    canvas.add(Shape(path: .circle(center: Point(x: x + sw / 2, y: mid), radius: sw / 2), fill: e.color))
                case .line(let dashed):
                    canvas.stroke(from: Point(x: x, y: mid), to: Point(x: x + sw, y: mid),
                                  Stroke(color: e.color, width: 1.2, dash: dashed ? [2.2, 1.4] : []))
                }
                canvas.add(canvas.label(e.label, font, at: Point(x: x + sw + font.size * 0.45, y: baseline)))
            }
        }
    }
}

/// A continuous colour key: a ramp of thin cells with labelled ticks below, and a caption
/// to its left ("Correlation").
struct ColorRampLegend: ChartLegend {
    var scale: ColorScale
    var ticks: [Double]
    var format: NumberFormat
    var caption: String?
    var rampWidth: Double = 110

    private func rampHeight(_ canvas: ChartCanvas) -> Double { canvas.capHeight(canvas.style.legend) * 1.2 }

    /// From the bottom of the ramp to the cap tops of the tick labels (the tick marks sit in it).
    private func tickGap(_ canvas: ChartCanvas) -> Double { 2 + canvas.style.spacing.labelGap * 0.6 }

    func height(width: Double, canvas: ChartCanvas) -> Double {
        rampHeight(canvas) + tickGap(canvas) + canvas.capHeight(canvas.style.tick) + canvas.style.tick.size * 0.25
    }

    func draw(in canvas: inout ChartCanvas, origin: Point, width: Double) {
        let font = canvas.style.legend
        let h = rampHeight(canvas)
        var x = origin.x
        if let caption {
            let label = canvas.label(caption, font, at: Point(x: x, y: origin.y + h / 2), v: .middle)
            canvas.add(label)
            x += label.line.width + font.size * 0.8
        }
        let tickFont = canvas.style.tick
        // The first tick's label is centred on the ramp's start: keep it inside the chart.
        if let first = ticks.first {
            let half = canvas.label(format.string(first), tickFont, at: .zero, h: .middle, v: .capTop).line.width / 2
            x = max(x, origin.x + half)
        }
        let w = min(rampWidth, max(40, width - (x - origin.x) - 6))
        let steps = 96
        let lo = scale.domain.lowerBound, hi = scale.domain.upperBound
        for i in 0..<steps {
            let t0 = Double(i) / Double(steps)
            let value = lo + (hi - lo) * (Double(i) + 0.5) / Double(steps)
            // Each slice runs under the next one, so anti-aliasing leaves no light seams.
            let sliceWidth = w / Double(steps) + (i < steps - 1 ? 0.4 : 0)
            canvas.fill(Rect(x: x + w * t0, y: origin.y, width: sliceWidth, height: h), scale(value))
        }
        for t in ticks where t >= lo - 1e-9 && t <= hi + 1e-9 {
            let tx = x + (t - lo) / (hi - lo) * w
            canvas.stroke(from: Point(x: tx, y: origin.y + h), to: Point(x: tx, y: origin.y + h + 2),
                          Stroke(color: canvas.style.baseline.color, width: 0.4))
            canvas.add(canvas.label(format.string(t), tickFont,
                                    at: Point(x: tx, y: origin.y + h + tickGap(canvas)),
                                    h: .middle, v: .capTop))
        }
    }
}
