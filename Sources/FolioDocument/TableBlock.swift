//! Tables as data: columns with width rules, header rows that repeat, tinted cells.

import FolioCore
import FolioPage

public struct TableBlock: Hashable, Sendable {
    public var columns: [TableColumn]
    /// Repeated at the top of every page or column the table continues on.
    public var headerRows: [TableRow]
    public var rows: [TableRow]
    public var caption: [Inline]?
    /// Named table style in the theme ("default", "scores", "compact").
    public var style: String
    public var id: String?
    public var spanAll: Bool
    /// Caption shown above continuation parts, e.g. "(continued)".
    public var continuedLabel: String?
    public var source: SourceLocation?
    public init(columns: [TableColumn], headerRows: [TableRow], rows: [TableRow], caption: [Inline]? = nil,
                style: String = "default", id: String? = nil, spanAll: Bool = false,
                continuedLabel: String? = "(continued)", source: SourceLocation? = nil) {
        self.columns = columns; self.headerRows = headerRows; self.rows = rows; self.caption = caption
        self.style = style; self.id = id; self.spanAll = spanAll; self.continuedLabel = continuedLabel
        self.source = source
    }
}

public struct TableColumn: Hashable, Sendable {
    public enum Width: Hashable, Sendable {
        /// Sized to content.
        case auto
        /// Fixed width in points.
        case fixed(Double)
        /// Share of the width left after fixed and auto columns.
        case fraction(Double)
    }
    public enum Alignment: String, Hashable, Sendable { case left, center, right }
    public var width: Width
    public var alignment: Alignment
    /// Numeric columns use tabular figures and align right.
    public var numeric: Bool
    /// The column's cells name their rows (the city in a score table): row headers for a
    /// screen reader, announced with every cell of the row.
    public var rowHeader: Bool
    public init(width: Width = .auto, alignment: Alignment = .left, numeric: Bool = false, rowHeader: Bool = false) {
        self.width = width; self.alignment = numeric && alignment == .left ? .right : alignment; self.numeric = numeric
        self.rowHeader = rowHeader
    }
}

public struct TableRow: Hashable, Sendable {
    public var cells: [TableCell]
    /// Draws a stronger rule above the row (tier bands in the overall table).
    public var ruleAbove: Bool
    /// Emphasised row (a city highlighted in a brief).
    public var highlighted: Bool
    /// The row as printed when it opens a continuation column or page: a group label that is
    /// blank after its group's first row repeats there, e.g. "Open development (continued)".
    public var continuedCells: [TableCell]?
    public init(cells: [TableCell], ruleAbove: Bool = false, highlighted: Bool = false, continuedCells: [TableCell]? = nil) {
        self.cells = cells; self.ruleAbove = ruleAbove; self.highlighted = highlighted
        self.continuedCells = continuedCells
    }
}

public struct TableCell: Hashable, Sendable {
    public var content: [Inline]
    /// Number of columns the cell covers.
    public var span: Int
    public var background: Color?
    public var textColor: Color?
    public var bold: Bool
    public init(_ content: [Inline], span: Int = 1, background: Color? = nil, textColor: Color? = nil, bold: Bool = false) {
        self.content = content; self.span = span; self.background = background; self.textColor = textColor; self.bold = bold
    }
    public init(text: String, span: Int = 1, background: Color? = nil, textColor: Color? = nil, bold: Bool = false) {
        self.init([.text(text)], span: span, background: background, textColor: textColor, bold: bold)
    }
}
