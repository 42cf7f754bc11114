//! The vertical list: blocks become boxes, spaces and breaks that the column filler packs.

import FolioCore
import FolioPage

/// An unbreakable piece of content (a line of text, a table row, a figure).
struct FlowBox {
    /// Height in points; `items` are relative to the box's top-left corner.
    var height: Double
    var items: [PageItem]
    /// Forbids a column break right after this box (headings, orphan/widow control).
    var keepWithNext = false
    /// Spans all columns of a multi-column page.
    var spanAll = false
    /// For table rows: what to repeat at the top of a continuation column.
    var table: TableContinuation?
    /// For table rows: the row as placed when it opens a continuation column (group labels
    /// repeated); nil when it prints the same.
    var continuedForm: [FlowBox] = []
    /// The heading this box starts, to record its page for the contents.
    var headingID: String?
    /// Paragraph line bookkeeping for widow/orphan diagnostics.
    var isParagraphLine = false
    var source: SourceLocation?
}

/// Header rows (and a "continued" caption) repeated where a table continues.
final class TableContinuation {
    let headers: [FlowBox]
    let caption: FlowBox?
    init(headers: [FlowBox], caption: FlowBox?) { self.headers = headers; self.caption = caption }
}

enum FlowItem {
    case box(FlowBox)
    /// Vertical space; dropped at the top of a column and collapsed with neighbours.
    case space(Double)
    case columnBreak
    case pageBreak
}

extension Array where Element == FlowItem {
    /// The flow as one structure element: the tag opens at the start of the first box and
    /// closes at the end of the last, so the element survives column and page breaks.
    func tagged(_ tag: StructureTag) -> [FlowItem] {
        guard let first = firstIndex(where: { if case .box = $0 { return true }; return false }),
              let last = lastIndex(where: { if case .box = $0 { return true }; return false }) else { return self }
        var out = self
        if case .box(var b) = out[first] { b.items.insert(.beginTag(tag), at: 0); out[first] = .box(b) }
        if case .box(var b) = out[last] { b.items.append(.endTag); out[last] = .box(b) }
        return out
    }
}
