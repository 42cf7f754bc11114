//! Justified lines by total fit: a paragraph shaped once, unbroken, then cut where `TotalFit` says.

import CPango
import FolioPage

/// Which glyphs of a Pango glyph item make one line's run, and how they are adjusted.
struct RunCut {
    /// UTF-8 range of the paragraph text the line shows (trailing spaces included).
    var bytes: Range<Int>
    /// Glyphs from this byte on are trailing spaces: kept for the text layer, zero width.
    var trailingFrom: Int
    /// Extra advance after the space glyph at each byte (justification).
    var extraSpace: [Int: Double]
    /// Byte of the soft hyphen the line ends at, drawn as `hyphen`.
    var hyphenAt: Int?
    var hyphen: HyphenGlyph?
}

/// The glyph and advance (Pango units) a font draws for an inserted hyphen.
struct HyphenGlyph {
    var glyph: PangoGlyph
    var width: Int32
}

/// A break opportunity's place in the text, beside the item the breaker sees.
private struct ItemPlace {
    /// Glue: the space's byte. Penalty: the byte the next line starts at. Box: its first byte.
    var byte: Int
    /// Penalties at a soft hyphen: the hyphen's byte.
    var softHyphen: Int?
}

/// Per-byte horizontal positions and glyph items of one line of the unbroken layout.
private struct PieceGeometry {
    /// x at the start of each cluster (NaN inside clusters and outside the piece).
    var x: [Double]
    var items: [UnsafeMutablePointer<PangoGlyphItem>] = []
}

