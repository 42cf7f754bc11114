//! The layout file's sections checked one by one: page, print, templates, theme, references.

import FolioCore
import FolioPage
import Yams

extension LayoutValidator {
    static let topKeys = ["name", "page", "print", "romanTemplates", "templates", "theme"]
    static let pageKeys = ["size", "width", "height", "orientation", "margins", "facing", "baselineGrid"]
    static let marginKeys = ["top", "bottom", "inner", "outer"]
    static let templateKeys = ["columns", "gutter", "header", "footer", "background", "band", "sink", "next", "inset", "endings"]
    static let runningKeys = ["left", "center", "right", "mirror", "rule"]
    static let themeKeys = ["fonts", "colors", "paragraphs", "headings", "tables", "hyphenation", "orphans", "widows", "palettes",
                            "protrusion"]
    static let paragraphKeys = ["font", "size", "leading", "weight", "italic", "color", "align", "spaceBefore", "spaceAfter",
                                "indent", "hyphenate", "letterSpacing", "uppercase", "minSize", "breaking", "hang", "keepTogether",
                                "hyphenateCapitalized", "finalHyphen", "letterStretch"]
    static let tableKeys = ["font", "size", "leading", "headerSize", "headerColor", "headerBackground", "headerWeight",
                            "cellPaddingX", "cellPaddingY", "zebra", "rule", "ruleWidth", "headerRuleWidth", "highlight", "headerFallback"]
    static let hyphenationKeys = ["enabled", "minWord", "minPrefix", "minSuffix", "maxConsecutive", "protect", "capitalized",
                                  "finalHyphen"]
    static let printKeys = ["trim", "bleed", "cropMarks", "slug"]

    /// Checks the whole file.
    mutating func validate(_ root: Node) {
        guard let top = entries(root, "the layout file", known: Self.topKeys, required: ["name", "page", "templates", "theme"]) else { return }
        _ = text(top["name"], "name")
        let pageSize = top["page"].flatMap { page($0) }
        if let p = top["print"] { printSection(p, pageSizeName: top["page"]?.mapping?["size"]?.string) }
        let theme = top["theme"].flatMap { self.theme($0) }
        let templateNames = top["templates"].map { templates($0, pageSize: pageSize, colors: theme?.colors) } ?? nil
        if let roman = top["romanTemplates"] {
            if let list = roman.sequence {
                for item in list { templateReference(item, "romanTemplates", templateNames) }
            } else {
                error("romanTemplates must be a list of template names, e.g. [cover, front], found \(Self.describe(roman))", roman)
            }
        }
        if let templateNames, let node = top["templates"] {
            for name in purpose.templates where !templateNames.contains(name) {
                error("templates: no \"\(name)\" template, which \(purpose.description) needs", node)
            }
        }
        if let theme, let node = top["theme"] { requiredNames(theme, node) }
        if let grid = top["page"]?.mapping?["baselineGrid"], let name = text(grid, "page.baselineGrid"), let theme,
           !theme.paragraphs.contains(name) {
            error("page.baselineGrid: no paragraph style \"\(name)\"\(Suggestions.hint(for: name, in: theme.paragraphs)); "
                  + "the grid takes the leading of a style under theme.paragraphs, e.g. body", grid)
        }
    }

    // MARK: - Page

    /// The page size in points, when it can be known.
    mutating func page(_ node: Node) -> PageExtent? {
        guard let page = entries(node, "page", known: Self.pageKeys, required: ["size", "margins"]) else { return nil }
        bool(page["facing"], "page.facing")
        let orientation = choice(page["orientation"], "page.orientation", ["portrait", "landscape"])
        var size: PageExtent?
        if let name = choice(page["size"], "page.size", Self.pageSizes) {
            switch name.lowercased() {
            case "a4": size = .a4
            case "a5": size = PageExtent(width: 419.53, height: 595.28)
            case "letter": size = .letter
            default:
                let w = length(page["width"], "page.width", allowZero: false)
                let h = length(page["height"], "page.height", allowZero: false)
                if page["width"] == nil || page["height"] == nil {
                    error("page.size custom needs page.width and page.height (e.g. width: 200mm, height: 250mm)", page["size"])
                }
                for (key, value) in [("width", w), ("height", h)] where (value ?? 0) > Self.maximumPageSide {
                    error("page.\(key) must be at most \(Self.format(Self.maximumPageSide)) pt (200 in), the largest page a PDF viewer opens", page[key])
                }
                if let w, let h, w <= Self.maximumPageSide, h <= Self.maximumPageSide { size = PageExtent(width: w, height: h) }
            }
            if name.lowercased() != "custom" {
                for key in ["width", "height"] where page[key] != nil {
                    error("page.\(key) applies only to size: custom (page.size is \(name))", page[key])
                }
            }
        }
        if orientation?.lowercased() == "landscape", let s = size { size = PageExtent(width: s.height, height: s.width) }
        guard let marginsNode = page["margins"],
              let margins = entries(marginsNode, "page.margins", known: Self.marginKeys, required: Self.marginKeys) else { return size }
        var m: [String: Double] = [:]
        for key in Self.marginKeys { m[key] = length(margins[key], "page.margins.\(key)") }
        if let size, let top = m["top"], let bottom = m["bottom"], let inner = m["inner"], let outer = m["outer"] {
            let before = diagnostics.count
            if inner + outer >= size.width - Self.minimumColumnWidth {
                error("page.margins: inner + outer (\(Self.format(inner + outer)) pt) leave less than \(Self.format(Self.minimumColumnWidth)) pt "
                      + "of the \(Self.format(size.width)) pt page width for text", marginsNode)
            }
            if top + bottom >= size.height - Self.minimumTextHeight {
                error("page.margins: top + bottom (\(Self.format(top + bottom)) pt) leave less than \(Self.format(Self.minimumTextHeight)) pt "
                      + "of the \(Self.format(size.height)) pt page height for text", marginsNode)
            }
            // Templates are checked against the margins only when the margins themselves leave room.
            guard diagnostics.count == before else { return size }
            return PageExtent(width: size.width, height: size.height, margins: (top, bottom, inner, outer))
        }
        return size
    }

