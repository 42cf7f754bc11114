//! Figures: anything that draws itself into a frame of a given width (charts, images).

import FolioCore
import FolioPage

/// A drawn box of page items, in its own coordinates (origin top-left).
public struct Frame: Hashable, Sendable {
    public var size: Size
    public var items: [PageItem]
    public init(size: Size, items: [PageItem]) { self.size = size; self.items = items }
}

/// Text measurement and shaping that layout lends to figures, so charts use real text.
public protocol FigureContext {
    /// A single line of text; its origin is the left end of the baseline at (0, 0).
    func line(_ text: String, style: TextStyle) -> TextLine
    /// Font families of the theme by role: "text", "display" (tables, charts, headings).
    func family(_ role: String) -> String
}

/// Content of a figure: draws into a frame of the given width.
///
/// Contents are plain values holding only what they draw, and equal when they draw alike:
/// layout remembers a section between builds by its blocks (`SectionMemo`), so a figure that
/// carried more (the whole edition) would look changed after any edit.
public protocol FigureContent: Hashable, Sendable {
    /// Renders the figure; `height` is nil when the content chooses its own.
    func render(width: Double, height: Double?, context: any FigureContext) throws -> Frame
    /// Alternative text generated from the data (accessibility, tests).
    var altText: String { get }
}

public struct Figure: Hashable, Sendable {
    public var content: any FigureContent
    /// Height in points, or nil to let the content decide (e.g. from an aspect ratio).
    public var height: Double?
    public var caption: [Inline]?
    public var id: String?
    public var spanAll: Bool
    public var source: SourceLocation?
    public init(content: any FigureContent, height: Double? = nil, caption: [Inline]? = nil, id: String? = nil,
                spanAll: Bool = false, source: SourceLocation? = nil) {
        self.content = content; self.height = height; self.caption = caption; self.id = id
        self.spanAll = spanAll; self.source = source
    }
}

extension Figure {
    /// Equal figures draw alike: the same content (of the same type) with the same frame and caption.
    public static func == (a: Figure, b: Figure) -> Bool {
        a.height == b.height && a.caption == b.caption && a.id == b.id && a.spanAll == b.spanAll && a.source == b.source
            && AnyHashable(a.content) == AnyHashable(b.content)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(AnyHashable(content))
        hasher.combine(height)
        hasher.combine(caption)
        hasher.combine(id)
        hasher.combine(spanAll)
        hasher.combine(source)
    }
}
