//! Category labels beside bands: right-aligned names left of rows, wrapped names under columns.

import FolioPage

/// Labels for the bands of a `BandScale`.
struct CategoryAxis {
    var band: BandScale
    /// Display text per band (may differ from the category key, e.g. shortened).
    var labels: [String]
    /// Bands whose label is emphasised (the highlighted city).
    var emphasised: Set<Int> = []

    /// Font of one band's label.
    func font(_ i: Int, canvas: ChartCanvas) -> ChartFont {
        emphasised.contains(i) ? canvas.style.label.with { $0.weight = .semibold } : canvas.style.label
    }

    /// Widest label when set on one line (the width a left axis needs), capped at `limit`.
    func leftWidth(canvas: ChartCanvas, limit: Double) -> Double {
        min(limit, labels.indices.map { canvas.width(labels[$0], font($0, canvas: canvas)) }.max() ?? 0)
    }

    /// Every n-th label when the bands are too thin for all of them (n = 1 when they fit);
    /// emphasised labels are always kept.
    func stride(canvas: ChartCanvas) -> Int {
        let needed = canvas.capHeight(canvas.style.label) * 1.45
        guard band.step > 0 else { return 1 }
        return max(1, Int((needed / band.step).rounded(.up)))
    }

    /// The bands whose names are shown: every n-th one, and the emphasised ones with their
    /// too-close neighbours left out.
    func visibleIndices(canvas: ChartCanvas) -> Set<Int> {
        let every = stride(canvas: canvas)
        guard every > 1 else { return Set(labels.indices) }
        var shown = emphasised
        for i in labels.indices where i % every == 0 && emphasised.allSatisfy({ abs($0 - i) >= every }) {
            shown.insert(i)
        }
        return shown
    }

    /// Labels right-aligned at `x`, each centred on its band; returns their boxes. A name
    /// wider than `maxWidth` wraps when the band has room for more lines, else ends in "…".
    @discardableResult
    func drawLeft(in canvas: inout ChartCanvas, x: Double, maxWidth: Double) -> [Rect] {
        let shown = visibleIndices(canvas: canvas)
        let leading = canvas.leading(canvas.style.label)
        let room = band.step - 1.5 - canvas.capHeight(canvas.style.label)
        let maxLines = max(1, 1 + Int((room / leading).rounded(.down)))
        var boxes: [Rect] = []
        for i in labels.indices where shown.contains(i) {
            let f = font(i, canvas: canvas)
            let lines = canvas.wrap(labels[i], f, width: maxWidth, maxLines: maxLines)
            let first = band.center(i) - Double(lines.count - 1) * leading / 2
            for (k, text) in lines.enumerated() {
                let label = canvas.label(text, f, at: Point(x: x, y: first + Double(k) * leading), h: .end, v: .middle)
                canvas.add(label)
                boxes.append(label.box)
            }
        }
        return boxes
    }

    /// Lines per label when wrapped into the band's step, or nil when some word does not fit.
    func wrappedBelow(canvas: ChartCanvas, maxLines: Int) -> [[String]]? {
        let width = band.step - 4
        var out: [[String]] = []
        for i in labels.indices {
            let f = font(i, canvas: canvas)
            if canvas.longestWord(labels[i], f) > width { return nil }
            let lines = canvas.wrap(labels[i], f, width: width)
            if lines.count > maxLines { return nil }
            out.append(lines)
        }
        return out
    }

    /// Wrapped labels centred under columns, cap tops at `y`; returns their boxes.
    @discardableResult
    func drawBelow(in canvas: inout ChartCanvas, y: Double, lines: [[String]]) -> [Rect] {
        var boxes: [Rect] = []
        for (i, ls) in lines.enumerated() {
            let f = font(i, canvas: canvas)
            for (k, text) in ls.enumerated() {
                let label = canvas.label(text, f, at: Point(x: band.center(i), y: y + Double(k) * canvas.leading(f)),
                                         h: .middle, v: .capTop)
                canvas.add(label)
                boxes.append(label.box)
            }
        }
        return boxes
    }

    /// Height of wrapped labels below columns.
    func heightBelow(canvas: ChartCanvas, lines: [[String]]) -> Double {
        let f = canvas.style.label
        let n = Double(lines.map(\.count).max() ?? 0)
        guard n > 0 else { return 0 }
        return canvas.capHeight(f) + (n - 1) * canvas.leading(f) + f.size * 0.22
    }
}
