//! Checks a layout file's YAML tree before it is decoded: keys, types, ranges, references.

import FolioCore
import Yams

/// Validates a composed layout file like the edition loader validates editions: every
/// problem is a `path:line: message` saying what is wrong and what would be right, all of
/// them are reported at once, and nothing that Pango or Cairo would complain about (a
/// negative size, a zero leading, an empty text area) gets through.
struct LayoutValidator {
    let path: String
    let purpose: LayoutPurpose
    /// The font families that can be drawn (the bundled fonts); nil skips the check.
    let families: [String]?
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String, purpose: LayoutPurpose, families: [String]? = nil) {
        self.path = path
        self.purpose = purpose
        self.families = families
    }

    static let pageSizes = ["A4", "A5", "Letter", "custom"]
    static let weights = ["regular", "medium", "semibold", "bold"]
    static let alignments = ["left", "center", "right", "justify"]
    /// The leading must be at least the font size (lines would overprint otherwise).
    static let minimumLeadingRatio = 1.0
    /// The narrowest column and the lowest text area a template may leave, in points.
    static let minimumColumnWidth = 72.0
    static let minimumTextHeight = 144.0
    /// PDF viewers refuse pages larger than 200 inches on a side.
    static let maximumPageSide = 14_400.0

    // MARK: - Messages

    mutating func error(_ message: String, _ node: Node?) {
        diagnostics.append(.error(message, at: SourceLocation(file: path, line: node?.mark?.line ?? 0)))
    }

    // MARK: - Structure

    /// A mapping's entries; reports unknown keys (with a "did you mean") and missing required ones.
    mutating func entries(_ node: Node, _ what: String, known: [String], required: [String] = []) -> [String: Node]? {
        guard let mapping = node.mapping else {
            error("\(what) must be a mapping of \"key: value\" entries, found \(Self.describe(node))", node)
            return nil
        }
        var out: [String: Node] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            if !known.contains(name) {
                error("unknown key \"\(name)\" in \(what)\(Suggestions.hint(for: name, in: known)); known keys: "
                      + known.joined(separator: ", "), key)
                continue
            }
            if value.null == nil { out[name] = value }
        }
        for key in required where out[key] == nil {
            error("\(what) needs \"\(key)\"", node)
        }
        return out
    }

    /// A mapping whose keys are names the user chooses (templates, styles, colours).
    mutating func named(_ node: Node, _ what: String) -> [(name: String, key: Node, value: Node)] {
        guard let mapping = node.mapping else {
            error("\(what) must be a mapping of names to entries, found \(Self.describe(node))", node)
            return []
        }
        return mapping.map { (name: $0.key.string ?? "", key: $0.key, value: $0.value) }
    }

    /// The key node of `name` in a mapping (its line is where the user wrote the key).
    static func key(_ name: String, in node: Node) -> Node? {
        node.mapping?.first { $0.key.string == name }?.key
    }

    static func describe(_ node: Node) -> String { node.kindDescription }

    // MARK: - Values

    mutating func number(_ node: Node?, _ what: String) -> Double? {
        guard let node else { return nil }
        guard case .scalar = node, let v = node.float ?? node.int.map(Double.init), v.isFinite else {
            error("\(what) must be a number, found \(Self.describe(node))", node)
            return nil
        }
        return v
    }

    mutating func positive(_ node: Node?, _ what: String) -> Double? {
        guard let v = number(node, what) else { return nil }
        if v <= 0 { error("\(what) must be greater than 0, found \(Self.format(v))", node); return nil }
        return v
    }

    mutating func nonNegative(_ node: Node?, _ what: String) -> Double? {
        guard let v = number(node, what) else { return nil }
        if v < 0 { error("\(what) must be 0 or more, found \(Self.format(v))", node); return nil }
        return v
    }

    mutating func wholeNumber(_ node: Node?, _ what: String, atLeast minimum: Int) -> Int? {
        guard let node else { return nil }
        guard case .scalar = node, let v = node.int else {
            error("\(what) must be a whole number, found \(Self.describe(node))", node)
            return nil
        }
        if v < minimum { error("\(what) must be at least \(minimum), found \(v)", node); return nil }
        return v
    }

    mutating func bool(_ node: Node?, _ what: String) {
        guard let node else { return }
        if node.bool == nil { error("\(what) must be true or false, found \(Self.describe(node))", node) }
    }

    mutating func text(_ node: Node?, _ what: String) -> String? {
        guard let node else { return nil }
        guard case .scalar(let s) = node else {
            error("\(what) must be text, found \(Self.describe(node))", node)
            return nil
        }
        return s.string
    }

    /// One of a fixed set of words.
    mutating func choice(_ node: Node?, _ what: String, _ options: [String]) -> String? {
        guard let word = text(node, what) else { return nil }
        guard options.contains(where: { $0.lowercased() == word.lowercased() }) else {
            error("\(what) \"\(word)\" is not one of \(options.joined(separator: ", "))\(Suggestions.hint(for: word, in: options))", node)
            return nil
        }
        return word
    }

    /// A length (`12pt`, `20mm`, `1.5cm`, `0.5in` or points), in points.
    mutating func length(_ node: Node?, _ what: String, allowZero: Bool = true) -> Double? {
        guard let node else { return nil }
        guard case .scalar(let s) = node, let length = node.float.map(Length.init(points:)) ?? Length(parsing: s.string),
              length.points.isFinite else {
            error("\(what): \(Self.describe(node)) is not a length; write e.g. 12pt, 20mm, 1.5cm or 0.5in", node)
            return nil
        }
        let v = length.points
        if v < 0 || (!allowZero && v == 0) {
            error("\(what) must be \(allowZero ? "0 or more" : "greater than 0"), found \(s.string)", node)
            return nil
        }
        return v
    }

    static func isHex(_ text: String) -> Bool {
        text.hasPrefix("#") && [4, 7, 9].contains(text.count) && text.dropFirst().allSatisfy(\.isHexDigit)
    }

    /// A colour value: `#rrggbb` (or `#rgb`, `#rrggbbaa`) or, where `names` is given, a theme colour.
    mutating func color(_ node: Node?, _ what: String, names: [String]?) {
        guard let node, let value = text(node, what) else { return }
        if Self.isHex(value) { return }
        if let names {
            if names.contains(value) { return }
            error("\(what): unknown colour \"\(value)\"\(Suggestions.hint(for: value, in: names)); use #rrggbb or one of the theme's colours: "
                  + names.sorted().joined(separator: ", "), node)
        } else {
            error("\(what): \"\(value)\" is not a colour; write it as #rrggbb", node)
        }
    }

    /// A number as the user would write it: at most two decimals.
    static func format(_ v: Double) -> String {
        let r = (v * 100).rounded() / 100
        return r == r.rounded() && abs(r) < 1e9 ? String(Int(r)) : String(r)
    }
}
