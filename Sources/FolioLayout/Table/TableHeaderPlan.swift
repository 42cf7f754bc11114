//! The column plan of a table together with how each header is set: whole words on as many
//! lines as the column needs, or, where no plan gives a word its width, the style's fallback.

import FolioDocument
import FolioPage

/// Column widths and the header cells that take the fallback.
struct TableHeaderPlan {
    var widths: [Double]
    /// The table with keyed headers replaced by their letters.
    var table: TableBlock
    /// Header cells (row, cell index) set turned, reading upwards.
    var rotated: Set<[Int]> = []
    /// Letter and full header text of each keyed header, in column order.
    var key: [(label: String, text: String)] = []
}

extension TableBuilder {
    /// Plans widths so that every header word fits its column whole; when the table cannot
    /// give every column its widest header word, plans for the body alone and sets the headers
    /// that do not fit by the table style's fallback (a key by default). Warns when even the
    /// body does not fit.
    func headerPlan(_ t: TableBlock, _ m: Metrics) -> TableHeaderPlan {
        var (widths, overflow) = columnWidths(t, m)
        var misfits = headerMisfits(t, m, widths)
        if !misfits.isEmpty {
            (widths, overflow) = columnWidths(t, m, wholeHeaderWords: false)
            misfits = headerMisfits(t, m, widths)
        }
        if overflow > 0.5 {
            context.diagnostics.append(.warning("table is \(Int((widths.reduce(0, +) + overflow).rounded())) pt wide but only \(Int(width.rounded())) pt are available; text in cells may be cramped", at: t.source))
        }
        var plan = TableHeaderPlan(widths: widths, table: t)
        guard !misfits.isEmpty else { return plan }
        // Columns of one kind (the same width rule: the dimension columns of the overall
        // table) fall back together, so a row of letters or turned headers is not broken by
        // one header set the ordinary way.
        let kinds = Set(misfits.map { t.columns[columnIndex(t, misfit: $0)].width })
        for (r, row) in t.headerRows.enumerated() {
            for i in row.cells.indices where row.cells[i].span == 1 && HeaderWords(row.cells[i].content) != nil
                && !misfits.contains(where: { $0 == (r, i) }) && kinds.contains(t.columns[columnIndex(t, misfit: (r, i))].width) {
                misfits.append((r, i))
            }
        }
        misfits.sort { ($0.row, columnIndex(t, misfit: $0)) < ($1.row, columnIndex(t, misfit: $1)) }
        switch HeaderFallback(rawValue: m.style.headerFallback ?? "key") ?? .key {
        case .rotate:
            plan.rotated = Set(misfits.map { [$0.row, $0.cell] })
        case .key:
            for (n, misfit) in misfits.enumerated() {
                let label = HeaderKeyLabel.label(n)
                let cell = plan.table.headerRows[misfit.row].cells[misfit.cell]
                plan.key.append((label, cell.content.plainText))
                plan.table.headerRows[misfit.row].cells[misfit.cell].content = [.text(label)]
            }
        }
        return plan
    }

    /// The first column a header cell covers.
    func columnIndex(_ t: TableBlock, misfit: (row: Int, cell: Int)) -> Int {
        min(t.columns.count - 1, t.headerRows[misfit.row].cells.prefix(misfit.cell).map(\.span).reduce(0, +))
    }

    /// Header cells whose widest word is wider than the text width of the columns they cover.
    func headerMisfits(_ t: TableBlock, _ m: Metrics, _ widths: [Double]) -> [(row: Int, cell: Int)] {
        var out: [(row: Int, cell: Int)] = []
        for (r, row) in t.headerRows.enumerated() {
            var c = 0
            for (i, cell) in row.cells.enumerated() {
                defer { c += cell.span }
                guard c < widths.count, let words = HeaderWords(cell.content) else { continue }
                let w = widths[c..<min(widths.count, c + cell.span)].reduce(0, +) - 2 * m.padX
                let style = cellStyle(m, column: t.columns[c], header: true, cell: cell, row: row)
                if words.widestWord({ context.shaper.width(of: $0, style: style) }) > w + 0.01 { out.append((r, i)) }
            }
        }
        return out
    }

    /// The key of a table whose headers were replaced by letters, "A Full header; B …": set
    /// under the caption and repeated with the headers where the table continues.
    func headerKeyBoxes(_ key: [(label: String, text: String)], table t: TableBlock) -> [FlowBox] {
        guard !key.isEmpty else { return [] }
        let spec = theme.paragraph("note")
        var content: [Inline] = []
        for (n, entry) in key.enumerated() {
            if n > 0 { content.append(.text("; ")) }
            content += [.strong([.text(entry.label)]), .text("\u{00A0}" + entry.text)]
        }
        let spans = context.styles.spans(content, base: context.styles.textStyle(spec), hyphenate: false)
        var boxes = context.lineBoxes(spans, width: width, leading: context.styles.leading(spec), alignment: .left,
                                      keepTogether: true, source: t.source)
        for k in boxes.indices { boxes[k].spanAll = t.spanAll }
        return boxes
    }
}
