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

    /// Whether `box` is a line of text set on the grid's leading.
    func holds(_ box: FlowBox) -> Bool { box.isParagraphLine && abs(box.height - step) < ColumnFiller.epsilon }

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

    private struct Entry {
        var index: Int
        var placed: PlacedBox
        var synthetic: Bool
    }

    /// Fills from `start` up to (not including) `end`, or to the end of the list.
    func fill(from start: Int, to end: Int? = nil, region: ColumnRegion) -> FillResult {
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
                placed.append(e.placed)
                lowest = max(lowest, e.placed.y + e.placed.box.height)
            }
            column = []
            y = region.top
            pending = 0
        }
        func finish(_ stop: FillStop, _ next: Int) -> FillResult {
            flushColumn()
            return FillResult(placed: placed, next: next, stop: stop, bottom: lowest, diagnostics: diagnostics)
        }

        while i < limit {
            switch items[i] {
            case .space(let s):
                if !column.isEmpty { pending = max(pending, s) }
                i += 1
            case .pageBreak:
                return finish(.pageBreak, i + 1)
            case .columnBreak:
                i += 1
                if col + 1 >= region.xs.count { return finish(.full, i) }
                flushColumn(); col += 1
            case .box(var box):
                if box.spanAll && region.xs.count > 1 { return finish(.spanAll, i) }
                if column.isEmpty, let t = box.table, continuesTable(t, before: i) {
                    for var h in [t.caption].compactMap({ $0 }) + t.headers {
                        // Repeated headers are furniture: the table's header row is tagged once.
                        h.items = h.items.asArtifact
                        column.append(Entry(index: i, placed: PlacedBox(box: h, x: region.xs[col], y: y), synthetic: true))
                        y += h.height
                    }
                    // The first row under them repeats its group label ("… (continued)").
                    if let continued = box.continuedForm.first { box = continued }
                }
                let noReal = column.allSatisfy(\.synthetic)
                var gap = noReal ? 0 : pending
                if let grid = region.grid {
                    if grid.holds(box) {
                        gap = grid.snap(y + gap) - y
                    } else if box.keepWithNext, !noReal || y > grid.origin + Self.epsilon, let run = runToGrid(from: i, grid: grid) {
                        // A heading takes the white that brings the line after it onto the grid
                        // above it, where it separates, rather than between it and its text.
                        let end = y + gap + run
                        gap += grid.snap(end) - end
                    }
                }
                let fits = y + gap + box.height <= region.bottom + Self.epsilon
                let hopeless = noReal && box.height > region.fullHeight - (y - region.top) + Self.epsilon
                if fits || hopeless {
                    if !fits {
                        diagnostics.append(.warning(
                            "content \(Int(box.height.rounded())) pt tall does not fit in a column of \(Int(region.fullHeight.rounded())) pt and overflows the page",
                            at: box.source))
                    }
                    column.append(Entry(index: i, placed: PlacedBox(box: box, x: region.xs[col], y: y + gap), synthetic: false))
                    y += gap + box.height
                    pending = 0
                    i += 1
                    continue
                }
                // Does not fit: break after the last box that allows it.
                if let lastReal = column.last(where: { !$0.synthetic }), lastReal.placed.box.keepWithNext {
                    if let k = column.lastIndex(where: { !$0.synthetic && !$0.placed.box.keepWithNext }) {
                        let rewindTo = column[(k + 1)...].first(where: { !$0.synthetic })?.index ?? i
                        column.removeSubrange((k + 1)...)
                        i = rewindTo
                    } else if lastReal.placed.box.isParagraphLine {
                        diagnostics.append(.warning("could not avoid a widow or orphan line", at: lastReal.placed.box.source))
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
        while k < items.count {
            switch items[k] {
            case .space(let s): pending = max(pending, s)
            case .box(let b):
                if grid.holds(b) { return height + pending }
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
