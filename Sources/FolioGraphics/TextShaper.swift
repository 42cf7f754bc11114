//! Pango shaping and line breaking, turned into plain-value glyph runs.

import CPango
import Foundation
import CFontconfig
import FolioPage

/// How a paragraph is broken and aligned.
public struct ParagraphFormat: Hashable, Sendable {
    public enum Alignment: String, Hashable, Sendable, Codable { case left, center, right, justify }
    /// Line width in points; nil keeps the text on one line.
    public var width: Double?
    public var alignment: Alignment
    /// Indent of the first line in points.
    public var firstLineIndent: Double
    /// How justified lines are chosen (other alignments always use Pango's breaking).
    public var breaking: LineBreaking
    /// Spaces' glue for total fit: stretch and shrink as fractions of the natural space. A space
    /// may stretch without limit, so `spaceStretch` only sets how dear stretching is against
    /// shrinking: a quarter (TeX has a half) makes loose lines cost more than tight ones, and
    /// spaces may shrink to 60 % (TeX: 67 %). Chosen by measuring the report (BENCHMARKS.md).
    public var spaceStretch: Double
    public var spaceShrink: Double
    /// Most hyphenated lines in a row under total fit; nil for no limit.
    public var maxConsecutiveHyphens: Int?
    /// Letter-space stretch of total fit: what each gap between letters may add per unit of
    /// adjustment ratio, as a fraction of the size (0: letters keep their spacing). Lines with
    /// few spaces (lists of names, long words) then spread their slack over letters too.
    public var letterStretch: Double
    /// Punctuation that may hang into the margins (optical margin alignment); nil: none. Total
    /// fit counts it at both edges; other breaking moves lines that start with it to the left.
    public var protrusion: MarginProtrusion?
    /// Whether the next-to-last line may end in a hyphen, leaving the stub of a split word on the
    /// last line ("regula- / tion."). Off, total fit avoids it at almost any cost.
    public var finalHyphen: Bool
    public init(width: Double?, alignment: Alignment = .left, firstLineIndent: Double = 0,
                breaking: LineBreaking = .greedy, spaceStretch: Double = 0.25, spaceShrink: Double = 0.4,
                maxConsecutiveHyphens: Int? = nil, finalHyphen: Bool = true, letterStretch: Double = 0,
                protrusion: MarginProtrusion? = nil) {
        self.width = width; self.alignment = alignment; self.firstLineIndent = firstLineIndent
        self.breaking = breaking; self.spaceStretch = spaceStretch; self.spaceShrink = spaceShrink
        self.maxConsecutiveHyphens = maxConsecutiveHyphens; self.finalHyphen = finalHyphen
        self.letterStretch = letterStretch; self.protrusion = protrusion
    }
}

/// Line-breaking strategy of a paragraph.
public enum LineBreaking: String, Hashable, Sendable, Codable {
    /// Pango's own breaking: each line as full as it can be, in turn.
    case greedy
    /// Knuth–Plass total fit over the whole paragraph (justified text only).
    case optimal
}

/// Shapes styled text with Pango into lines of glyph runs.
///
/// Not thread-safe (Pango's font maps are not): give each worker its own shaper.
public final class TextShaper {
    public let fontSet: FontSet
    let context: PangoContextRef
    /// Face and size of each Pango font met, keyed by the font object. The cache holds a
    /// reference to each font: Pango frees fonts it no longer uses, and a new font allocated at
    /// a freed one's address would otherwise be taken for it (wrong face or size).
    private var faceCache: [UnsafeMutableRawPointer: (FontFace, Double)] = [:]
    /// The inserted-hyphen glyph of each font met by total fit (fonts kept alive by `faceCache`).
    var hyphenGlyphs: [UnsafeMutableRawPointer: HyphenGlyph] = [:]
    /// Paragraphs already shaped, by their exact input (see `shape`).
    private var shaped = BoundedMemo<ShapeKey, ShapedParagraph>(limit: TextShaper.memoLimit)
    private struct ShapeKey: Hashable { let spans: [TextSpan]; let format: ParagraphFormat }
    /// Entries kept before the memo is emptied: bounds memory on long documents.
    static let memoLimit = 4096

    public init(fontSet: FontSet) {
        self.fontSet = fontSet
        self.context = PangoContextRef(fontSet: fontSet)
    }

    deinit {
        for font in faceCache.keys { g_object_unref(font) }
    }