    mutating func printSection(_ node: Node, pageSizeName: String?) {
        guard let p = entries(node, "print", known: Self.printKeys) else { return }
        if let trim = choice(p["trim"], "print.trim", Self.pageSizes), let size = pageSizeName, trim.lowercased() != size.lowercased() {
            error("print.trim is \(trim) but page.size is \(size); the trim is the page size", p["trim"])
        }
        _ = length(p["bleed"], "print.bleed")
        _ = length(p["slug"], "print.slug")
        bool(p["cropMarks"], "print.cropMarks")
    }

    // MARK: - Templates

    mutating func templates(_ node: Node, pageSize: PageExtent?, colors: [String]?) -> Set<String>? {
        let all = named(node, "templates")
        guard node.mapping != nil else { return nil }
        let names = Set(all.map(\.name))
        for (name, _, value) in all {
            let what = "templates.\(name)"
            guard let t = entries(value, what, known: Self.templateKeys) else { continue }
            let columns = wholeNumber(t["columns"], "\(what).columns", atLeast: 1)
            let gutter = length(t["gutter"], "\(what).gutter")
            let sink = length(t["sink"], "\(what).sink")
            let inset = length(t["inset"], "\(what).inset")
            for key in ["header", "footer"] {
                guard let r = t[key], let running = entries(r, "\(what).\(key)", known: Self.runningKeys) else { continue }
                for side in ["left", "center", "right"] { _ = text(running[side], "\(what).\(key).\(side)") }
                bool(running["mirror"], "\(what).\(key).mirror")
                bool(running["rule"], "\(what).\(key).rule")
            }
            color(t["background"], "\(what).background", names: colors)
            if let b = t["band"], let band = entries(b, "\(what).band", known: ["height", "color"], required: ["height", "color"]) {
                color(band["color"], "\(what).band.color", names: colors)
                if let h = length(band["height"], "\(what).band.height", allowZero: false), let page = pageSize, h > page.height {
                    error("\(what).band.height (\(Self.format(h)) pt) is taller than the page (\(Self.format(page.height)) pt)", band["height"])
                }
            }
            templateReference(t["next"], "\(what).next", names)
            if let e = t["endings"], let endings = entries(e, "\(what).endings", known: ["looseness", "minimumFill"]) {
                _ = wholeNumber(endings["looseness"], "\(what).endings.looseness", atLeast: 0)
                if let fill = number(endings["minimumFill"], "\(what).endings.minimumFill"), !(0...1).contains(fill) {
                    error("\(what).endings.minimumFill is a share of the page's column height between 0 and 1 (e.g. 0.34), "
                          + "found \(Self.format(fill))", endings["minimumFill"])
                }
            }
            // The text area this template leaves.
            if let page = pageSize, let m = page.margins {
                let width = page.width - m.inner - m.outer - 2 * (inset ?? 0)
                let n = Double(columns ?? 1)
                let column = (width - (gutter ?? 14) * (n - 1)) / n
                let height = page.height - m.top - m.bottom - (sink ?? 0)
                if column < Self.minimumColumnWidth {
                    error("\(what): \(Self.format(n)) column(s) of \(Self.format(column.rounded())) pt; with these margins, inset and gutter "
                          + "a column must be at least \(Self.format(Self.minimumColumnWidth)) pt wide (fewer columns or smaller margins)", value)
                }
                if height < Self.minimumTextHeight {
                    error("\(what): the text area is \(Self.format(height.rounded())) pt high after margins and sink; it must be at least "
                          + "\(Self.format(Self.minimumTextHeight)) pt", value)
                }
            }
        }
        return names
    }

    mutating func templateReference(_ node: Node?, _ what: String, _ names: Set<String>?) {
        guard let node, let name = text(node, what), let names else { return }
        if !names.contains(name) {
            error("\(what): no template \"\(name)\"\(Suggestions.hint(for: name, in: Array(names))); templates: "
                  + names.sorted().joined(separator: ", "), node)
        }
    }
}

/// A page size, with the margins once they are known (to check what templates leave).
struct PageExtent {
    var width: Double
    var height: Double
    var margins: (top: Double, bottom: Double, inner: Double, outer: Double)?
    init(width: Double, height: Double, margins: (top: Double, bottom: Double, inner: Double, outer: Double)? = nil) {
        self.width = width; self.height = height; self.margins = margins
    }
    static let a4 = PageExtent(width: FolioPage.Size.a4.width, height: FolioPage.Size.a4.height)
    static let letter = PageExtent(width: FolioPage.Size.letter.width, height: FolioPage.Size.letter.height)
}
