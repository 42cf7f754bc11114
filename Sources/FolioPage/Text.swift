//! Shaped text as plain values: glyph runs that exporters draw without re-shaping.

/// A font file (and face index inside a collection) from the bundled font set.
public struct FontFace: Hashable, Sendable, Codable {
    public var path: String
    public var index: Int
    public init(path: String, index: Int = 0) { self.path = path; self.index = index }
}

/// One glyph of a run: its id in the face and its position relative to the run's origin.
public struct Glyph: Hashable, Sendable, Codable {
    public var id: UInt32
    public var x: Double
    public var y: Double
    public init(id: UInt32, x: Double, y: Double) { self.id = id; self.x = x; self.y = y }
}

/// Maps text to glyphs so that PDF text extraction (copy, search, screen readers) recovers
/// the characters: `bytes` UTF-8 bytes of `GlyphRun.text` correspond to `glyphs` glyphs.
public struct TextCluster: Hashable, Sendable, Codable {
    public var bytes: Int
    public var glyphs: Int
    public init(bytes: Int, glyphs: Int) { self.bytes = bytes; self.glyphs = glyphs }
}

/// A sequence of glyphs in one face, size and colour, as Pango shaped them.
public struct GlyphRun: Hashable, Sendable, Codable {
    public var face: FontFace
    /// Font size in points.
    public var size: Double
    public var color: Color
    /// Run origin, relative to the line's origin (x along the baseline, y for rise).
    public var offset: Point
    public var glyphs: [Glyph]
    /// The characters the glyphs show, for the PDF text layer.
    public var text: String
    public var clusters: [TextCluster]
    /// Advance width of the run in points.
    public var width: Double
    /// Right-to-left runs list clusters in visual order against logically ordered text.
    public var rightToLeft: Bool
    /// The structure element the run belongs to inside its paragraph, if any (footnote marks).
    public var role: StructureRole?
    public init(face: FontFace, size: Double, color: Color, offset: Point, glyphs: [Glyph],
                text: String, clusters: [TextCluster], width: Double, rightToLeft: Bool = false) {
        self.face = face; self.size = size; self.color = color; self.offset = offset
        self.glyphs = glyphs; self.text = text; self.clusters = clusters; self.width = width
        self.rightToLeft = rightToLeft
    }
}

/// One line of shaped text placed on a page; `origin` is the left end of its baseline.
public struct TextLine: Hashable, Sendable, Codable {
    public var origin: Point
    public var runs: [GlyphRun]
    public var width: Double
    public var ascent: Double
    public var descent: Double
    /// The fixed-size box the line must stay inside (a tile, a cell, a callout), for the
    /// layout's self-check; nil for running text, which the page's own bounds contain.
    public var frame: TextFrame?
    public init(origin: Point, runs: [GlyphRun], width: Double, ascent: Double, descent: Double) {
        self.origin = origin; self.runs = runs; self.width = width; self.ascent = ascent; self.descent = descent
    }
    /// The line's box on the page (logical extents).
    public var bounds: Rect { Rect(x: origin.x, y: origin.y - ascent, width: width, height: ascent + descent) }
    /// The plain text of the line.
    public var text: String { runs.map(\.text).joined() }
    /// The line with its baseline start at `p` (its frame, if any, moves along).
    public func moved(to p: Point) -> TextLine {
        var l = self
        if let f = frame { l.frame?.rect = f.rect.offsetBy(dx: p.x - origin.x, dy: p.y - origin.y) }
        l.origin = p
        return l
    }
    /// The line bound to the box it must stay inside.
    public func framed(_ frame: TextFrame) -> TextLine {
        var l = self; l.frame = frame; return l
    }
}

/// A box that text is laid into and must not leave: its rectangle (inside any padding, in the
/// same coordinates as the line), a name for messages and where its content came from.
public struct TextFrame: Hashable, Sendable, Codable {
    public var rect: Rect
    /// What the box is, as a reader would name it ("key-figure tile 2", "table cell").
    public var name: String
    /// The input file and 1-based line of the box's content (line 0: the whole file).
    public var file: String?
    public var line: Int
    public init(rect: Rect, name: String, file: String? = nil, line: Int = 0) {
        self.rect = rect; self.name = name; self.file = file; self.line = line
    }
}
