//! The theme checked: font roles, colours, paragraph/heading/table styles, hyphenation, palettes.

import FolioCore
import Yams

extension LayoutValidator {
    /// The names the theme defines, for reference checks.
    struct ThemeNames {
        var fonts: [String] = []
        var colors: [String] = []
        var paragraphs: [String] = []
        var headings: [String] = []
        var tables: [String] = []
        var node: (paragraphs: Node?, headings: Node?, tables: Node?, colors: Node?)
    }

    mutating func theme(_ node: Node) -> ThemeNames? {
        guard let t = entries(node, "theme", known: Self.themeKeys, required: ["fonts", "colors", "paragraphs", "headings", "tables"]) else { return nil }
        var names = ThemeNames(node: (Self.key("paragraphs", in: node), Self.key("headings", in: node), Self.key("tables", in: node),
                                      Self.key("colors", in: node)))
        if let f = t["fonts"] {
            for (role, _, value) in named(f, "theme.fonts") {
                if let family = text(value, "theme.fonts.\(role)") {
                    if family.trimmingCharacters(in: .whitespaces).isEmpty {
                        error("theme.fonts.\(role): the family name is empty", value)
                    } else if let families, !families.contains(family) {
                        // Fontconfig would quietly substitute another face.
                        error("theme.fonts.\(role): no font family \"\(family)\" in the font folder\(Suggestions.hint(for: family, in: families)); "
                              + "families: \(families.joined(separator: ", "))", value)
                    }
                }
                names.fonts.append(role)
            }
            if !names.fonts.contains("text") { error("theme.fonts needs a \"text\" role (the body text family)", f) }
        }
        if let c = t["colors"] {
            for (name, _, value) in named(c, "theme.colors") {
                color(value, "theme.colors.\(name)", names: nil)
                names.colors.append(name)
            }
        }
        if let p = t["protrusion"] {
            for (name, _, value) in named(p, "theme.protrusion") {
                let edges = value.sequence?.compactMap { $0.string.flatMap(Double.init) } ?? []
                if name.unicodeScalars.count != 1 || edges.count != 2 || value.sequence?.count != 2
                    || !edges.allSatisfy({ (0...1).contains($0) }) {
                    error("theme.protrusion.\(name) must be one character with [left, right]: the fractions of its width "
                          + "that may hang into each margin, 0 to 1 (e.g. \".\": [0, 0.7])", value)
                }
            }
        }
        if let p = t["palettes"] {
            for (name, _, value) in named(p, "theme.palettes") {
                guard let list = value.sequence, !list.isEmpty else {
                    error("theme.palettes.\(name) must be a list of colours (#rrggbb), low to high", value)
                    continue
                }
                for item in list { color(item, "theme.palettes.\(name)", names: nil) }
                colorSystem(name, Array(list), value)
            }
        }
        if let h = t["hyphenation"], let hy = entries(h, "theme.hyphenation", known: Self.hyphenationKeys) {
            bool(hy["enabled"], "theme.hyphenation.enabled")
            bool(hy["capitalized"], "theme.hyphenation.capitalized")
            bool(hy["finalHyphen"], "theme.hyphenation.finalHyphen")
            for key in ["minWord", "minPrefix", "minSuffix", "maxConsecutive"] {
                _ = wholeNumber(hy[key], "theme.hyphenation.\(key)", atLeast: 1)
            }
            if let protect = hy["protect"] {
                if let list = protect.sequence {
                    for item in list { _ = text(item, "theme.hyphenation.protect") }
                } else {
                    error("theme.hyphenation.protect must be a list of words, found \(Self.describe(protect))", protect)
                }
            }
        }
        _ = wholeNumber(t["orphans"], "theme.orphans", atLeast: 1)
        _ = wholeNumber(t["widows"], "theme.widows", atLeast: 1)
        for (key, into) in [("paragraphs", \ThemeNames.paragraphs), ("headings", \ThemeNames.headings)] {
            guard let group = t[key] else { continue }
            for (name, _, value) in named(group, "theme.\(key)") {
                paragraphStyle(value, "theme.\(key).\(name)", names)
                names[keyPath: into].append(name)
            }
        }
        if let group = t["tables"] {
            for (name, _, value) in named(group, "theme.tables") {
                tableStyle(value, "theme.tables.\(name)", names)
                names.tables.append(name)
            }
        }
        return names
    }

    mutating func fontRole(_ node: Node?, _ what: String, _ names: ThemeNames) {
        guard let node, let role = text(node, what) else { return }
        if !names.fonts.contains(role) {
            error("\(what): unknown font role \"\(role)\"\(Suggestions.hint(for: role, in: names.fonts)); roles of theme.fonts: "
                  + names.fonts.joined(separator: ", ") + " (add a role there to use another family)", node)
        }
    }