    /// Shapes and breaks a paragraph made of styled spans.
    ///
    /// Shaping is a pure function of the spans and the format, and the same texts come back
    /// again and again: chart labels and table cells are measured and then drawn, every brief
    /// repeats the same headings and numbers, and a brief that does not fit is laid out again
    /// condensed. So results are remembered for the life of the shaper (one per worker).
    public func shape(_ spans: [TextSpan], format: ParagraphFormat) -> ShapedParagraph {
        shaped.value(for: ShapeKey(spans: spans, format: format)) { shapePrepared(spans, format: format) }
    }

    /// Held while any shaper shapes with a style for the first time (see `prepare(_:)`).
    private static let firstUseLock = NSLock()
    /// Styles (colour ignored) this shaper has already prepared.
    private var preparedStyles: Set<TextStyle> = []

    /// Shapes a short hyphenated, justified sample in each style this shaper has not met yet,
    /// one shaper at a time across the process.
    ///
    /// Pango 1.50 sets up some state of a font map the first time it shapes with a font. When
    /// two font maps (two shapers on two threads) do that at the same moment, one of them can
    /// keep a state in which every justified line that ends in an inserted hyphen is set one
    /// hyphen too wide, for the life of the font map (measured: on half the parallel layouts
    /// of the report, all 142 of one thread's paragraphs with such lines; clearing the font
    /// map's cache repairs it). Making every first use sequential avoids it; the cost is one
    /// tiny paragraph per style.
    private func prepare(_ spans: [TextSpan]) {
        for span in spans {
            var style = span.style
            style.color = .black
            guard !preparedStyles.contains(style) else { continue }
            preparedStyles.insert(style)
            Self.firstUseLock.lock()
            _ = shapeWithPango([TextSpan(Self.preparationSample, style: style)],
                               format: ParagraphFormat(width: 8 * style.size, alignment: .justify))
            Self.firstUseLock.unlock()
        }
    }

    /// Breaks at soft hyphens on a narrow justified measure, and ends in Han characters so the
    /// CJK fallback font (city names in Chinese) is also first met under the lock.
    private static let preparationSample = "Prepa\u{AD}ra\u{AD}tion of hyphen\u{AD}ated lines, prepa\u{AD}ra\u{AD}tion \u{57CE}\u{5E02}"

    private func shapePrepared(_ spans: [TextSpan], format: ParagraphFormat) -> ShapedParagraph {
        prepare(spans)
        return shapeWithPango(spans, format: format)
    }

    private func shapeWithPango(_ spans: [TextSpan], format: ParagraphFormat) -> ShapedParagraph {
        let text = spans.map(\.text).joined()
        let layout = PangoLayoutRef(context: context)
        let attrs = AttributeListRef()
        var offset = 0
        var linkRanges: [(Range<Int>, LinkTarget)] = []
        for span in spans {
            let n = span.text.utf8.count
            defer { offset += n }
            guard n > 0 else { continue }
            addAttributes(for: span.style, to: attrs, start: offset, end: offset + n)
            if let link = span.link { linkRanges.append((offset..<offset + n, link)) }
        }
        pango_layout_set_text(layout.pointer, text, Int32(text.utf8.count))
        pango_layout_set_attributes(layout.pointer, attrs.pointer)
        if let base = spans.first?.style {
            let desc = FontDescriptionRef(family: base.family, size: base.size)
            pango_layout_set_font_description(layout.pointer, desc.pointer)
        }
        if format.breaking == .optimal, format.alignment == .justify, let width = format.width,
           let paragraph = optimalLines(layout: layout, text: text, spans: spans, links: linkRanges,
                                        width: width, format: format) {
            return paragraph
        }
        if let width = format.width {
            pango_layout_set_width(layout.pointer, Int32((width * Double(PANGO_SCALE)).rounded(.down)))
            pango_layout_set_wrap(layout.pointer, PANGO_WRAP_WORD_CHAR)
        }
        switch format.alignment {
        case .left: pango_layout_set_alignment(layout.pointer, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout.pointer, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout.pointer, PANGO_ALIGN_RIGHT)
        case .justify:
            pango_layout_set_alignment(layout.pointer, PANGO_ALIGN_LEFT)
            pango_layout_set_justify(layout.pointer, 1)
        }
        if format.firstLineIndent != 0 {
            pango_layout_set_indent(layout.pointer, Int32(format.firstLineIndent * Double(PANGO_SCALE)))
        }
        var paragraph = extractLines(layout: layout, text: text, spans: spans, links: linkRanges)
        if let protrusion = format.protrusion, format.alignment == .left || format.alignment == .justify {
            hangLeft(&paragraph, text: text, protrusion: protrusion)
        }
        return paragraph
    }

