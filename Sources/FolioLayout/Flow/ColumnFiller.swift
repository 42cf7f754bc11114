//! Packs the vertical list into the columns of one page region, honouring keep rules.

import FolioCore
import FolioPage

/// A box placed at an absolute position on the page.
struct PlacedBox {
    var box: FlowBox
    var x: Double
    var y: Double
}

/// Columns of a region: their left edges, common width, and vertical extent.
struct ColumnRegion {
    var xs: [Double]
    var width: Double
    var top: Double
    var bottom: Double
    /// Height of a column on an empty page; a box taller than this can never fit.
    var fullHeight: Double
    /// The baseline grid body lines sit on, if the layout has one.
    var grid: BaselineGrid?
}

/// Grid lines every `step` points from `origin` (the top of the page's text area). A line box
/// as tall as the step starts on a grid line, so its baseline lies on the grid in every column;
/// anything else (a heading, a table, a figure) starts where it falls and the line after it
/// moves down to the next grid line.
struct BaselineGrid: Equatable {
    var origin: Double
    var step: Double

    /// Whether a box of this height, a paragraph line or not, is a line of text set on the grid's leading.
    func holds(height: Double, isParagraphLine: Bool) -> Bool { isParagraphLine && abs(height - step) < ColumnFiller.epsilon }

    /// The first grid line at or below `y`.
    func snap(_ y: Double) -> Double {
        origin + ((y - origin) / step - ColumnFiller.epsilon).rounded(.up) * step
    }
}

/// Why a fill stopped.
enum FillStop: Equatable { case end, full, spanAll, pageBreak }

struct FillResult {
    var placed: [PlacedBox]
    var next: Int
    var stop: FillStop
    /// Lowest content edge of the region (over all columns).
    var bottom: Double
    var diagnostics: [Diagnostic]
}

/// Fills columns top to bottom, breaking only where keep-with-next allows.
struct ColumnFiller {
    let items: [FlowItem]
    static let epsilon = 0.01

    /// What filling reads of each item, as plain values: a fill tries many heights (balancing,
    /// section endings), and reading boxes themselves would copy their reference-counted parts
    /// at every step.
    private enum Piece {
        case box(BoxMetrics)
        case space(Double)
        case columnBreak
        case pageBreak
    }

    private struct BoxMetrics {
        var height: Double
        var keepWithNext: Bool
        var spanAll: Bool
        var isParagraphLine: Bool
        /// A table row: it may open a continuation column, which repeats the table's headers.
        var isTableRow: Bool
    }

    private let pieces: [Piece]

    init(items: [FlowItem]) {
        self.items = items
        pieces = items.map { item in
            switch item {
            case .box(let b):
                return .box(BoxMetrics(height: b.height, keepWithNext: b.keepWithNext, spanAll: b.spanAll,
                                       isParagraphLine: b.isParagraphLine, isTableRow: b.table != nil))
            case .space(let s): return .space(s)
            case .columnBreak: return .columnBreak
            case .pageBreak: return .pageBreak
            }
        }
    }

    /// A box of the column being filled: the item at `index`, or `box` where it is placed in
    /// another form (a repeated header row, a row's continued form).
    private struct Entry {
        var index: Int
        var x: Double
        var y: Double
        var height: Double
        var keepWithNext: Bool
        var isParagraphLine: Bool
        var synthetic: Bool
        var box: FlowBox?
    }

    private func box(at index: Int) -> FlowBox {
        guard case .box(let b) = items[index] else { preconditionFailure("item \(index) is not a box") }
        return b
    }