    /// Size and leading: both positive, the leading at least the size.
    mutating func sizeAndLeading(_ s: [String: Node], _ what: String, size sizeKey: String = "size") {
        let size = positive(s[sizeKey], "\(what).\(sizeKey)")
        let leading = positive(s["leading"], "\(what).leading")
        if let size, let leading, leading < size * Self.minimumLeadingRatio {
            error("\(what).leading \(Self.format(leading)) is less than the size \(Self.format(size)); lines would overprint "
                  + "(use at least \(Self.format(size * Self.minimumLeadingRatio)), typically 1.2–1.45 × the size)", s["leading"])
        }
    }

    mutating func paragraphStyle(_ node: Node, _ what: String, _ names: ThemeNames) {
        guard let s = entries(node, what, known: Self.paragraphKeys) else { return }
        fontRole(s["font"], "\(what).font", names)
        sizeAndLeading(s, what)
        // minSize's range (above 0, at most the size) is checked after decoding (LayoutSpecLoader.validate).
        _ = number(s["minSize"], "\(what).minSize")
        _ = choice(s["weight"], "\(what).weight", Self.weights)
        _ = choice(s["align"], "\(what).align", Self.alignments)
        _ = choice(s["breaking"], "\(what).breaking", ["optimal", "greedy"])
        color(s["color"], "\(what).color", names: names.colors)
        for key in ["italic", "hyphenate", "uppercase", "hyphenateCapitalized", "finalHyphen", "keepTogether"] { bool(s[key], "\(what).\(key)") }
        for key in ["spaceBefore", "spaceAfter", "indent", "hang"] { _ = nonNegative(s[key], "\(what).\(key)") }
        inRange(s["letterStretch"], "\(what).letterStretch", 0...0.02, "(a fraction of the size per gap between letters, e.g. 0.003)")
        inRange(s["letterSpacing"], "\(what).letterSpacing", -2...20, "points")
    }

    /// A number within `range`, or an error giving the range and what the number means.
    mutating func inRange(_ node: Node?, _ what: String, _ range: ClosedRange<Double>, _ meaning: String) {
        guard let value = number(node, what), !range.contains(value) else { return }
        error("\(what) \(Self.format(value)) is out of range; use \(Self.format(range.lowerBound)) to "
              + "\(Self.format(range.upperBound)) \(meaning)", node)
    }

    mutating func tableStyle(_ node: Node, _ what: String, _ names: ThemeNames) {
        guard let s = entries(node, what, known: Self.tableKeys) else { return }
        fontRole(s["font"], "\(what).font", names)
        sizeAndLeading(s, what)
        _ = positive(s["headerSize"], "\(what).headerSize")
        _ = choice(s["headerWeight"], "\(what).headerWeight", Self.weights)
        _ = choice(s["headerFallback"], "\(what).headerFallback", HeaderFallback.allCases.map(\.rawValue))
        for key in ["headerColor", "headerBackground", "zebra", "rule", "highlight"] {
            color(s[key], "\(what).\(key)", names: names.colors)
        }
        for key in ["cellPaddingX", "cellPaddingY", "ruleWidth", "headerRuleWidth"] { _ = nonNegative(s[key], "\(what).\(key)") }
    }

    /// The styles and colours that the composers and layout code of this purpose use.
    mutating func requiredNames(_ names: ThemeNames, _ theme: Node) {
        let groups: [(String, [String], [String], Node?)] = [
            ("colors", LayoutPurpose.colors, names.colors, names.node.colors),
            ("paragraphs", purpose.paragraphs, names.paragraphs, names.node.paragraphs),
            ("headings", purpose.headings, names.headings, names.node.headings),
            ("tables", purpose.tables, names.tables, names.node.tables),
        ]
        for (key, required, defined, node) in groups {
            let missing = required.filter { !defined.contains($0) }
            guard !missing.isEmpty else { continue }
            let list = missing.map { "\"\($0)\"" }.joined(separator: ", ")
            error("theme.\(key): \(list) \(missing.count == 1 ? "is" : "are") missing; \(purpose.description) uses "
                  + (missing.count == 1 ? "it" : "them"), node ?? theme)
        }
    }
}

extension LayoutValidator {
    /// Fewest colours of each palette of the colour system (`ColorSystem`): an edition may have
    /// up to 12 dimensions, each needing its own colour; a diverging ramp needs both ends and a middle.
    static let paletteMinimum = ["tiers": 2, "dimensions": 12, "scores": 2, "correlations": 3]

    /// The colour system's palettes: long enough, and no colour twice where colours tell groups apart.
    mutating func colorSystem(_ name: String, _ list: [Node], _ node: Node) {
        guard let minimum = Self.paletteMinimum[name] else { return }
        if list.count < minimum {
            let why = name == "dimensions" ? " (one per dimension; an edition may have up to 12)" : ""
            error("theme.palettes.\(name) has \(list.count) colour(s); it needs at least \(minimum)\(why)", node)
        }
        guard name == "tiers" || name == "dimensions" else { return }
        var seen: Set<String> = []
        for item in list {
            guard let hex = item.string?.lowercased(), Self.isHex(hex) else { continue }
            if !seen.insert(hex).inserted {
                error("theme.palettes.\(name): \(hex) appears twice; each \(name == "tiers" ? "tier" : "dimension") needs its own colour", item)
            }
        }
    }
}
