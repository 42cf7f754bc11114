//! The contract between layout and export: a page is a size and a list of positioned items.

/// Where a link goes.
public enum LinkTarget: Hashable, Sendable, Codable {
    /// An external address.
    case url(String)
    /// A named destination inside the same document (see `PageItem.anchor`).
    case destination(String)
}

/// A raster or vector picture placed in a rectangle.
public struct ImageItem: Hashable, Sendable, Codable {
    public enum Source: Hashable, Sendable, Codable {
        /// PNG bytes, decoded by the exporter.
        case png([UInt8])
        /// JPEG bytes: embedded unchanged in PDF, decoded for raster output.
        case jpeg([UInt8])
    }
    public var frame: Rect
    public var source: Source
    public var altText: String
    public init(frame: Rect, source: Source, altText: String) {
        self.frame = frame; self.source = source; self.altText = altText
    }
}

/// A bookmark in the PDF outline; `level` 1 is top level.
public struct OutlineEntry: Hashable, Sendable, Codable {
    public var title: String
    public var level: Int
    public var destination: String
    public init(title: String, level: Int, destination: String) {
        self.title = title; self.level = level; self.destination = destination
    }
}

/// One item of a page. Exporters switch over this exhaustively, so a new kind of item
/// makes the compiler show every exporter that must learn it.
public enum PageItem: Hashable, Sendable, Codable {
    case text(TextLine)
    case shape(Shape)
    case image(ImageItem)
    /// A clickable area.
    case link(Rect, LinkTarget)
    /// A named destination at a point (target of internal links and outline entries).
    case anchor(String, Point)
    case outline(OutlineEntry)
    /// Items drawn with a transform and an optional clip rectangle (in the group's coordinates).
    case group(Group)
    /// Opens an element of the logical structure (tagged PDF); closed by the matching `endTag`.
    /// Tags nest, and may stay open across columns and pages so that a split block is one element.
    case beginTag(StructureTag)
    /// Closes the innermost open element.
    case endTag
}

/// A transformed, optionally clipped list of items (charts, rotated labels).
public struct Group: Hashable, Sendable, Codable {
    public var transform: Transform
    public var clip: Rect?
    public var items: [PageItem]
    public init(transform: Transform = .identity, clip: Rect? = nil, items: [PageItem]) {
        self.transform = transform; self.clip = clip; self.items = items
    }
}

/// A finished page: what the layout produced and the exporters draw.
public struct Page: Hashable, Sendable, Codable {
    public var size: Size
    public var items: [PageItem]
    /// The page's printed label (e.g. "iv" or "12"), for the PDF page labels and messages.
    public var label: String
    /// Trim and bleed boxes of a print-ready page (nil: the whole page is the trim).
    public var printBoxes: PrintBoxes?
    public init(size: Size, items: [PageItem] = [], label: String = "", printBoxes: PrintBoxes? = nil) {
        self.size = size; self.items = items; self.label = label; self.printBoxes = printBoxes
    }

    /// Every text line on the page, groups included (positions in group coordinates).
    public var textLines: [TextLine] {
        var out: [TextLine] = []
        func walk(_ items: [PageItem]) {
            for item in items {
                switch item {
                case .text(let l): out.append(l)
                case .group(let g): walk(g.items)
                case .shape, .image, .link, .anchor, .outline, .beginTag, .endTag: break
                }
            }
        }
        walk(items)
        return out
    }

    /// The page's outline entries in drawing order, groups included.
    public var outlineEntries: [OutlineEntry] {
        var out: [OutlineEntry] = []
        func walk(_ items: [PageItem]) {
            for item in items {
                if case .outline(let entry) = item { out.append(entry) }
                if case .group(let g) = item { walk(g.items) }
            }
        }
        walk(items)
        return out
    }
}

/// Where a print-ready page is cut (`trim`) and how far its full-bleed content reaches
/// (`bleed`), in page coordinates (origin top-left, y down); the page itself is the media box.
public struct PrintBoxes: Hashable, Sendable, Codable {
    public var trim: Rect
    public var bleed: Rect
    public init(trim: Rect, bleed: Rect) { self.trim = trim; self.bleed = bleed }
}

/// Document-level information the exporters write (PDF metadata, SVG title).
public struct DocumentInfo: Hashable, Sendable, Codable {
    public var title: String
    public var author: String
    public var subject: String
    public var creator: String
    public var language: String
    /// Seconds since 1970; taken from `SOURCE_DATE_EPOCH` for reproducible output.
    public var creationDate: Int?
    public init(title: String, author: String = "", subject: String = "", creator: String = "Folio",
                language: String = "en", creationDate: Int? = nil) {
        self.title = title; self.author = author; self.subject = subject; self.creator = creator
        self.language = language; self.creationDate = creationDate
    }
}
