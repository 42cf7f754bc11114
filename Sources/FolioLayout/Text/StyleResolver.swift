//! Turns theme style specs and semantic inlines into concrete text styles and spans.

import FolioDocument
import FolioGraphics
import FolioPage

/// Resolves theme entries (font roles, colour names) into `TextStyle`s and maps inline
/// content to styled spans, inserting soft hyphens where the style allows.
struct StyleResolver {
    let theme: Theme
    let hyphenator: Hyphenator?
    /// Page labels of named destinations from the previous pass, for page references.
    var pageLabels: [String: String] = [:]

    func family(_ fontOrRole: String?) -> String {
        guard let f = fontOrRole else { return theme.family("text") + ", " + cjkFamily }
        let base = theme.fonts[f] ?? f
        return base + ", " + cjkFamily
    }

    var cjkFamily: String { theme.fonts["cjk"] ?? "Noto Sans CJK SC" }

    func textStyle(_ spec: ParagraphStyleSpec) -> TextStyle {
        TextStyle(family: family(spec.font), size: spec.size ?? 10, weight: FontWeight(name: spec.weight),
                  italic: spec.italic ?? false, color: theme.color(spec.color, default: theme.color("text")),
                  letterSpacing: spec.letterSpacing ?? 0)
    }

    func leading(_ spec: ParagraphStyleSpec) -> Double {
        spec.leading ?? (spec.size ?? 10) * 1.35
    }

    func alignment(_ spec: ParagraphStyleSpec) -> ParagraphFormat.Alignment {
        ParagraphFormat.Alignment(rawValue: spec.align ?? "left") ?? .left
    }

    /// Total fit unless the style asks for Pango's greedy breaking (only justified text uses it).
    func breaking(_ spec: ParagraphStyleSpec) -> LineBreaking {
        LineBreaking(rawValue: spec.breaking ?? "optimal") ?? .optimal
    }

    /// Whether capitalised words of this style may be hyphenated: the style's rule, else the
    /// theme's, else no (a copy editor rejects "Mos-cow" and "Chi-nese").
    func hyphenatesCapitalized(_ spec: ParagraphStyleSpec) -> Bool {
        spec.hyphenateCapitalized ?? theme.hyphenation?.capitalized ?? false
    }

    /// Whether the last word of a paragraph in this style may be split ("regula- / tion."):
    /// the style's rule, else the theme's, else no.
    func allowsFinalHyphen(_ spec: ParagraphStyleSpec) -> Bool {
        spec.finalHyphen ?? theme.hyphenation?.finalHyphen ?? false
    }

    /// Letter-space stretch of justified lines under total fit, as a fraction of the size per
    /// gap between letters at an adjustment ratio of 1 (see `ParagraphFormat.letterStretch`).
    func letterStretch(_ spec: ParagraphStyleSpec) -> Double {
        spec.letterStretch ?? Self.defaultLetterStretch
    }

    /// A thirtieth of a space's stretch per letter gap: invisible on a normal line (0.03 pt at
    /// 9.4 pt), and a line of four long names spreads a third of its slack over its letters.
    static let defaultLetterStretch = 0.003

    /// The theme's optical margin alignment: its `protrusion` table, or the built-in set.
    var protrusion: MarginProtrusion? {
        guard let table = theme.protrusion else { return .standard }
        var amounts: [Unicode.Scalar: MarginProtrusion.Edges] = [:]
        for (key, edges) in table where edges.count == 2 {
            guard let scalar = key.unicodeScalars.first, key.unicodeScalars.count == 1 else { continue }
            amounts[scalar] = MarginProtrusion.Edges(left: edges[0], right: edges[1])
        }
        return amounts.isEmpty ? nil : MarginProtrusion(amounts)
    }

