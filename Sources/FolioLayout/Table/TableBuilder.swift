//! Tables into row boxes: column widths from content and spec, wrapped cells, tints, rules.

import FolioCore
import FolioDocument
import FolioGraphics
import FolioPage

/// Builds the boxes of a table: an optional caption, header rows that repeat where the
/// table continues, and one unbreakable box per body row.
struct TableBuilder {
    let context: LayoutContext
    let width: Double

    var theme: Theme { context.theme }

    struct Metrics {
        var style: TableStyleSpec
        var padX: Double
        var padY: Double
        var size: Double
        var headerSize: Double
        var leading: Double
        var family: String
        var textColor: Color
        var ruleColor: Color
    }

    func metrics(_ t: TableBlock) -> Metrics {
        let s = theme.table(t.style)
        let size = s.size ?? 8
        return Metrics(style: s, padX: s.cellPaddingX ?? 4, padY: s.cellPaddingY ?? 2.5, size: size,
                       headerSize: s.headerSize ?? size, leading: s.leading ?? size * 1.3,
                       family: context.styles.family(s.font ?? "display"), textColor: theme.color("text"),
                       ruleColor: theme.color(s.rule ?? "rule", default: Color(hex: "#c8c8c8")!))
    }

    func cellStyle(_ m: Metrics, column: TableColumn, header: Bool, cell: TableCell, row: TableRow) -> TextStyle {
        var st = TextStyle(family: m.family, size: header ? m.headerSize : m.size,
                           weight: header ? FontWeight(name: m.style.headerWeight ?? "semibold") : (cell.bold || row.highlighted ? .bold : .regular),
                           color: cell.textColor ?? (header ? theme.color(m.style.headerColor, default: m.textColor) : m.textColor))
        if column.numeric { st.features = ["tnum", "lnum"] }
        return st
    }

    func build(_ table: TableBlock) -> [FlowItem] {
        let m = metrics(table)
        let plan = headerPlan(table, m)
        let (t, widths) = (plan.table, plan.widths)
        var out: [FlowItem] = [.space(8)]
        var captionBox: FlowBox?
        var continuedBox: FlowBox?
        // A key for headers replaced by letters belongs to the caption (a `Caption` element)
        // and repeats with the header rows where the table continues.
        var keyBoxes = headerKeyBoxes(plan.key, table: t)
        for k in keyBoxes.indices { keyBoxes[k].keepWithNext = true; keyBoxes[k].spanAll = t.spanAll }
        if let last = keyBoxes.indices.last { keyBoxes[last].height += 3 }
        if let caption = t.caption {
            let spec = theme.paragraph("table-caption")
            let spans = context.styles.spans(caption, base: context.styles.textStyle(spec), hyphenate: false)
            var boxes = context.lineBoxes(spans, width: width, leading: context.styles.leading(spec), alignment: .left, keepTogether: true, source: t.source)
            if let id = t.id, !boxes.isEmpty { boxes[0].items.append(.anchor(id, .zero)) }
            out += (boxes.map { var b = $0; b.keepWithNext = true; b.spanAll = t.spanAll; return FlowItem.box(b) }
                    + (keyBoxes.isEmpty ? [] : [.space(2)] + keyBoxes.map { .box($0) })).tagged(StructureTag(.caption))
            out.append(.space(4))
            captionBox = boxes.first
            if let label = t.continuedLabel {
                let cont = context.styles.spans(caption + [.text(" " + label)], base: context.styles.textStyle(spec), hyphenate: false)
                var cb = context.lineBoxes(cont, width: width, leading: context.styles.leading(spec), alignment: .left, keepTogether: true, source: t.source)
                if !cb.isEmpty { cb[0].height += 4; continuedBox = cb[0] }
            }
        } else {
            if let id = t.id { out.append(.box(FlowBox(height: 0, items: [.anchor(id, .zero)], keepWithNext: true, spanAll: t.spanAll))) }
            if !keyBoxes.isEmpty { out += keyBoxes.map { FlowItem.box($0) }.tagged(StructureTag(.caption)) }
        }
        _ = captionBox
        var headers: [FlowBox] = keyBoxes
        for (r, row) in t.headerRows.enumerated() {
            var b = rowBox(row, widths: widths, m: m, header: true, index: r, isLastHeader: r == t.headerRows.count - 1, table: t,
                           rotated: Set(plan.rotated.filter { $0[0] == r }.map { $0[1] }))
            b.keepWithNext = true
            headers.append(b)
        }
        let continuation = TableContinuation(headers: headers, caption: continuedBox)
        for var h in headers.dropFirst(keyBoxes.count) { h.table = nil; h.spanAll = t.spanAll; out.append(.box(h)) }
        for (r, row) in t.rows.enumerated() {
            var b = rowBox(row, widths: widths, m: m, header: false, index: r, isLastHeader: false, table: t)
            b.table = continuation
            b.spanAll = t.spanAll
            if let cells = row.continuedCells {
                var first = TableRow(cells: cells, highlighted: row.highlighted)
                first.ruleAbove = false
                var alt = rowBox(first, widths: widths, m: m, header: false, index: r, isLastHeader: false, table: t)
                alt.table = continuation
                alt.spanAll = t.spanAll
                b.continuedForm = [alt]
            }
            out.append(.box(b))
        }
        // The last row closes the table with a rule.
        let closing = FlowBox(height: 0.6, items: [.shape(Shape(path: .rect(Rect(x: 0, y: 0, width: widths.reduce(0, +), height: 0.6)), fill: theme.color("text")))], spanAll: t.spanAll)
        out.append(.box(closing))
        out.append(.space(10))
        return out.tagged(StructureTag(.table))
    }

