//! A layout file (`Layouts/*.yaml`) as types: page geometry, templates, running heads, theme.

import FolioPage

/// Everything about how a document looks, loaded from YAML; no code change is needed to
/// change page size, columns, fonts or colours.
public struct LayoutSpec: Hashable, Sendable, Codable {
    public var name: String
    public var page: PageSetup
    public var templates: [String: PageTemplate]
    public var theme: Theme
    /// Front-matter templates numbered in roman numerals; arabic numbering restarts after them.
    public var romanTemplates: [String]?

    public func template(_ name: String) -> PageTemplate {
        templates[name] ?? templates["body"] ?? PageTemplate()
    }
}

/// Paper size, orientation and margins.
public struct PageSetup: Hashable, Sendable, Codable {
    /// `A4`, `Letter`, or `custom` with `width`/`height`.
    public var size: String
    public var width: Length?
    public var height: Length?
    public var orientation: String?
    public var margins: Margins
    /// Facing pages swap inner and outer margins on left-hand pages.
    public var facing: Bool?
    /// The paragraph style whose leading is the baseline grid: its lines sit on grid lines
    /// counted from the top of the text area, in every column, and whatever comes between
    /// them (headings, tables, figures) is followed by the next grid line. Nil: no grid.
    public var baselineGrid: String?

    public var pageSize: Size {
        var s: Size
        switch size.lowercased() {
        case "a4": s = .a4
        case "letter": s = .letter
        case "a5": s = Size(width: 419.53, height: 595.28)
        default: s = Size(width: width?.points ?? Size.a4.width, height: height?.points ?? Size.a4.height)
        }
        if orientation?.lowercased() == "landscape" { s = Size(width: s.height, height: s.width) }
        return s
    }
}

public struct Margins: Hashable, Sendable, Codable {
    public var top: Length
    public var bottom: Length
    /// Margin at the spine (left on right-hand pages).
    public var inner: Length
    public var outer: Length
}

/// How one kind of page is set: columns, running head and foot, background.
public struct PageTemplate: Hashable, Sendable, Codable {
    public var columns: Int?
    public var gutter: Length?
    /// Running header and footer: each a left/center/right triple of text with fields
    /// `{section}`, `{title}`, `{page}`, `{pages}`.
    public var header: RunningText?
    public var footer: RunningText?
    /// A background colour (hex) covering the whole page.
    public var background: String?
    /// A band of colour across the top of the page, height in points.
    public var band: Band?
    /// Extra space above the content (chapter openers start lower).
    public var sink: Length?
    /// Template of the pages that continue a section begun on this one (opener → body).
    public var next: String?
    /// Extra space on both sides of the text block, to keep one-column prose at a readable measure.
    public var inset: Length?
    /// How a section ends on pages of this template (nil: where its text runs out).
    public var endings: SectionEndings?
    public init() {}
}

/// The end of a section on its last page: the columns are balanced, and the last page is never
/// left with a few stranded lines. Lines are first pulled back onto the previous page (each of
/// its columns may run `looseness` grid lines longer); otherwise lines are moved forward from
/// the previous page until the last one is filled to `minimumFill` of its height; when neither
/// works, layout reports a finding.
public struct SectionEndings: Hashable, Sendable, Codable {
    /// Body lines a column may run past its bottom to take the section's last lines back.
    public var looseness: Int?
    /// The least share (0–1) of the last page's column height the section's end should fill.
    public var minimumFill: Double?
    public init(looseness: Int? = nil, minimumFill: Double? = nil) { self.looseness = looseness; self.minimumFill = minimumFill }
}

public struct Band: Hashable, Sendable, Codable {
    public var height: Length
    public var color: String
}

public struct RunningText: Hashable, Sendable, Codable {
    public var left: String?
    public var center: String?
    public var right: String?
    /// Swap left and right on left-hand pages of facing layouts.
    public var mirror: Bool?
    public var rule: Bool?
}
