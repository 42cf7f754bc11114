//! A vertical colour key: a ramp with the highest value at the top, ticks to its right.

import FolioPage

/// The colour key a heat map sets beside its cells (in the empty half of a triangular
/// matrix), running over the scale's domain, which is fitted to the data.
struct VerticalRampLegend {
    var scale: ColorScale
    var ticks: [Double]
    var format: NumberFormat
    var caption: String?

    func rampWidth(_ canvas: ChartCanvas) -> Double { canvas.capHeight(canvas.style.legend) * 1.3 }

    /// Width of ramp, tick marks and the widest tick label (or the caption, if wider).
    func width(_ canvas: ChartCanvas) -> Double {
        let labels = ticks.map { canvas.width(format.string($0), canvas.style.tick) }.max() ?? 0
        let caption = caption.map { canvas.width($0, canvas.style.legend) } ?? 0
        return max(rampWidth(canvas) + 2 + canvas.style.spacing.labelGap + labels, caption)
    }

    /// Height of the caption line above the ramp (0 without a caption).
    func captionHeight(_ canvas: ChartCanvas) -> Double {
        caption == nil ? 0 : canvas.leading(canvas.style.legend) + canvas.style.spacing.labelGap
    }

    /// Half a tick label sticks out above the ramp's top and below its bottom.
    func overhang(_ canvas: ChartCanvas) -> Double { canvas.capHeight(canvas.style.tick) / 2 + 0.5 }

    /// Draws the key in the box from `top` with the given total height, left edge at `x`.
    func draw(in canvas: inout ChartCanvas, x: Double, top: Double, height: Double) {
        var y = top
        if let caption {
            canvas.add(canvas.label(caption, canvas.style.legend, at: Point(x: x, y: y), v: .capTop))
            y += captionHeight(canvas)
        }
        y += overhang(canvas)
        let h = height - (y - top) - overhang(canvas)
        guard h > 0 else { return }
        let w = rampWidth(canvas)
        let lo = scale.domain.lowerBound, hi = scale.domain.upperBound
        let steps = 64
        for i in 0..<steps {
            let value = hi - (hi - lo) * (Double(i) + 0.5) / Double(steps)
            // Each slice runs under the next one, so anti-aliasing leaves no light seams.
            let sliceHeight = h / Double(steps) + (i < steps - 1 ? 0.4 : 0)
            canvas.fill(Rect(x: x, y: y + h * Double(i) / Double(steps), width: w, height: sliceHeight), scale(value))
        }
        for t in ticks where t >= lo - 1e-9 && t <= hi + 1e-9 {
            let ty = y + (hi - t) / max(hi - lo, 1e-12) * h
            canvas.stroke(from: Point(x: x + w, y: ty), to: Point(x: x + w + 2, y: ty),
                          Stroke(color: canvas.style.baseline.color, width: 0.4))
            canvas.add(canvas.label(format.string(t), canvas.style.tick,
                                    at: Point(x: x + w + 2 + canvas.style.spacing.labelGap, y: ty), v: .middle))
        }
    }
}
