//! Title and subtitle above a chart, source note below it, wrapped to the chart's width.

import FolioPage

/// The words around a chart: a left-aligned semibold title, a grey subtitle (what is
/// measured, in which unit) and a grey source note at the foot.
struct ChartTitles {
    var title: String?
    var subtitle: String?
    var source: String?

    private func nonEmpty(_ s: String?) -> String? {
        guard let s, !s.allSatisfy(\.isWhitespace) else { return nil }
        return s
    }

    /// The title and subtitle lines and the height they take; the first line's ascent
    /// starts at y = 0 so that nothing of the header reaches above the frame.
    func header(width: Double, canvas: ChartCanvas) -> (labels: [PlacedLabel], height: Double) {
        let s = canvas.style
        var labels: [PlacedLabel] = []
        var baseline = 0.0
        var last: ChartFont?
        var descent = 0.0
        for (text, font) in [(nonEmpty(title), s.title), (nonEmpty(subtitle), s.subtitle)] {
            guard let text else { continue }
            for line in canvas.wrap(text, font, width: width) {
                var label = canvas.label(line, font, at: .zero)
                if let prev = last {
                    baseline += canvas.leading(font) + (prev == font ? 0 : s.spacing.afterTitle)
                } else {
                    baseline = label.line.ascent
                }
                label = label.offsetBy(dx: 0, dy: baseline)
                labels.append(label)
                descent = label.line.descent
                last = font
            }
        }
        guard last != nil else { return ([], 0) }
        return (labels, baseline + descent)
    }

    /// The source note lines, positioned so the last line's descent ends at `bottom`, and
    /// the height they take including the gap above them.
    func footer(width: Double, bottom: Double, canvas: ChartCanvas) -> (labels: [PlacedLabel], height: Double) {
        guard let text = nonEmpty(source) else { return ([], 0) }
        let font = canvas.style.source
        let lines = canvas.wrap(text, font, width: width)
        let leading = canvas.leading(font)
        var labels = lines.enumerated().map { i, line in
            canvas.label(line, font, at: Point(x: 0, y: Double(i) * leading))
        }
        let descent = labels.last?.line.descent ?? 0
        let shift = bottom - descent - Double(lines.count - 1) * leading
        labels = labels.map { $0.offsetBy(dx: 0, dy: shift) }
        let height = canvas.style.spacing.beforeSource + canvas.capHeight(font)
            + Double(lines.count - 1) * leading + descent
        return (labels, height)
    }
}