    // MARK: Column widths

    /// Column widths within the table's width, and by how much the table still overflows (0
    /// when it fits). With `wholeHeaderWords` a column is never planned narrower than the widest
    /// word of its header; without, headers do not constrain it (the fallback plan).
    func columnWidths(_ t: TableBlock, _ m: Metrics, wholeHeaderWords: Bool = true) -> (widths: [Double], overflow: Double) {
        let n = t.columns.count
        var natural = [Double](repeating: 0, count: n)
        var minimum = [Double](repeating: 0, count: n)
        for (isHeader, rows) in [(true, t.headerRows), (false, t.rows)] {
            for row in rows {
                var c = 0
                for cell in row.cells {
                    defer { c += cell.span }
                    guard c < n, cell.span == 1 else { continue }
                    let style = cellStyle(m, column: t.columns[c], header: isHeader, cell: cell, row: row)
                    let text = cell.content.plainText
                    let w = context.shaper.width(of: text, style: style) + 2 * m.padX
                    // Header text breaks only between words (never hyphenated), so a header
                    // column needs its widest word; body cells prefer one line.
                    let pieces = HeaderWords.words(text)
                    let longestWord = pieces.map { context.shaper.width(of: $0, style: style) }.max() ?? 0
                    if isHeader {
                        guard wholeHeaderWords else { continue }
                        minimum[c] = max(minimum[c], longestWord + 2 * m.padX)
                        natural[c] = max(natural[c], min(w, longestWord * 2 + 2 * m.padX))
                    } else {
                        natural[c] = max(natural[c], w)
                        minimum[c] = max(minimum[c], t.columns[c].numeric ? w : longestWord + 2 * m.padX)
                    }
                }
            }
        }
        var widths = [Double](repeating: 0, count: n)
        var fractions = 0.0
        for (i, col) in t.columns.enumerated() {
            switch col.width {
            case .fixed(let w): widths[i] = w
            case .auto: widths[i] = natural[i]
            case .fraction(let f): fractions += f
            }
        }
        let used = widths.reduce(0, +)
        var remaining = width - used
        if fractions > 0 {
            // Water-filling: a column whose minimum (its widest header word, its numbers) is
            // above its share keeps its minimum; the others share what is left by their fractions.
            let shares = t.columns.indices.compactMap { i -> (Int, Double)? in
                if case .fraction(let f) = t.columns[i].width { return (i, f) } else { return nil }
            }
            func total(_ level: Double) -> Double { shares.map { max(minimum[$0.0], level * $0.1) }.reduce(0, +) }
            var low = 0.0, high = max(remaining, 0) / fractions
            if total(high) <= remaining {
                low = high
            } else {
                for _ in 0..<40 { let mid = (low + high) / 2; if total(mid) > remaining { high = mid } else { low = mid } }
            }
            for (i, f) in shares { widths[i] = max(minimum[i], low * f) }
            remaining = width - widths.reduce(0, +)
        }
        if remaining > 0.5 {
            // Spread spare width over auto columns in proportion to their natural width.
            let autos = t.columns.indices.filter { if case .auto = t.columns[$0].width { return true } else { return false } }
            let total = autos.map { widths[$0] }.reduce(0, +)
            if total > 0 && fractions == 0 { for i in autos { widths[i] += remaining * widths[i] / total } }
        } else if remaining < -0.5 {
            // Too wide: shrink columns toward their minimum.
            var excess = -remaining
            let autos = t.columns.indices.filter { if case .auto = t.columns[$0].width { return true } else { return false } }
            // Proportional columns give first (down to what their widest header word and
            // their cells need), then the auto columns (whose cells would wrap).
            let fracs = t.columns.indices.filter { if case .fraction = t.columns[$0].width { return true } else { return false } }
            for group in [fracs, autos] where excess > 0.5 {
                let slack = group.map { max(0, widths[$0] - minimum[$0]) }.reduce(0, +)
                guard slack > 0 else { continue }
                let factor = min(1, excess / slack)
                for i in group { let s = max(0, widths[i] - minimum[i]); widths[i] -= s * factor; excess -= s * factor }
            }
            if excess > 0.5 {
                let scale = width / widths.reduce(0, +)
                widths = widths.map { $0 * scale }
                return (widths, excess)
            }
        }
        return (widths, 0)
    }

