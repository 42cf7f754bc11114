//! Reads and validates `Layouts/brief-structure.yaml`: every mistake at once, as `path:line: message`.

import FolioCompose
import FolioCore
import FolioLayout
import Foundation
import Yams

/// Loads a brief structure. Unknown keys, kinds and placeholders get a "did you mean";
/// numbers are checked against their ranges; condensing steps must name blocks the brief has.
public enum BriefStructureLoader {
    public static func load(path: String) throws -> BriefStructure {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw Diagnostic.error("cannot read the brief structure file; name an existing one (the bundled one is Layouts/brief-structure.yaml)",
                                   at: SourceLocation(file: path))
        }
        return try parse(text, path: path)
    }

    public static func parse(_ text: String, path: String) throws -> BriefStructure {
        var reader = Reader(path: path)
        let structure = reader.read(text)
        if let structure, reader.diagnostics.isEmpty { return structure }
        throw DiagnosticList(reader.diagnostics.isEmpty ? [.error("the brief structure is empty; it needs a `blocks:` list", at: SourceLocation(file: path))]
                                                        : reader.diagnostics)
    }

    /// Ranges of the number options, with the reason a value outside would be wrong.
    static let ranges: [String: (ClosedRange<Double>, String)] = [
        "height": (40...800, "a chart needs at least 40 pt and a page holds at most about 800"),
        "compactHeight": (40...800, "a chart needs at least 40 pt and a page holds at most about 800"),
        "count": (1...20, "from 1 to 20 rows"),
        "figures": (0...10, "from 0 to 10 key figures"),
        "reach": (0...10, "from 0 to 10 cities on each side"),
        "compactReach": (0...10, "from 0 to 10 cities on each side"),
        "compactFigures": (0...10, "from 0 to 10 key figures"),
        "compactCount": (1...20, "from 1 to 20 rows"),
    ]

    /// Walks the YAML tree, collecting diagnostics.
    struct Reader {
        let path: String
        var diagnostics: [Diagnostic] = []

        mutating func error(_ message: String, _ node: Node?) {
            diagnostics.append(.error(message, at: SourceLocation(file: path, line: node?.mark?.line ?? 0)))
        }

        func line(_ node: Node?) -> Int { node?.mark?.line ?? 0 }

        mutating func read(_ text: String) -> BriefStructure? {
            let root: Node?
            do {
                root = try Yams.compose(yaml: text)
            } catch let error as YamlError {
                diagnostics.append(.error("YAML syntax error: \(Self.describe(error))", at: SourceLocation(file: path, line: Self.line(of: error))))
                return nil
            } catch {
                diagnostics.append(.error("cannot parse YAML: \(error)", at: SourceLocation(file: path)))
                return nil
            }
            guard let root else { return nil }
            guard let mapping = root.mapping else {
                error("the brief structure must be a mapping with a `blocks:` list (and optionally `condense:`)", root)
                return nil
            }
            var blocksNode: Node?, condenseNode: Node?, gridNode: Node?
            for (key, value) in mapping {
                switch key.string ?? "" {
                case "blocks": blocksNode = value
                case "condense": condenseNode = value
                case "grid": gridNode = value
                case let other:
                    error("unknown key \"\(other)\"\(Suggestions.hint(for: other, in: ["blocks", "condense", "grid"])); the brief structure has `blocks:`, `condense:` and `grid:`", key)
                }
            }
            guard let blocksNode else {
                error("missing `blocks:`, the list of the brief's blocks in order", root)
                return nil
            }
            let blocks = readBlocks(blocksNode)
            let condense = condenseNode.map { readSteps($0, blocks: blocks) } ?? []
            let grid = gridNode.flatMap { readGrid($0) }
            checkRegions(blocks, grid: grid, node: gridNode)
            return BriefStructure(blocks: blocks, condense: condense, path: path, grid: grid)
        }

        /// `grid: { top: 122, gap: 10, regions: [ { name: chart, column: left, height: 262 }, … ] }`.
        mutating func readGrid(_ node: Node) -> BriefGrid? {
            guard let mapping = node.mapping else {
                error("`grid:` must be a mapping with `top:`, `gap:` and `regions:`", node)
                return nil
            }
            var top: Double?, gap = 0.0, regions: [BriefGrid.Region] = []
            var regionsNode: Node?
            for (keyNode, value) in mapping {
                switch keyNode.string ?? "" {
                case "top": top = points("top", value, 0...800)
                case "gap": gap = points("gap", value, 0...100) ?? 0
                case "regions": regionsNode = value
                case let other:
                    error("unknown key \"\(other)\" in the grid\(Suggestions.hint(for: other, in: ["top", "gap", "regions"])); a grid has `top:`, `gap:` and `regions:`", keyNode)
                }
            }
            guard let regionsNode, let items = regionsNode.sequence, !items.isEmpty else {
                error("the grid needs `regions:`, a list such as `- { name: chart, column: left, height: 262 }`", regionsNode ?? node)
                return nil
            }
            let columns = BriefGrid.Column.allCases.map(\.rawValue)
            var seen: [String: Int] = [:]
            for item in items {
                guard let m = item.mapping else {
                    error("a region is a mapping such as `{ name: chart, column: left, height: 262 }`", item)
                    continue
                }
                var name: String?, column: BriefGrid.Column?, height: Double?, space: Double?
                var sizing = BriefGrid.Sizing.fixed, maxHeight: Double?, least: Double?
                for (keyNode, value) in m {
                    switch keyNode.string ?? "" {
                    case "name": name = value.string
                    case "column":
                        let word = value.string ?? ""
                        column = BriefGrid.Column(rawValue: word)
                        if column == nil {
                            error("unknown column \"\(word)\"\(Suggestions.hint(for: word, in: columns)); a region's column is left, right or full", value)
                        }
                    case "height":
                        switch value.string?.trimmingCharacters(in: .whitespaces) {
                        case "auto", "fit": sizing = .auto; height = 0
                        case "fill": sizing = .fill; height = 0
                        default: height = points("height", value, 1...800)
                        }
                    case "max": maxHeight = points("max", value, 1...800)
                    case "min": least = points("min", value, 1...800)
                    case "space": space = points("space", value, 0...100)
                    case let other:
                        error("unknown key \"\(other)\" in a region\(Suggestions.hint(for: other, in: ["name", "column", "height", "max", "min", "space"])); a region has `name:`, `column:`, `height:` (points, `auto` or `fill`), optionally `min:` and `max:` (for auto and fill) and `space:` (above it)", keyNode)
                    }
                }
                guard let name, !name.isEmpty else { error("a region needs a `name:`", item); continue }
                if let first = seen[name] { error("region \"\(name)\" appears twice (first at line \(first))", item); continue }
                seen[name] = line(item)
                guard let column, let height else {
                    if m["column"] == nil || m["height"] == nil { error("region \"\(name)\" needs `column:` (left, right or full) and `height:` in points", item) }
                    continue
                }
                if sizing == .fixed, maxHeight != nil || least != nil {
                    error("region \"\(name)\" has a fixed height; `min:` and `max:` go with `height: auto` or `height: fill`", item)
                }
                var region = BriefGrid.Region(name: name, column: column, height: sizing == .fixed ? height : (least ?? 0),
                                              space: space, source: SourceLocation(file: path, line: line(item)))
                region.sizing = sizing
                region.maxHeight = maxHeight
                regions.append(region)
            }
            guard let top else {
                if mapping["top"] == nil { error("the grid needs `top:`, where its regions start in points from the top of the page", node) }
                return nil
            }
            return BriefGrid(top: top, gap: gap, regions: regions)
        }

        mutating func points(_ key: String, _ node: Node, _ range: ClosedRange<Double>) -> Double? {
            guard let s = node.scalar?.string, let n = Double(s.trimmingCharacters(in: .whitespaces)), n.isFinite else {
                error("\"\(key)\" must be a number of points, found \(Self.kind(node))", node)
                return nil
            }
            guard range.contains(n) else {
                error("\"\(key)\" is \(s), outside \(Self.format(range.lowerBound))…\(Self.format(range.upperBound)) points", node)
                return nil
            }
            return n
        }

        /// With a grid, every block but the header and the column break names a region of
        /// it, and no two blocks share one; without a grid no block names a region.
        mutating func checkRegions(_ blocks: [BriefBlock], grid: BriefGrid?, node: Node?) {
            var used: [String: BriefBlock.Kind] = [:]
            for block in blocks {
                let line = block.source?.line ?? 0
                func fail(_ message: String) { diagnostics.append(.error(message, at: SourceLocation(file: path, line: line))) }
                guard let grid else {
                    if block.region != nil { fail("the \(block.kind.rawValue) block names a region but the structure has no `grid:`") }
                    continue
                }
                guard block.kind != .header, block.kind != .columnBreak else { continue }
                guard let name = block.region else {
                    fail("the \(block.kind.rawValue) block needs `region:`, one of the grid's regions (\(grid.regions.map(\.name).joined(separator: ", ")))")
                    continue
                }
                guard grid.region(name) != nil else {
                    fail("unknown region \"\(name)\" in the \(block.kind.rawValue) block\(Suggestions.hint(for: name, in: grid.regions.map(\.name))); regions: \(grid.regions.map(\.name).joined(separator: ", "))")
                    continue
                }
                if let other = used[name] { fail("region \"\(name)\" already holds the \(other.rawValue) block; give each block its own region"); continue }
                used[name] = block.kind
                // An auto region is as tall as its block on any city's brief; the note and the
                // observation come from per-city files a brief's cache follows for its own city
                // only, so another city's new note would leave cached briefs on an old grid.
                if [.note, .observation].contains(block.kind), grid.region(name)?.sizing == .auto {
                    fail("region \"\(name)\" holds the \(block.kind.rawValue) block and cannot be `height: auto` (its height would follow every city's text); give it a height in points")
                }
            }
        }

        mutating func readBlocks(_ node: Node) -> [BriefBlock] {
            guard let items = node.sequence, !items.isEmpty else {
                error("`blocks:` must be a list of blocks, one `- kind: …` line each", node)
                return []
            }
            var blocks: [BriefBlock] = []
            var seen: [BriefBlock.Kind: Int] = [:]
            for (index, item) in items.enumerated() {
                guard let block = readBlock(item) else { continue }
                if let first = seen[block.kind] {
                    error("block \"\(block.kind.rawValue)\" appears twice (first at line \(first)); each kind may appear once", item)
                    continue
                }
                seen[block.kind] = line(item)
                if block.kind == .header && index != 0 {
                    error("the header must be the first block: it is set on the band at the top of the page", item)
                }
                blocks.append(block)
            }
            return blocks
        }

        mutating func readBlock(_ node: Node) -> BriefBlock? {
            let kinds = BriefBlock.Kind.allCases.map(\.rawValue)
            // `- summary` is short for `- { kind: summary }`.
            if let word = node.scalar?.string {
                guard let kind = BriefBlock.Kind(rawValue: word) else {
                    error("unknown block kind \"\(word)\"\(Suggestions.hint(for: word, in: kinds)); kinds: \(kinds.joined(separator: ", "))", node)
                    return nil
                }
                return BriefBlock(kind, source: SourceLocation(file: path, line: line(node)))
            }
            guard let mapping = node.mapping else {
                error("a block must be a mapping such as `{ kind: radar, height: 255 }`", node)
                return nil
            }
            guard let kindNode = mapping["kind"] else {
                error("block without `kind:`; kinds: \(kinds.joined(separator: ", "))", node)
                return nil
            }
            let word = kindNode.string ?? ""
            guard let kind = BriefBlock.Kind(rawValue: word) else {
                error("unknown block kind \"\(word)\"\(Suggestions.hint(for: word, in: kinds)); kinds: \(kinds.joined(separator: ", "))", kindNode)
                return nil
            }
            var block = BriefBlock(kind, source: SourceLocation(file: path, line: line(node)))
            for (keyNode, value) in mapping {
                let key = keyNode.string ?? ""
                guard key != "kind" else { continue }
                guard kind.options.contains(key) else {
                    let known = kind.options.isEmpty ? "a \(kind.rawValue) block takes no options"
                                                     : "options of \(kind.rawValue): \(kind.options.joined(separator: ", "))"
                    let everything = Set(BriefBlock.Kind.allCases.flatMap(\.options)).sorted()
                    let hint = Suggestions.hint(for: key, in: kind.options.isEmpty ? everything : kind.options)
                    error("unknown option \"\(key)\" in the \(kind.rawValue) block\(hint); \(known)", keyNode)
                    continue
                }
                if BriefBlock.numberOptions.contains(key) {
                    if let n = number(key, value) { block.numbers[key] = n }
                } else if let s = textOption(key, value) {
                    block.text[key] = s
                }
            }
            checkCompactForm(block, node: node)
            return block
        }

        mutating func number(_ key: String, _ node: Node) -> Double? {
            let whole = BriefBlock.wholeNumberOptions.contains(key)
            guard let s = node.scalar?.string, let n = Double(s.trimmingCharacters(in: .whitespaces)), n.isFinite else {
                error("\"\(key)\" must be a number\(whole ? " (whole)" : " of points"), found \(Self.kind(node))", node)
                return nil
            }
            if whole && n != n.rounded() {
                error("\"\(key)\" must be a whole number, found \(s)", node)
                return nil
            }
            if let (range, why) = BriefStructureLoader.ranges[key], !range.contains(n) {
                error("\"\(key)\" is \(s), outside \(Self.format(range.lowerBound))…\(Self.format(range.upperBound)) (\(why))", node)
                return nil
            }
            return n
        }

        mutating func textOption(_ key: String, _ node: Node) -> String? {
            guard let s = node.scalar?.string else {
                error("\"\(key)\" must be text, found \(Self.kind(node))", node)
                return nil
            }
            for word in BriefPlaceholder.names(in: s) {
                if let problem = BriefPlaceholder.problem(with: word) { error("\(problem) (in \"\(key)\")", node) }
            }
            if let open = s.range(of: "{{"), s[open.upperBound...].range(of: "}}") == nil {
                error("unclosed \"{{\" in \"\(key)\"; write {{ … }}, e.g. {{city}}", node)
            }
            return s
        }

        /// A compact height must be smaller than the full one, a compact reach no larger.
        mutating func checkCompactForm(_ block: BriefBlock, node: Node) {
            if block.kind.options.contains("compactHeight"), block.number("compactHeight") >= block.number("height") {
                error("\"compactHeight\" (\(Self.format(block.number("compactHeight")))) must be smaller than \"height\" (\(Self.format(block.number("height")))) of the \(block.kind.rawValue) block", node)
            }
            if block.kind.options.contains("compactCount"), block.number("compactCount") > block.number("count") {
                error("\"compactCount\" (\(Self.format(block.number("compactCount")))) must not exceed \"count\" (\(Self.format(block.number("count"))))", node)
            }
            if block.kind.options.contains("compactFigures"), block.number("compactFigures") > block.number("figures") {
                error("\"compactFigures\" (\(Self.format(block.number("compactFigures")))) must not exceed \"figures\" (\(Self.format(block.number("figures"))))", node)
            }
            if block.kind.options.contains("compactReach"), block.number("compactReach") > block.number("reach") {
                error("\"compactReach\" (\(Self.format(block.number("compactReach")))) must not exceed \"reach\" (\(Self.format(block.number("reach"))))", node)
            }
        }

        mutating func readSteps(_ node: Node, blocks: [BriefBlock]) -> [CondenseStep] {
            guard let items = node.sequence else {
                error("`condense:` must be a list of steps such as `- drop: note` or `- compact: radar`", node)
                return []
            }
            let actions = CondenseStep.Action.allCases.map(\.rawValue)
            let kinds = BriefBlock.Kind.allCases.map(\.rawValue)
            var steps: [CondenseStep] = []
            var seen: [String: Int] = [:]
            for item in items {
                guard let mapping = item.mapping, mapping.count == 1, let (keyNode, value) = mapping.first else {
                    error("a condensing step is one `action: block` pair, such as `- drop: note` or `- compact: radar`", item)
                    continue
                }
                let word = keyNode.string ?? ""
                guard let action = CondenseStep.Action(rawValue: word) else {
                    error("unknown condensing action \"\(word)\"\(Suggestions.hint(for: word, in: actions)); actions: drop, compact", keyNode)
                    continue
                }
                let name = value.string ?? ""
                guard let kind = BriefBlock.Kind(rawValue: name) else {
                    error("unknown block kind \"\(name)\"\(Suggestions.hint(for: name, in: kinds)); kinds: \(kinds.joined(separator: ", "))", value)
                    continue
                }
                let step = CondenseStep(action, kind, source: SourceLocation(file: path, line: line(item)))
                if !blocks.contains(where: { $0.kind == kind }) {
                    error("step \"\(step.name)\" names a block the brief does not have; blocks: \(blocks.map(\.kind.rawValue).joined(separator: ", "))", item)
                    continue
                }
                if action == .compact && !kind.compactable {
                    error("a \(kind.rawValue) block has no compact form; compact applies to "
                          + BriefBlock.Kind.allCases.filter(\.compactable).map(\.rawValue).joined(separator: ", "), item)
                    continue
                }
                if action == .drop && kind == .columnBreak {
                    error("dropping the column break saves no room; drop a block instead", item)
                    continue
                }
                if let first = seen[step.name] {
                    error("step \"\(step.name)\" appears twice (first at line \(first))", item)
                    continue
                }
                if action == .compact, let dropped = seen["drop \(kind.rawValue)"] {
                    error("step \"\(step.name)\" comes after the block was dropped (line \(dropped)); compact it first or leave this step out", item)
                    continue
                }
                seen[step.name] = line(item)
                steps.append(step)
            }
            return steps
        }

        static func kind(_ node: Node) -> String { node.kindDescription }

        static func format(_ v: Double) -> String { v == v.rounded() ? String(Int(v)) : String(v) }

        static func describe(_ error: YamlError) -> String {
            switch error {
            case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): return problem
            case .duplicatedKeysInMapping(let duplicates, _): return "duplicate key " + duplicates.map { "\"\($0)\"" }.joined(separator: ", ")
            default: return "\(error)"
            }
        }

        static func line(of error: YamlError) -> Int {
            switch error {
            case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
            case .duplicatedKeysInMapping(_, let context): return context.mark.line
            default: return 0
            }
        }
    }
}