    /// Moves lines that start with hanging punctuation left by its protrusion (Pango's own breaking:
    /// ragged text keeps its right edge as Pango set it).
    private func hangLeft(_ paragraph: inout ShapedParagraph, text: String, protrusion: MarginProtrusion) {
        let bytes = Array(text.utf8)
        for k in paragraph.lines.indices {
            let line = paragraph.lines[k]
            guard line.x == 0, let run = line.runs.first, !run.rightToLeft, run.glyphs.count > 1,
                  let scalar = TextShaper.scalar(bytes, at: line.byteRange.lowerBound),
                  let firstCluster = run.clusters.first, firstCluster.glyphs == 1 else { continue }
            let shift = protrusion.left(scalar, width: run.glyphs[1].x - run.glyphs[0].x)
            guard shift > 0 else { continue }
            paragraph.lines[k].x -= shift
            for j in paragraph.lines[k].links.indices {
                paragraph.lines[k].links[j].minX -= shift
                paragraph.lines[k].links[j].maxX -= shift
            }
        }
    }

    /// The advance width of a single line of text in the given style.
    public func width(of text: String, style: TextStyle) -> Double {
        shape([TextSpan(text, style: style)], format: ParagraphFormat(width: nil)).maxLineWidth
    }

    // MARK: - Attributes

    private func addAttributes(for style: TextStyle, to list: AttributeListRef, start: Int, end: Int) {
        list.insert(pango_attr_family_new(style.family), start: start, end: end)
        list.insert(pango_attr_size_new_absolute(Int32((style.size * Double(PANGO_SCALE)).rounded())), start: start, end: end)
        list.insert(pango_attr_weight_new(PangoWeight(rawValue: UInt32(style.weight.rawValue))), start: start, end: end)
        list.insert(pango_attr_style_new(style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL), start: start, end: end)
        func c16(_ v: Double) -> UInt16 { UInt16((max(0, min(1, v)) * 65535).rounded()) }
        list.insert(pango_attr_foreground_new(c16(style.color.red), c16(style.color.green), c16(style.color.blue)),
                    start: start, end: end)
        if style.color.alpha < 1 {
            list.insert(pango_attr_foreground_alpha_new(c16(style.color.alpha)), start: start, end: end)
        }
        if !style.features.isEmpty {
            list.insert(pango_attr_font_features_new(style.features.joined(separator: ",")), start: start, end: end)
        }
        if style.rise != 0 {
            list.insert(pango_attr_rise_new(Int32(style.rise * Double(PANGO_SCALE))), start: start, end: end)
        }
        if style.letterSpacing != 0 {
            list.insert(pango_attr_letter_spacing_new(Int32(style.letterSpacing * Double(PANGO_SCALE))), start: start, end: end)
        }
    }

    // MARK: - Lines and runs