    // MARK: Rows

    func rowBox(_ row: TableRow, widths: [Double], m: Metrics, header: Bool, index: Int, isLastHeader: Bool, table t: TableBlock,
                rotated: Set<Int> = []) -> FlowBox {
        var cellsContent: [(x: Double, w: Double, lines: [FlowBox], cell: TableCell, col: TableColumn)] = []
        var turned: [(x: Double, w: Double, line: TextLine)] = []
        var x = 0.0
        var c = 0
        var height = 0.0
        for (i, cell) in row.cells.enumerated() {
            guard c < widths.count else { break }
            let span = min(cell.span, widths.count - c)
            let w = widths[c..<(c + span)].reduce(0, +)
            let col = t.columns[c]
            let style = cellStyle(m, column: col, header: header, cell: cell, row: row)
            let align: ParagraphFormat.Alignment = span > 1 ? .center : (col.alignment == .right ? .right : col.alignment == .center ? .center : .left)
            // Headers are never hyphenated: their words are set whole, on lines planned here
            // (see `HeaderWords`), or turned on one line (the `rotate` fallback).
            var content = cell.content
            if header, let words = HeaderWords(cell.content) {
                let measure = { (s: String) in context.shaper.width(of: s, style: style) }
                if rotated.contains(i) {
                    let spans = context.styles.spans([.text(words.text)], base: style, hyphenate: false)
                    if let line = context.lineBoxes(spans, width: 10_000, leading: m.leading, alignment: .left, source: t.source)
                        .first?.items.lazy.compactMap({ if case .text(let l) = $0 { return l }; return nil }).first {
                        turned.append((x, w, line))
                        // A point more than the text, so that its ascenders clear the rule above.
                        height = max(height, line.width + 1)
                    }
                    cellsContent.append((x, w, [], cell, col))
                    x += w
                    c += span
                    continue
                }
                if let lines = words.lines(width: max(1, w - 2 * m.padX), measure) {
                    content = Array(lines.map { [Inline.text($0)] }.joined(separator: [.lineBreak]))
                }
            }
            let spans = context.styles.spans(content, base: style, hyphenate: false)
            let lines = spans.isEmpty ? [] : context.lineBoxes(spans, width: max(1, w - 2 * m.padX), leading: m.leading, alignment: align, keepTogether: true, source: t.source)
            height = max(height, Double(lines.count) * m.leading)
            cellsContent.append((x, w, lines, cell, col))
            x += w
            c += span
        }
        height += 2 * m.padY
        let total = widths.reduce(0, +)
        var items: [PageItem] = []
        if header, let bg = m.style.headerBackground {
            items.append(.shape(Shape(path: .rect(Rect(x: 0, y: 0, width: total, height: height)), fill: theme.color(bg))))
        } else if !header, row.highlighted {
            items.append(.shape(Shape(path: .rect(Rect(x: 0, y: 0, width: total, height: height)), fill: theme.color(m.style.highlight ?? "highlight", default: Color(hex: "#fff1c2")!))))
        } else if !header, let zebra = m.style.zebra, index % 2 == 1 {
            items.append(.shape(Shape(path: .rect(Rect(x: 0, y: 0, width: total, height: height)), fill: theme.color(zebra))))
        }
        for cc in cellsContent {
            if let bg = cc.cell.background {
                items.append(.shape(Shape(path: .rect(Rect(x: cc.x + 0.5, y: 0.5, width: cc.w - 1, height: height - 1)), fill: bg)))
            }
            // Header text sits at the bottom of the cell; body text is centred vertically.
            let textHeight = Double(cc.lines.count) * m.leading
            var y = header ? height - m.padY - textHeight : (height - textHeight) / 2
            var cellItems: [PageItem] = []
            // Text stays inside the cell's padding (checked by the layout's self-check).
            let frame = TextFrame(rect: Rect(x: cc.x + m.padX, y: 0, width: max(1, cc.w - 2 * m.padX), height: height),
                                  name: header ? "table header cell" : "table cell", file: t.source?.file, line: t.source?.line ?? 0)
            for line in cc.lines {
                for item in line.items.translated(dx: cc.x + m.padX, dy: y) {
                    switch item {
                    case .text(let l): cellItems.append(.text(l.framed(frame)))
                    case .link: cellItems.append(item)
                    default: break
                    }
                }
                y += line.height
            }
            // A turned header reads upwards from the bottom of its cell, centred across the column.
            if let cell = turned.first(where: { $0.x == cc.x }) {
                let line = cell.line.moved(to: .zero)
                let pivot = Point(x: cell.x + cell.w / 2 + (line.ascent - line.descent) / 2, y: height - m.padY)
                let local = Rect(x: 0, y: cell.x + m.padX - pivot.x, width: height - 2 * m.padY, height: max(1, cell.w - 2 * m.padX))
                let framed = line.framed(TextFrame(rect: local, name: "table header cell", file: t.source?.file, line: t.source?.line ?? 0))
                cellItems.append(.group(Group(transform: Transform(a: 0, b: -1, c: 1, d: 0, tx: pivot.x, ty: pivot.y), items: [.text(framed)])))
            }
            // Header cells are `TH`: a screen reader announces them with every data cell; so
            // are the cells of a row-header column, for their row.
            let tag = header ? StructureTag(.tableHeader, scope: .column)
                : cc.col.rowHeader ? StructureTag(.tableHeader, scope: .row) : StructureTag(.tableCell)
            items += cellItems.tagged(tag)
        }
        if header && isLastHeader {
            items.append(.shape(Shape(path: .rect(Rect(x: 0, y: height - (m.style.headerRuleWidth ?? 0.8), width: total, height: m.style.headerRuleWidth ?? 0.8)), fill: theme.color("text"))))
        }
        if header && index == 0 {
            items.append(.shape(Shape(path: .rect(Rect(x: 0, y: 0, width: total, height: 0.8)), fill: theme.color("text"))))
        }
        if !header {
            if row.ruleAbove {
                items.append(.shape(Shape(path: .rect(Rect(x: 0, y: 0, width: total, height: 0.9)), fill: theme.color("text"))))
            } else if let rw = m.style.ruleWidth, rw > 0, index > 0 {
                items.append(.shape(Shape(path: .line(from: Point(x: 0, y: 0), to: Point(x: total, y: 0)), stroke: Stroke(color: m.ruleColor, width: rw))))
            }
        }
        return FlowBox(height: height, items: items.tagged(StructureTag(.tableRow)), source: t.source)
    }
}