    /// Fills from `start` up to (not including) `end`, or to the end of the list. `measuring`:
    /// only where the fill stops and how low it reaches matter; `placed` stays empty.
    func fill(from start: Int, to end: Int? = nil, region: ColumnRegion, measuring: Bool = false) -> FillResult {
        let limit = min(end ?? items.count, items.count)
        var placed: [PlacedBox] = []
        var diagnostics: [Diagnostic] = []
        var lowest = region.top
        var col = 0
        var i = start
        var column: [Entry] = []
        var y = region.top
        var pending = 0.0

        func flushColumn() {
            for e in column {
                if !measuring { placed.append(PlacedBox(box: e.box ?? box(at: e.index), x: e.x, y: e.y)) }
                lowest = max(lowest, e.y + e.height)
            }
            column.removeAll(keepingCapacity: true)
            y = region.top
            pending = 0
        }
        func finish(_ stop: FillStop, _ next: Int) -> FillResult {
            flushColumn()
            return FillResult(placed: placed, next: next, stop: stop, bottom: lowest, diagnostics: diagnostics)
        }

        while i < limit {
            switch pieces[i] {
            case .space(let s):
                if !column.isEmpty { pending = max(pending, s) }
                i += 1
            case .pageBreak:
                return finish(.pageBreak, i + 1)
            case .columnBreak:
                i += 1
                if col + 1 >= region.xs.count { return finish(.full, i) }
                flushColumn(); col += 1
            case .box(var m):
                if m.spanAll && region.xs.count > 1 { return finish(.spanAll, i) }
                var form: FlowBox?
                if column.isEmpty, m.isTableRow, let t = box(at: i).table, continuesTable(t, before: i) {
                    for var h in [t.caption].compactMap({ $0 }) + t.headers {
                        // Repeated headers are furniture: the table's header row is tagged once.
                        h.items = h.items.asArtifact
                        column.append(Entry(index: i, x: region.xs[col], y: y, height: h.height, keepWithNext: h.keepWithNext,
                                            isParagraphLine: h.isParagraphLine, synthetic: true, box: h))
                        y += h.height
                    }
                    // The first row under them repeats its group label ("… (continued)").
                    if let continued = box(at: i).continuedForm.first {
                        form = continued
                        m = BoxMetrics(height: continued.height, keepWithNext: continued.keepWithNext, spanAll: continued.spanAll,
                                       isParagraphLine: continued.isParagraphLine, isTableRow: true)
                    }
                }
                let noReal = column.allSatisfy(\.synthetic)
                var gap = noReal ? 0 : pending
                if let grid = region.grid {
                    if grid.holds(height: m.height, isParagraphLine: m.isParagraphLine) {
                        gap = grid.snap(y + gap) - y
                    } else if m.keepWithNext, !noReal || y > grid.origin + Self.epsilon, let run = runToGrid(from: i, grid: grid) {
                        // A heading takes the white that brings the line after it onto the grid
                        // above it, where it separates, rather than between it and its text.
                        let end = y + gap + run
                        gap += grid.snap(end) - end
                    }
                }
                let fits = y + gap + m.height <= region.bottom + Self.epsilon
                let hopeless = noReal && m.height > region.fullHeight - (y - region.top) + Self.epsilon
                if fits || hopeless {
                    if !fits {
                        diagnostics.append(.warning(
                            "content \(Int(m.height.rounded())) pt tall does not fit in a column of \(Int(region.fullHeight.rounded())) pt and overflows the page",
                            at: (form ?? box(at: i)).source))
                    }
                    column.append(Entry(index: i, x: region.xs[col], y: y + gap, height: m.height, keepWithNext: m.keepWithNext,
                                        isParagraphLine: m.isParagraphLine, synthetic: false, box: form))
                    y += gap + m.height
                    pending = 0
                    i += 1
                    continue
                }
                // Does not fit: break after the last box that allows it.
                if let lastReal = column.last(where: { !$0.synthetic }), lastReal.keepWithNext {
                    if let k = column.lastIndex(where: { !$0.synthetic && !$0.keepWithNext }) {
                        let rewindTo = column[(k + 1)...].first(where: { !$0.synthetic })?.index ?? i
                        column.removeSubrange((k + 1)...)
                        i = rewindTo
                    } else if lastReal.isParagraphLine {
                        diagnostics.append(.warning("could not avoid a widow or orphan line", at: (lastReal.box ?? box(at: lastReal.index)).source))
                    }
                }
                if col + 1 >= region.xs.count { return finish(.full, i) }
                flushColumn(); col += 1
            }
        }
        return finish(.end, i)
    }

    /// The height from the top of the box at `index` to the top of the first grid line box after
    /// it, with the spaces between as the filler sets them; nil when a break or the end of the
    /// list comes first.
    private func runToGrid(from index: Int, grid: BaselineGrid) -> Double? {
        var height = 0.0, pending = 0.0
        var k = index
        while k < pieces.count {
            switch pieces[k] {
            case .space(let s): pending = max(pending, s)
            case .box(let b):
                if grid.holds(height: b.height, isParagraphLine: b.isParagraphLine) { return height + pending }
                height += (k == index ? 0 : pending) + b.height
                pending = 0
            case .columnBreak, .pageBreak: return nil
            }
            k += 1
        }
        return nil
    }

    /// True when the box before `index` (spaces aside) is a row of the same table, so the
    /// table is continuing and its header rows must be repeated.
    private func continuesTable(_ table: TableContinuation, before index: Int) -> Bool {
        var k = index - 1
        while k >= 0 {
            switch items[k] {
            case .space: k -= 1
            case .box(let b): return b.table === table
            case .columnBreak, .pageBreak: return false
            }
        }
        return false
    }
}