    private func extractLines(layout: PangoLayoutRef, text: String, spans: [TextSpan],
                              links: [(Range<Int>, LinkTarget)]) -> ShapedParagraph {
        let scale = Double(PANGO_SCALE)
        let bytes = Array(text.utf8)
        // Span start offsets, to give each run its span's exact colour (alpha included).
        let lookup = SpanLookup(spans)
        let color = lookup.color(at:), role = lookup.role(at:), tracked = lookup.tracked(at:)

        var lines: [ShapedLine] = []
        var missing: [MissingGlyph] = []
        let iter = pango_layout_get_iter(layout.pointer)!
        defer { pango_layout_iter_free(iter) }
        repeat {
            guard let line = pango_layout_iter_get_line_readonly(iter) else { continue }
            var ink = PangoRectangle(), logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iter, &ink, &logical)
            let baseline = Double(pango_layout_iter_get_baseline(iter))
            let ascent = (baseline - Double(logical.y)) / scale
            let descent = (Double(logical.y + logical.height) - baseline) / scale
            let start = Int(line.pointee.start_index)
            let length = Int(line.pointee.length)
            var runs: [GlyphRun] = []
            var x = 0.0
            var node = line.pointee.runs
            var endsWithHyphen = false
            while let n = node {
                let gi = n.pointee.data.assumingMemoryBound(to: PangoGlyphItem.self)
                let (run, advance, lacks, hyphen) = makeRun(gi, bytes: bytes, x: x, color: color, tracked: tracked)
                if var run {
                    run.role = role(Int(gi.pointee.item.pointee.offset))
                    runs.append(run)
                }
                missing += lacks
                if hyphen { endsWithHyphen = true }
                x += advance
                node = n.pointee.next
            }
            var lineLinks: [LineLink] = []
            for (range, target) in links {
                let lo = max(range.lowerBound, start), hi = min(range.upperBound, start + length)
                guard lo < hi else { continue }
                var x0: Int32 = 0, x1: Int32 = 0
                pango_layout_line_index_to_x(line, Int32(lo), 0, &x0)
                pango_layout_line_index_to_x(line, Int32(hi), 0, &x1)
                if hi == start + length { x1 = Int32(x * scale) }
                lineLinks.append(LineLink(minX: Double(min(x0, x1)) / scale + Double(logical.x) / scale,
                                          maxX: Double(max(x0, x1)) / scale + Double(logical.x) / scale,
                                          target: target))
            }
            lines.append(ShapedLine(runs: runs, x: Double(logical.x) / scale, width: Double(logical.width) / scale,
                                    ascent: ascent, descent: descent, byteRange: start..<(start + length),
                                    links: lineLinks, endsWithHyphen: endsWithHyphen))
        } while pango_layout_iter_next_line(iter) != 0
        return ShapedParagraph(lines: lines, missingGlyphs: missing)
    }

    func face(for font: UnsafeMutablePointer<PangoFont>) -> (FontFace, Double) {
        let key = UnsafeMutableRawPointer(font)
        if let cached = faceCache[key] { return cached }
        let pattern = pango_fc_font_get_pattern(key.assumingMemoryBound(to: PangoFcFont.self))
        var file: UnsafeMutablePointer<FcChar8>?
        var index: Int32 = 0
        FcPatternGetString(pattern, FC_FILE, 0, &file)
        FcPatternGetInteger(pattern, FC_INDEX, 0, &index)
        let desc = pango_font_describe_with_absolute_size(font)
        let size = Double(pango_font_description_get_size(desc)) / Double(PANGO_SCALE)
        pango_font_description_free(desc)
        let result = (FontFace(path: file.map { String(cString: $0) } ?? "", index: Int(index)), size)
        g_object_ref(key)
        faceCache[key] = result
        return result
    }

    /// Converts one Pango glyph item into a run; returns the run's advance, the characters
    /// no font had, and whether the run ends with an inserted hyphen. `cut` takes only the
    /// glyphs of a byte range and adjusts them (lines cut from a paragraph shaped unbroken).
    func makeRun(_ gi: UnsafeMutablePointer<PangoGlyphItem>, bytes: [UInt8], x: Double,
                 color: (Int) -> Color, tracked: (Int) -> Bool = { _ in false },
                 cut: RunCut? = nil) -> (GlyphRun?, Double, [MissingGlyph], Bool) {
        let scale = Double(PANGO_SCALE)
        let item = gi.pointee.item!
        let glyphs = gi.pointee.glyphs!
        let count = Int(glyphs.pointee.num_glyphs)
        let fullStart = Int(item.pointee.offset), fullLength = Int(item.pointee.length)
        let itemStart = max(fullStart, cut?.bytes.lowerBound ?? fullStart)
        let itemLength = min(fullStart + fullLength, cut?.bytes.upperBound ?? Int.max) - itemStart
        let rtl = item.pointee.analysis.level % 2 == 1
        let runY = -Double(gi.pointee.y_offset) / scale
        let infos = glyphs.pointee.glyphs!, logs = glyphs.pointee.log_clusters!
        let startsItem = cut == nil || (count > 0 && fullStart + Int(logs[0]) >= itemStart)
        var advance = startsItem ? Double(gi.pointee.start_x_offset) / scale : 0
        var out: [Glyph] = []
        out.reserveCapacity(count)
        var missing: [MissingGlyph] = []
        // Group glyphs into clusters by their logical byte offset.
        var groups: [(start: Int, glyphs: Int)] = []
        groups.reserveCapacity(count)
        var endsItem = true
        // A cut takes a contiguous stretch of a left-to-right item's glyphs: find its start by
        // bisection rather than walking the whole item for every line.
        var first = 0
        if let cut, !rtl {
            var hi = count
            while first < hi {
                let mid = (first + hi) / 2
                if fullStart + Int(logs[mid]) < cut.bytes.lowerBound { first = mid + 1 } else { hi = mid }
            }
        }
        for i in first..<count {
            var info = infos[i]
            let byte = fullStart + Int(logs[i])
            if let cut {
                if byte >= cut.bytes.upperBound && !rtl { endsItem = false; break }
                guard cut.bytes.contains(byte) else { if byte >= cut.bytes.upperBound { endsItem = false }; continue }
                if byte == cut.hyphenAt, let hyphen = cut.hyphen {
                    info.glyph = hyphen.glyph
                    info.geometry.width = hyphen.width
                } else if byte >= cut.trailingFrom {
                    info.geometry.width = 0
                }
            }
            let g = info.glyph
            let cluster = byte - itemStart
            if groups.last?.start != cluster { groups.append((cluster, 0)) }
            if g & PANGO_GLYPH_UNKNOWN_FLAG != 0 {
                let cp = g & ~PANGO_GLYPH_UNKNOWN_FLAG
                if let scalar = Unicode.Scalar(cp), cp >= 0x20, !(0x7f..<0xa0).contains(cp) {
                    missing.append(MissingGlyph(character: Character(scalar), codePoint: cp))
                }
            } else if g != PANGO_GLYPH_EMPTY {
                out.append(Glyph(id: g, x: advance + Double(info.geometry.x_offset) / scale,
                                 y: Double(info.geometry.y_offset) / scale))
                groups[groups.count - 1].glyphs += 1
            }
            advance += Double(info.geometry.width) / scale
            // Extra space goes after a cluster's last glyph.
            if let extra = cut?.extraSpace[byte], i + 1 == count || logs[i + 1] != logs[i] { advance += extra }
        }
        if endsItem { advance += Double(gi.pointee.end_x_offset) / scale }
        let text = ClusterText(groups: groups, bytes: bytes, itemStart: itemStart, itemLength: itemLength)
        guard !out.isEmpty, !text.clusters.isEmpty else { return (nil, advance, missing, text.hyphen) }
        let (face, size) = face(for: item.pointee.analysis.font)
        let string = text.string(rightToLeft: rtl)
        var clusters = text.clusters.map { TextCluster(bytes: $0.bytes, glyphs: $0.glyphs) }
        if tracked(itemStart) && !rtl { clusters = Self.wordClusters(clusters, text: string) }
        let run = GlyphRun(face: face, size: size, color: color(itemStart),
                           offset: Point(x: x, y: runY), glyphs: out,
                           text: string, clusters: clusters, width: advance, rightToLeft: rtl)
        return (run, advance, missing, text.hyphen)
    }
}

