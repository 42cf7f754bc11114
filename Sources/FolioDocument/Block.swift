//! The block tree that composition produces and layout consumes.

import FolioCore
import FolioPage

/// A document: sections in reading order, each laid out with one page template.
public struct Document: Sendable {
    public var info: DocumentInfo
    public var sections: [Section]
    public init(info: DocumentInfo, sections: [Section]) { self.info = info; self.sections = sections }
}

/// A run of blocks that share a page template (cover, opener, body in columns…).
public struct Section: Hashable, Sendable {
    public enum Start: String, Hashable, Sendable, Codable { case newPage = "new-page", rightPage = "right-page", continuous }
    /// Name of a page template in the layout spec.
    public var template: String
    /// Shown in running headers of the section's pages.
    public var runningTitle: String
    public var start: Start
    public var blocks: [Block]
    public init(template: String, runningTitle: String = "", start: Start = .newPage, blocks: [Block]) {
        self.template = template; self.runningTitle = runningTitle; self.start = start; self.blocks = blocks
    }
}

/// One block of content. Every case carries where it came from, for diagnostics.
public enum Block: Hashable, Sendable {
    case heading(Heading)
    case paragraph(Paragraph)
    case list(ListBlock)
    case callout(Callout)
    case keyFigures(KeyFigures)
    case table(TableBlock)
    case figure(Figure)
    case tableOfContents(TableOfContents)
    /// Forces the rest of the section onto a new column (`column`) or page.
    case columnBreak
    case pageBreak
    case spacer(Double)
    /// A horizontal rule across the column.
    case rule
}

public struct Heading: Hashable, Sendable {
    public var level: Int
    /// A heading style of the theme other than the level's (e.g. "chapter" on openers).
    public var style: String?
    public var content: [Inline]
    /// Named destination for links, TOC and outline.
    public var id: String
    public var inOutline: Bool
    public var inContents: Bool
    /// Lays out across all columns of a multi-column page.
    public var spanAll: Bool
    public var source: SourceLocation?
    public init(level: Int, style: String? = nil, content: [Inline], id: String, inOutline: Bool = true, inContents: Bool = true,
                spanAll: Bool = false, source: SourceLocation? = nil) {
        self.level = level; self.style = style; self.content = content; self.id = id; self.inOutline = inOutline
        self.inContents = inContents; self.spanAll = spanAll; self.source = source
    }
}

public struct Paragraph: Hashable, Sendable {
    /// Paragraph style name in the theme: "body", "lead", "standfirst", "caption", "note"…
    public var style: String
    public var content: [Inline]
    public var id: String?
    public var spanAll: Bool
    public var source: SourceLocation?
    public init(style: String = "body", content: [Inline], id: String? = nil, spanAll: Bool = false,
                source: SourceLocation? = nil) {
        self.style = style; self.content = content; self.id = id; self.spanAll = spanAll; self.source = source
    }
}

public struct ListBlock: Hashable, Sendable {
    public var ordered: Bool
    public var start: Int
    public var items: [[Block]]
    public var source: SourceLocation?
    public init(ordered: Bool, start: Int = 1, items: [[Block]], source: SourceLocation? = nil) {
        self.ordered = ordered; self.start = start; self.items = items; self.source = source
    }
}

/// A boxed aside: block quote, note or highlighted passage.
public struct Callout: Hashable, Sendable {
    public var style: String
    public var title: [Inline]?
    public var blocks: [Block]
    public var spanAll: Bool
    public var source: SourceLocation?
    public init(style: String = "quote", title: [Inline]? = nil, blocks: [Block], spanAll: Bool = false,
                source: SourceLocation? = nil) {
        self.style = style; self.title = title; self.blocks = blocks; self.spanAll = spanAll; self.source = source
    }
}

/// Big numbers with a unit and a label, in a row of tiles.
public struct KeyFigures: Hashable, Sendable {
    public struct Figure: Hashable, Sendable {
        public var value: String
        public var unit: String
        public var label: String
        public init(value: String, unit: String, label: String) { self.value = value; self.unit = unit; self.label = label }
    }
    public var title: String
    public var figures: [Figure]
    public var spanAll: Bool
    public var source: SourceLocation?
    public init(title: String, figures: [Figure], spanAll: Bool = true, source: SourceLocation? = nil) {
        self.title = title; self.figures = figures; self.spanAll = spanAll; self.source = source
    }
}

/// Placeholder for the contents list; layout fills it with the headings' page numbers.
public struct TableOfContents: Hashable, Sendable {
    public var title: String
    /// Deepest heading level listed.
    public var maxLevel: Int
    public init(title: String = "Contents", maxLevel: Int = 2) { self.title = title; self.maxLevel = maxLevel }
}

extension Block {
    /// True when a paragraph, heading, list or callout inside cites a page number.
    public var containsPageReference: Bool {
        switch self {
        case .heading(let h): return h.content.contains { $0.containsPageReference }
        case .paragraph(let p): return p.content.contains { $0.containsPageReference }
        case .list(let l): return l.items.contains { $0.contains { $0.containsPageReference } }
        case .callout(let c): return c.blocks.contains { $0.containsPageReference }
        case .tableOfContents: return true
        case .keyFigures, .table, .figure, .columnBreak, .pageBreak, .spacer, .rule: return false
        }
    }
}
