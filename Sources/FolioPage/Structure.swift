//! Logical structure of a page: tags that open and close elements of a tagged PDF.

/// The standard structure types Folio emits (PDF 1.7, 14.8.4), plus `artifact` for page
/// furniture that belongs to no element (running heads, rules, backgrounds, crop marks).
public enum StructureRole: String, Hashable, Sendable, Codable, CaseIterable {
    case document = "Document", sect = "Sect", div = "Div", blockQuote = "BlockQuote", caption = "Caption"
    case toc = "TOC", toci = "TOCI"
    case paragraph = "P", h1 = "H1", h2 = "H2", h3 = "H3", h4 = "H4", h5 = "H5", h6 = "H6"
    case list = "L", listItem = "LI", label = "Lbl", listBody = "LBody"
    case table = "Table", tableRow = "TR", tableHeader = "TH", tableCell = "TD"
    case figure = "Figure", span = "Span", note = "Note", reference = "Reference", link = "Link"
    case artifact = "Artifact"

    /// The heading role of a level (clamped to 1…6).
    public static func heading(_ level: Int) -> StructureRole {
        [.h1, .h2, .h3, .h4, .h5, .h6][min(max(level, 1), 6) - 1]
    }
}

/// One element of the structure tree: its role, alternative text (figures), language
/// (when it differs from the document's) and, for figures, the area it covers.
public struct StructureTag: Hashable, Sendable, Codable {
    public var role: StructureRole
    public var altText: String?
    public var language: String?
    /// The element's bounding box in the coordinates of the items around the tag; moves with
    /// them. Tagged PDF wants one on every `Figure` (ISO 32000-1 14.8.5.4.3, PDF/UA).
    public var bbox: Rect?
    /// What a header cell (`TH`) heads: its column (the default) or its row.
    public var scope: HeaderScope?
    public init(_ role: StructureRole, altText: String? = nil, language: String? = nil, bbox: Rect? = nil,
                scope: HeaderScope? = nil) {
        self.role = role; self.altText = altText; self.language = language; self.bbox = bbox; self.scope = scope
    }
}

/// The cells a table header cell applies to (PDF table attribute `/Scope`).
public enum HeaderScope: String, Hashable, Sendable, Codable {
    case column = "Column", row = "Row"
}

extension Array where Element == PageItem {
    /// The items wrapped in one element: `begin`, the items, `end`.
    public func tagged(_ tag: StructureTag) -> [PageItem] {
        [.beginTag(tag)] + self + [.endTag]
    }

    /// The items with every tag removed (for copies such as repeated table headers).
    public var untagged: [PageItem] {
        compactMap { item in
            switch item {
            case .beginTag, .endTag: return nil
            case .group(var g): g.items = g.items.untagged; return .group(g)
            default: return item
            }
        }
    }

    /// The items marked as page furniture, outside the structure tree.
    public var asArtifact: [PageItem] {
        isEmpty ? [] : untagged.tagged(StructureTag(.artifact))
    }
}