extension TextShaper {
    /// Clusters of a letter-spaced run joined into one per word (spaces stay single clusters).
    ///
    /// Letter spacing opens gaps between glyphs that PDF text extractors take for word breaks
    /// (poppler starts a new word after a gap of a tenth of the font size: "S P E C I A L"). A
    /// cluster of several glyphs is written by Cairo as one marked-content span whose
    /// ActualText is the word, and extractors read that text instead of guessing from positions.
    static func wordClusters(_ clusters: [TextCluster], text: String) -> [TextCluster] {
        let bytes = Array(text.utf8)
        var out: [TextCluster] = []
        out.reserveCapacity(clusters.count)
        var offset = 0
        var previousWasWord = false
        for c in clusters {
            let isSpace = bytes[offset..<min(bytes.count, offset + c.bytes)].allSatisfy { $0 == 0x20 }
            offset += c.bytes
            if !isSpace && previousWasWord {
                out[out.count - 1].bytes += c.bytes
                out[out.count - 1].glyphs += c.glyphs
            } else {
                out.append(c)
            }
            previousWasWord = !isSpace
        }
        return out
    }
}

/// Each span's colour and structure role by UTF-8 offset, for giving runs their span's values.
struct SpanLookup {
    private var colors: [(Int, Color)] = []
    private var roles: [(Int, StructureRole?)] = []
    /// Byte ranges of the letter-spaced spans.
    private var trackedRanges: [Range<Int>] = []
    private let first: Color
    init(_ spans: [TextSpan]) {
        first = spans.first?.style.color ?? .black
        var o = 0
        for s in spans {
            colors.append((o, s.style.color))
            roles.append((o, s.role))
            if s.style.letterSpacing != 0 { trackedRanges.append(o..<(o + s.text.utf8.count)) }
            o += s.text.utf8.count
        }
    }
    /// Whether the text at this offset is letter-spaced.
    func tracked(at index: Int) -> Bool {
        trackedRanges.contains { $0.contains(index) }
    }
    func color(at index: Int) -> Color {
        var c = first
        for (start, col) in colors where start <= index { c = col }
        return c
    }
    func role(at index: Int) -> StructureRole? {
        var r: StructureRole?
        for (start, role) in roles where start <= index { r = role }
        return r
    }
}