    /// Spans for inline content in a base style; `hyphenate` inserts soft hyphens in plain words,
    /// in capitalised ones only when `hyphenateCapitalized` is set (table headers, or a style's
    /// rule); names that must always stay whole are protected words of the hyphenator.
    func spans(_ inlines: [Inline], base: TextStyle, hyphenate: Bool, uppercase: Bool = false,
               hyphenateCapitalized: Bool = false) -> [TextSpan] {
        var out: [TextSpan] = []
        let capitalized = hyphenateCapitalized
        // Link text gets the `Link` role, so that the tagged PDF's Link element holds the
        // text as well as the annotation; footnote marks keep their `Reference` role.
        // Prose gets typographic punctuation (not code, numbers or addresses shown as links).
        func add(_ text: String, _ style: TextStyle, _ link: LinkTarget?, hyph: Bool, smart: Bool = false,
                 role explicitRole: StructureRole? = nil) {
            let role = explicitRole ?? (link == nil ? nil : .link)
            var t = smart ? Typography.smarten(text, after: out.last?.text.last) : text
            t = uppercase ? t.uppercased() : t
            if hyph, let h = hyphenator { t = h.hyphenate(text: t, capitalized: capitalized) }
            if let last = out.last, last.style == style, last.link == link, last.role == role, role == nil || role == .link {
                out[out.count - 1].text += t
            } else {
                out.append(TextSpan(t, style: style, link: link, role: role))
            }
        }
        func walk(_ items: [Inline], _ style: TextStyle, _ link: LinkTarget?) {
            guard Self.hasAdjacentMarks(items) else {
                for item in items { one(item, style, link) }
                return
            }
            for piece in Self.groupingCitations(items) {
                switch piece {
                case .inline(let item): one(item, style, link)
                case .separator(let text):
                    // Between adjacent marks: superscript text in the marks' colour, outside their links.
                    add(text, superscript(style).with { $0.color = theme.color("link", default: theme.color("accent")) }, link, hyph: false)
                }
            }
        }
        func one(_ item: Inline, _ style: TextStyle, _ link: LinkTarget?) {
            switch item {
            case .text(let s):
                let address: Bool = if case .url = link { true } else { false }
                add(s, style, link, hyph: hyphenate && link == nil, smart: !address)
            case .emphasis(let c): walk(c, style.with { $0.italic.toggle() }, link)
            case .strong(let c): walk(c, style.with { $0.weight = .bold }, link)
            case .code(let s):
                add(s, style.with { $0.family = family("display"); $0.size *= 0.9 }, link, hyph: false)
            case .link(let c, let target):
                walk(c, style.with { $0.color = theme.color("link", default: theme.color("accent")) }, target)
            case .footnoteMark(let n, let dest):
                add(String(n), superscript(style).with { $0.color = theme.color("link", default: theme.color("accent")) },
                    .destination(dest), hyph: false, role: .reference)
            case .superscript(let c): walk(c, superscript(style), link)
            case .styled(let name, let c):
                let spec = theme.paragraphs[name]
                walk(c, style.with { s in
                    if let spec {
                        if let col = spec.color { s.color = theme.color(col) }
                        if let w = spec.weight { s.weight = FontWeight(name: w) }
                        if let f = spec.font { s.family = family(f) }
                        if let size = spec.size { s.size = size }
                        if let it = spec.italic { s.italic = it }
                    }
                    if name == "tabular" { s.features = ["tnum"] }
                }, link)
            case .lineBreak: add("\u{2028}", style, link, hyph: false)
            case .pageReference(let id): add(pageLabels[id] ?? "?", style, link ?? .destination(id), hyph: false)
            }
        }
        walk(inlines, base, nil)
        return out
    }

    /// Adjacent footnote marks as a citation list: `[^3][^4]` prints "3,4" and a run of three
    /// or more consecutive numbers "3–5" (first and last shown, each its own link); the
    /// separators are superscript text between the marks.
    static func groupingCitations(_ items: [Inline]) -> [CitationPiece] {
        var out: [CitationPiece] = []
        out.reserveCapacity(items.count)
        var i = 0
        while i < items.count {
            guard case .footnoteMark = items[i] else { out.append(.inline(items[i])); i += 1; continue }
            // The marks that follow, with nothing but empty text between them.
            var marks: [(Int, String)] = []
            var j = i
            while j < items.count {
                if case .footnoteMark(let n, let dest) = items[j] { marks.append((n, dest)); j += 1; continue }
                if case .text(let t) = items[j], t.isEmpty, j + 1 < items.count, case .footnoteMark = items[j + 1] { j += 1; continue }
                break
            }
            var k = 0
            while k < marks.count {
                var end = k
                while end + 1 < marks.count, marks[end + 1].0 == marks[end].0 + 1 { end += 1 }
                if k > 0 { out.append(.separator(",")) }
                out.append(.inline(.footnoteMark(marks[k].0, destination: marks[k].1)))
                if end - k >= 2 {
                    out.append(.separator("\u{2013}"))
                    out.append(.inline(.footnoteMark(marks[end].0, destination: marks[end].1)))
                    k = end + 1
                } else {
                    k += 1
                }
            }
            i = j
        }
        return out
    }

    /// True when two footnote marks follow each other (perhaps with empty text between).
    static func hasAdjacentMarks(_ items: [Inline]) -> Bool {
        var previousWasMark = false
        for item in items {
            switch item {
            case .footnoteMark:
                if previousWasMark { return true }
                previousWasMark = true
            case .text(let t) where t.isEmpty: continue
            default: previousWasMark = false
            }
        }
        return false
    }

    /// Inline content with the separators of citation lists put in.
    enum CitationPiece: Equatable {
        case inline(Inline)
        case separator(String)
    }

    private func superscript(_ style: TextStyle) -> TextStyle {
        style.with { $0.rise = $0.size * 0.33; $0.size *= 0.62; $0.features = ["lnum"] }
    }
}
