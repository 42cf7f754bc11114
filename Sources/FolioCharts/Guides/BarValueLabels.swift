//! Value labels on bars: beside the bar end, else inside it, else dropped — never overlapping.

import FolioPage

/// Labels the value of each bar. Each label tries two positions — just past the bar's end,
/// then inside the end in a colour readable on the fill — and the `LabelPlacer` drops any
/// label that would still touch another label, another bar, an axis label or the frame.
struct BarValueLabels {
    enum Direction { case horizontal, vertical }

    var bars: [Rect]
    var values: [Double]
    /// Fill of each bar, for the inside position; nil keeps a label outside.
    var fills: [Color?]
    var format: NumberFormat
    var direction: Direction
    /// Labels placed first when space is short (the highlighted bar, the largest values).
    var priorities: [Double]
    var emphasised: Set<Int> = []

    struct Placed {
        var index: Int
        var label: PlacedLabel
        var inside: Bool
    }

    /// The labels that fit, in bar order.
    func place(canvas: ChartCanvas, bounds: Rect, obstacles: [Rect]) -> [Placed] {
        let gap = canvas.style.spacing.labelGap * 0.8
        var options: [Int: [(PlacedLabel, Bool)]] = [:]
        var candidates: [LabelCandidate] = []
        for (i, bar) in bars.enumerated() where values[i].isFinite {
            let font = self.font(i, inside: false, canvas: canvas)
            let text = format.string(values[i])
            let negative = values[i] < 0
            var opts: [(PlacedLabel, Bool)] = []
            switch direction {
            case .horizontal:
                let y = bar.minY + bar.height / 2
                opts.append((negative ? canvas.label(text, font, at: Point(x: bar.minX - gap, y: y), h: .end, v: .middle)
                                      : canvas.label(text, font, at: Point(x: bar.maxX + gap, y: y), v: .middle), false))
                if fills[i] != nil {
                    let f = self.font(i, inside: true, canvas: canvas)
                    opts.append((negative ? canvas.label(text, f, at: Point(x: bar.minX + gap, y: y), v: .middle)
                                          : canvas.label(text, f, at: Point(x: bar.maxX - gap, y: y), h: .end, v: .middle), true))
                }
            case .vertical:
                let x = bar.minX + bar.width / 2
                opts.append((negative ? canvas.label(text, font, at: Point(x: x, y: bar.maxY + gap), h: .middle, v: .capTop)
                                      : canvas.label(text, font, at: Point(x: x, y: bar.minY - gap), h: .middle), false))
                if fills[i] != nil {
                    let f = self.font(i, inside: true, canvas: canvas)
                    opts.append((negative ? canvas.label(text, f, at: Point(x: x, y: bar.maxY - gap), h: .middle)
                                          : canvas.label(text, f, at: Point(x: x, y: bar.minY + gap), h: .middle, v: .capTop), true))
                }
            }
            // An inside label must fit inside its bar; an outside one must not touch another bar.
            opts = opts.filter { label, inside in
                inside ? bar.insetBy(dx: 0.5, dy: 0.5).contains(label.box)
                       : !bars.enumerated().contains { $0.offset != i && $0.element.intersects(label.box) }
            }
            options[i] = opts
            candidates.append(LabelCandidate(id: i, positions: opts.map(\.0.box), priority: priorities[i]))
        }
        let placer = LabelPlacer(bounds: bounds, obstacles: obstacles, padding: 1)
        return placer.place(candidates).map { p in
            let (label, inside) = options[p.id]![p.positionIndex]
            return Placed(index: p.id, label: label, inside: inside)
        }
    }

    private func font(_ i: Int, inside: Bool, canvas: ChartCanvas) -> ChartFont {
        var f = canvas.style.value
        if emphasised.contains(i) { f.weight = .semibold }
        if inside, let fill = fills[i] {
            f.color = ColorScale.readableTextColor(on: fill, dark: canvas.style.darkText, light: canvas.style.lightText)
        }
        return f
    }
}