/// The text of a glyph run, cluster by cluster: soft hyphens dropped (or shown as "-" where
/// Pango broke the line), and clusters without a visible glyph joined to a neighbour, which
/// Cairo requires. Built in one byte buffer rather than an array per cluster: a report has
/// tens of thousands of clusters.
struct ClusterText {
    /// Byte count and visible glyph count of each cluster, in logical order.
    private(set) var clusters: [(bytes: Int, glyphs: Int)] = []
    /// Whether the run ends with a hyphen Pango inserted at a soft hyphen.
    private(set) var hyphen = false
    /// The visible clusters' bytes, back to back, in logical order.
    private var visible: [UInt8] = []
    /// Bytes of glyph-less clusters before the first visible one: they open the first cluster.
    private var leading: [UInt8] = []
    /// Bytes of glyph-less clusters after the first visible one: they close the last cluster.
    private var trailing: [UInt8] = []

    /// `groups` are the glyph clusters in glyph order, each with its start relative to the item.
    init(groups: [(start: Int, glyphs: Int)], bytes: [UInt8], itemStart: Int, itemLength: Int) {
        let ends = Self.clusterEnds(groups, itemLength: itemLength)
        visible.reserveCapacity(itemLength)
        clusters.reserveCapacity(groups.count)
        for (k, g) in groups.enumerated() {
            let lo = itemStart + g.start, hi = itemStart + ends[k]
            if g.glyphs == 0 {
                // Invisible clusters: a soft hyphen where no break fell vanishes entirely.
                if clusters.isEmpty { Self.appendWithoutSoftHyphens(bytes[lo..<hi], to: &leading) }
                else { Self.appendWithoutSoftHyphens(bytes[lo..<hi], to: &trailing) }
                continue
            }
            let before = visible.count
            if hi - lo == 2 && bytes[lo] == 0xC2 && bytes[lo + 1] == 0xAD {
                // A soft hyphen with a glyph: Pango broke the line there; show "-".
                visible.append(0x2D)
                hyphen = true
            } else {
                Self.appendWithoutSoftHyphens(bytes[lo..<hi], to: &visible)
            }
            clusters.append((visible.count - before, g.glyphs))
        }
        guard !clusters.isEmpty else { return }
        clusters[0].bytes += leading.count
        clusters[clusters.count - 1].bytes += trailing.count
    }

    /// The run's text: clusters in logical order, or reversed for right-to-left runs (each
    /// cluster's own bytes stay in logical order).
    func string(rightToLeft: Bool) -> String {
        guard rightToLeft, clusters.count > 1 else {
            return String(decoding: leading + visible + trailing, as: UTF8.self)
        }
        var starts: [Int] = []
        var offset = 0
        for (k, c) in clusters.enumerated() {
            starts.append(offset)
            offset += c.bytes - (k == 0 ? leading.count : 0) - (k == clusters.count - 1 ? trailing.count : 0)
        }
        var out: [UInt8] = []
        out.reserveCapacity(leading.count + visible.count + trailing.count)
        for k in clusters.indices.reversed() {
            if k == 0 { out += leading }
            let own = clusters[k].bytes - (k == 0 ? leading.count : 0) - (k == clusters.count - 1 ? trailing.count : 0)
            out += visible[starts[k]..<(starts[k] + own)]
            if k == clusters.count - 1 { out += trailing }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Where each cluster's bytes end: at the next larger cluster start, or the item's end.
    /// Left-to-right runs have increasing starts, so that is simply the next group's start.
    private static func clusterEnds(_ groups: [(start: Int, glyphs: Int)], itemLength: Int) -> [Int] {
        var increasing = true
        for k in groups.indices.dropFirst() where groups[k].start <= groups[k - 1].start { increasing = false; break }
        if increasing {
            return groups.indices.map { $0 + 1 < groups.count ? groups[$0 + 1].start : itemLength }
        }
        let starts = Set(groups.map(\.start)).sorted()
        return groups.map { g in starts.first(where: { $0 > g.start }) ?? itemLength }
    }

    private static func appendWithoutSoftHyphens(_ b: ArraySlice<UInt8>, to out: inout [UInt8]) {
        var i = b.startIndex
        while i < b.endIndex {
            if i + 1 < b.endIndex, b[i] == 0xC2, b[i + 1] == 0xAD { i += 2; continue }
            out.append(b[i]); i += 1
        }
    }
}