extension TextShaper {
    /// Lines chosen by total fit for a justified paragraph, or nil when the paragraph needs
    /// Pango's own breaking (right-to-left text). The layout has no width yet: it is shaped as
    /// one line per forced break, each cut into lines of `width` (the first `width - indent`).
    func optimalLines(layout: PangoLayoutRef, text: String, spans: [TextSpan], links: [(Range<Int>, LinkTarget)],
                      width: Double, format: ParagraphFormat) -> ShapedParagraph? {
        pango_layout_set_alignment(layout.pointer, PANGO_ALIGN_LEFT)
        let bytes = Array(text.utf8)
        var attrCount: Int32 = 0
        guard let attrs = pango_layout_get_log_attrs_readonly(layout.pointer, &attrCount) else { return nil }
        // Character index of each byte that starts a character.
        var charIndex = [Int](repeating: -1, count: bytes.count + 1)
        var c = 0
        for (b, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 { charIndex[b] = c; c += 1 }
        charIndex[bytes.count] = c
        guard Int(attrCount) == c + 1 else { return nil }

        let lookup = SpanLookup(spans)
        let letterStretch = format.letterStretch * (spans.first?.style.size ?? 10)
        var lines: [ShapedLine] = []
        var missing: [MissingGlyph] = []
        var geometry = PieceGeometry(x: [Double](repeating: .nan, count: bytes.count + 1))
        let scale = Double(PANGO_SCALE)
        var node = pango_layout_get_lines_readonly(layout.pointer)
        var pieceIndex = 0
        while let n = node {
            defer { node = n.pointee.next; pieceIndex += 1 }
            let line = n.pointee.data.assumingMemoryBound(to: PangoLayoutLine.self)
            let ps = Int(line.pointee.start_index), pe = ps + Int(line.pointee.length)
            geometry.items.removeAll(keepingCapacity: true)
            var x = 0.0
            var run = line.pointee.runs
            while let r = run {
                let gi = r.pointee.data.assumingMemoryBound(to: PangoGlyphItem.self)
                if gi.pointee.item.pointee.analysis.level % 2 == 1 { return nil }
                geometry.items.append(gi)
                x = Self.recordPositions(gi, from: x, into: &geometry.x)
                run = r.pointee.next
            }
            var ink = PangoRectangle(), logical = PangoRectangle()
            pango_layout_line_get_extents(line, &ink, &logical)
            let ascent = -Double(logical.y) / scale, descent = Double(logical.y + logical.height) / scale

            // The piece's content ends before trailing separators and spaces.
            var contentEnd = pe
            while contentEnd > ps {
                let b = bytes[contentEnd - 1]
                if b == 0x20 || b == 0x0A || b == 0x0D { contentEnd -= 1; continue }
                if contentEnd - ps >= 3, bytes[contentEnd - 3] == 0xE2, bytes[contentEnd - 2] == 0x80,
                   bytes[contentEnd - 1] == 0xA8 || bytes[contentEnd - 1] == 0xA9 { contentEnd -= 3; continue }
                break
            }
            if geometry.x[contentEnd].isNaN { geometry.x[contentEnd] = x }
            let (items, places) = breakItems(bytes: bytes, range: ps..<contentEnd, attrs: attrs, charIndex: charIndex,
                                              geometry: geometry, format: format, letterStretch: letterStretch)
            let indent = pieceIndex == 0 ? format.firstLineIndent : 0
            // A word wider than the line must break between characters: Pango's word-char
            // wrapping does that, so such a paragraph is left to it.
            if items.contains(where: { if case .box(let w, _) = $0 { return w > width - indent }; return false }) { return nil }
            let parameters = TotalFitParameters(maxConsecutiveFlagged: format.maxConsecutiveHyphens,
                                                finalHyphenDemerits: format.finalHyphen ? 5000 : TotalFit.forbiddingDemerits)
            let room = format.protrusion.map {
                marginRoom(items: items, places: places, bytes: bytes, charIndex: charIndex, geometry: geometry,
                           protrusion: $0, firstLineIndented: indent != 0)
            } ?? MarginRoom()
            let breaks = TotalFit.breaks(items, firstWidth: width - indent, width: width, parameters: parameters, margins: room)

            var start = ps, firstItem = 0, previousBreak = -1
            for (k, brk) in breaks.enumerated() {
                defer { previousBreak = brk.position }
                let isLast = k == breaks.count - 1
                var end = contentEnd, next = pe, softHyphen: Int?
                if !isLast {
                    end = places[brk.position].byte
                    softHyphen = places[brk.position].softHyphen
                    // The next line starts at the first box after the break.
                    next = contentEnd
                    for j in (brk.position + 1)..<items.count {
                        if case .box = items[j] { next = places[j].byte; break }
                    }
                }
                let lineItems = firstItem..<max(firstItem, min(brk.position, items.count))
                firstItem = brk.position + 1
                lines.append(cutLine(start: start, end: end, next: next, softHyphen: softHyphen, ratio: isLast ? 0 : brk.ratio,
                                     items: items, lineItems: lineItems, places: places, geometry: geometry, bytes: bytes,
                                     lookup: lookup, links: links, x: (k == 0 ? indent : 0) - room.start(after: previousBreak),
                                     letterStretch: letterStretch,
                                     ascent: ascent, descent: descent, missing: &missing))
                start = next
            }
        }
        return ShapedParagraph(lines: lines, missingGlyphs: missing)
    }

    /// Boxes (words and word parts), glue (spaces) and penalties (other break opportunities:
    /// soft hyphens, after hard hyphens and dashes, between CJK characters) of one piece.
    /// A box stretches by `letterStretch` for each gap between its letters, and for the gap before
    /// it when it follows an unused break (the rest of a word after a hyphenation point).
    private func breakItems(bytes: [UInt8], range: Range<Int>, attrs: UnsafePointer<PangoLogAttr>, charIndex: [Int],
                            geometry: PieceGeometry, format: ParagraphFormat,
                            letterStretch: Double) -> ([LineBreakItem], [ItemPlace]) {
        var items: [LineBreakItem] = [], places: [ItemPlace] = []
        let x = geometry.x
        var boxStart = range.lowerBound
        func closeBox(_ end: Int) {
            guard end > boxStart else { return }
            var gaps = 0
            if letterStretch > 0 {
                for b in (boxStart + 1)..<end where !x[b].isNaN && !Self.isSoftHyphen(bytes, b) { gaps += 1 }
                if case .penalty = items.last { gaps += 1 }
            }
            items.append(.box(width: x[end] - x[boxStart], stretch: Double(gaps) * letterStretch))
            places.append(ItemPlace(byte: boxStart))
        }
        for b in range where charIndex[b] >= 0 {
            if bytes[b] == 0x20 {
                guard !x[b].isNaN, !x[b + 1].isNaN else { continue }
                closeBox(b)
                let w = x[b + 1] - x[b]
                items.append(.glue(width: w, stretch: w * format.spaceStretch, shrink: w * format.spaceShrink))
                places.append(ItemPlace(byte: b))
                boxStart = b + 1
                continue
            }
            guard b > range.lowerBound, bytes[b - 1] != 0x20, attrs[charIndex[b]].is_line_break != 0,
                  !x[b].isNaN else { continue }
            if b >= 2, bytes[b - 2] == 0xC2, bytes[b - 1] == 0xAD {
                guard !x[b - 2].isNaN, let gi = geometry.items.first(where: { Self.contains($0, byte: b - 2) }),
                      let hyphen = hyphenGlyph(for: gi) else { continue }
                closeBox(b)
                items.append(.penalty(width: Double(hyphen.width) / Double(PANGO_SCALE), cost: Self.hyphenPenalty, flagged: true))
                places.append(ItemPlace(byte: b, softHyphen: b - 2))
            } else {
                let hard = bytes[b - 1] == 0x2D
                    || (b >= 3 && bytes[b - 3] == 0xE2 && bytes[b - 2] == 0x80 && (0x90...0x94).contains(bytes[b - 1]))
                closeBox(b)
                items.append(.penalty(width: 0, cost: hard ? Self.hyphenPenalty : 0, flagged: hard))
                places.append(ItemPlace(byte: b))
            }
            boxStart = b
        }
        closeBox(range.upperBound)
        return (items, places)
    }

    /// Room each break gives its lines from characters that hang into the margins: the last
    /// character before a break (or the inserted hyphen) at the right, the first of the next
    /// line at the left. An indented first line does not reach the left margin.
    private func marginRoom(items: [LineBreakItem], places: [ItemPlace], bytes: [UInt8], charIndex: [Int],
                            geometry: PieceGeometry, protrusion: MarginProtrusion, firstLineIndented: Bool) -> MarginRoom {
        let x = geometry.x
        func clusterStart(before b: Int) -> Int? {
            var k = b - 1
            while k >= 0 && (x[k].isNaN || charIndex[k] < 0) { k -= 1 }
            return k >= 0 ? k : nil
        }
        func clusterEnd(after s: Int) -> Int {
            var k = s + 1
            while k < x.count - 1 && x[k].isNaN { k += 1 }
            return k
        }
        func leftRoom(_ s: Int) -> Double {
            guard let scalar = Self.scalar(bytes, at: s) else { return 0 }
            return protrusion.left(scalar, width: x[clusterEnd(after: s)] - x[s])
        }
        var room = MarginRoom(start: [Double](repeating: 0, count: items.count), end: [Double](repeating: 0, count: items.count))
        var nextBox: Int?
        for i in items.indices.reversed() {
            if case .box = items[i] { nextBox = i; continue }
            if let j = nextBox { room.start[i] = leftRoom(places[j].byte) }
            switch items[i] {
            case .penalty(let w, _, _) where places[i].softHyphen != nil:
                room.end[i] = protrusion.right("-", width: w)
            case .glue, .penalty:
                let b = places[i].byte
                if let k = clusterStart(before: b), let scalar = Self.scalar(bytes, at: k), !x[b].isNaN {
                    room.end[i] = protrusion.right(scalar, width: x[b] - x[k])
                }
            case .box: break
            }
        }
        if !firstLineIndented, let first = items.indices.first(where: { if case .box = items[$0] { return true }; return false }) {
            room.first = leftRoom(places[first].byte)
        }
        return room
    }

    /// The Unicode scalar whose UTF-8 encoding starts at byte `b`.
    static func scalar(_ bytes: [UInt8], at b: Int) -> Unicode.Scalar? {
        guard b < bytes.count else { return nil }
        let lead = bytes[b]
        let count = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard b + count <= bytes.count else { return nil }
        var value = count == 1 ? UInt32(lead) : UInt32(lead) & (count == 2 ? 0x1F : count == 3 ? 0x0F : 0x07)
        for k in 1..<count { value = value << 6 | (UInt32(bytes[b + k]) & 0x3F) }
        return Unicode.Scalar(value)
    }

    /// Whether a soft hyphen starts at byte `b`: it is no letter, and gets no letter space.
    static func isSoftHyphen(_ bytes: [UInt8], _ b: Int) -> Bool {
        b + 1 < bytes.count && bytes[b] == 0xC2 && bytes[b + 1] == 0xAD
    }

    /// TeX's `\hyphenpenalty` and `\exhyphenpenalty`.
    static let hyphenPenalty = 50.0

    private static func contains(_ gi: UnsafeMutablePointer<PangoGlyphItem>, byte: Int) -> Bool {
        let item = gi.pointee.item!
        return byte >= Int(item.pointee.offset) && byte < Int(item.pointee.offset + item.pointee.length)
    }

    /// The hyphen Pango would insert in this glyph item's font: U+2010 if the font has it, else "-".
    private func hyphenGlyph(for gi: UnsafeMutablePointer<PangoGlyphItem>) -> HyphenGlyph? {
        guard let font = gi.pointee.item.pointee.analysis.font else { return nil }
        let key = UnsafeMutableRawPointer(font)
        if let known = hyphenGlyphs[key] { return known }
        _ = face(for: font)   // holds a reference to the font, so the key stays its own
        var analysis = gi.pointee.item.pointee.analysis
        let glyphs = pango_glyph_string_new()!
        defer { pango_glyph_string_free(glyphs) }
        for candidate in ["\u{2010}", "-"] {
            pango_shape(candidate, Int32(candidate.utf8.count), &analysis, glyphs)
            guard glyphs.pointee.num_glyphs == 1 else { continue }
            let info = glyphs.pointee.glyphs[0]
            guard info.glyph & PANGO_GLYPH_UNKNOWN_FLAG == 0, info.glyph != PANGO_GLYPH_EMPTY else { continue }
            let found = HyphenGlyph(glyph: info.glyph, width: info.geometry.width)
            hyphenGlyphs[key] = found
            return found
        }
        return nil
    }

    /// One line cut from a piece: its glyph runs (justified unless `ratio` is 0), links and extents.
    private func cutLine(start: Int, end: Int, next: Int, softHyphen: Int?, ratio: Double, items: [LineBreakItem],
                         lineItems: Range<Int>, places: [ItemPlace], geometry: PieceGeometry, bytes: [UInt8], lookup: SpanLookup,
                         links: [(Range<Int>, LinkTarget)], x lineX: Double, letterStretch: Double,
                         ascent: Double, descent: Double, missing: inout [MissingGlyph]) -> ShapedLine {
        var extra: [Int: Double] = [:]
        if ratio != 0 {
            let r = max(ratio, -1)
            var spaces: [Int] = []
            var boxStretch = 0.0
            for k in lineItems {
                if case .box(_, let y) = items[k] { boxStretch += y }
                guard case .glue(_, let y, let z) = items[k], places[k].byte >= start, places[k].byte < end else { continue }
                extra[places[k].byte] = r > 0 ? y * r : z * r
                spaces.append(places[k].byte)
            }
            if r > 0 && letterStretch > 0 {
                // Letters are spaced apart after every cluster followed by another in the same word.
                let perGap = r * letterStretch
                var previous: Int?, gaps = 0
                for b in start..<end where !geometry.x[b].isNaN && !Self.isSoftHyphen(bytes, b) {
                    let isSpace = bytes[b] == 0x20
                    if let p = previous, !isSpace { extra[p] = perGap; gaps += 1 }
                    previous = isSpace ? nil : b
                }
                // The breaker counted a gap before a line's first word part when the line
                // starts after a hyphen; that stretch goes to the spaces so the line still fills.
                let residual = r * boxStretch - perGap * Double(gaps)
                if abs(residual) > 1e-9, !spaces.isEmpty {
                    for b in spaces { extra[b, default: 0] += residual / Double(spaces.count) }
                }
            }
        }
        let hyphen = softHyphen.flatMap { b in geometry.items.first(where: { Self.contains($0, byte: b) }) }
            .flatMap { hyphenGlyph(for: $0) }
        let cut = RunCut(bytes: start..<next, trailingFrom: end, extraSpace: extra, hyphenAt: softHyphen, hyphen: hyphen)
        var runs: [GlyphRun] = []
        var x = 0.0
        var endsWithHyphen = false
        for gi in geometry.items {
            let item = gi.pointee.item!
            let lo = Int(item.pointee.offset), hi = lo + Int(item.pointee.length)
            guard lo < next, hi > start else { continue }
            let (run, advance, lacks, hyphenated) = makeRun(gi, bytes: bytes, x: x, color: lookup.color(at:),
                                                                tracked: lookup.tracked(at:), cut: cut)
            if var run {
                run.role = lookup.role(at: max(lo, start))
                runs.append(run)
            }
            missing += lacks
            if hyphenated { endsWithHyphen = true }
            x += advance
        }
        // x of a byte within the line: the unbroken position, moved by the spaces before it.
        func position(_ b: Int) -> Double {
            if b >= next { return x }
            var k = b
            while k > start && geometry.x[k].isNaN { k -= 1 }
            var p = geometry.x[k] - geometry.x[start]
            for (space, e) in extra where space < k { p += e }
            return p
        }
        var lineLinks: [LineLink] = []
        for (range, target) in links {
            let lo = max(range.lowerBound, start), hi = min(range.upperBound, next)
            guard lo < hi else { continue }
            let x0 = position(lo), x1 = position(hi)
            lineLinks.append(LineLink(minX: min(x0, x1) + lineX, maxX: max(x0, x1) + lineX, target: target))
        }
        return ShapedLine(runs: runs, x: lineX, width: x, ascent: ascent, descent: descent, byteRange: start..<next,
                          links: lineLinks, endsWithHyphen: endsWithHyphen)
    }

    /// Writes the x of each cluster start of a glyph item into `x` (piece-relative) and returns
    /// the x after the item.
    private static func recordPositions(_ gi: UnsafeMutablePointer<PangoGlyphItem>, from start: Double,
                                        into x: inout [Double]) -> Double {
        let scale = Double(PANGO_SCALE)
        let item = gi.pointee.item!, glyphs = gi.pointee.glyphs!
        let offset = Int(item.pointee.offset)
        var pos = start + Double(gi.pointee.start_x_offset) / scale
        let infos = glyphs.pointee.glyphs!, logs = glyphs.pointee.log_clusters!
        var previous: Int32 = -1
        for i in 0..<Int(glyphs.pointee.num_glyphs) {
            if logs[i] != previous {
                let b = offset + Int(logs[i])
                if x[b].isNaN { x[b] = pos }
                previous = logs[i]
            }
            pos += Double(infos[i].geometry.width) / scale
        }
        pos += Double(gi.pointee.end_x_offset) / scale
        let end = offset + Int(item.pointee.length)
        if x[end].isNaN { x[end] = pos }
        return pos
    }
}
