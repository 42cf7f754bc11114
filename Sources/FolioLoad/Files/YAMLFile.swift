//! YAML documents composed with Yams, guarded against bombs and deep nesting, errors located.

import Foundation
import Yams

/// A composed YAML document and where it came from. `lineOffset` maps node lines to file
/// lines (front matter starts on line 2 of a Markdown file).
struct YAMLFile {
    let path: String
    let root: Node
    let lineOffset: Int

    /// The file line of a node (its start mark), or the document start.
    func line(_ node: Node) -> Int { (node.mark?.line ?? 1) + lineOffset }

    /// Composes `text`. Reports syntax errors with their line, duplicate keys, and documents
    /// that nest too deeply or expand (through aliases) beyond `LoadLimits.maxYAMLNodes`.
    /// An empty document gives nil without a message; the caller decides if that is an error.
    static func compose(_ text: String, path: String, lineOffset: Int = 0, sink: inout DiagnosticSink) -> YAMLFile? {
        guard precheck(text, path: path, lineOffset: lineOffset, sink: &sink) else { return nil }
        let node: Node?
        do {
            // The encoding named: Yams's default reads the whole environment on every call.
            node = try Yams.compose(yaml: text, .default, .default, .utf8)
        } catch let error as YamlError {
            report(error, text: text, path: path, lineOffset: lineOffset, sink: &sink)
            return nil
        } catch {
            sink.error("cannot parse YAML: \(error)", path, 1 + lineOffset)
            return nil
        }
        guard let node else { return nil }
        var budget = LoadLimits.maxYAMLNodes
        guard count(node, budget: &budget) else {
            sink.error("YAML expands to more than \(LoadLimits.maxYAMLNodes) nodes through anchors and aliases; refused (an alias bomb?)",
                       path, (node.mark?.line ?? 1) + lineOffset)
            return nil
        }
        return YAMLFile(path: path, root: node, lineOffset: lineOffset)
    }

    /// Walks the tree as a consumer would (aliases expanded), stopping once the budget is spent.
    private static func count(_ node: Node, budget: inout Int) -> Bool {
        budget -= 1
        if budget < 0 { return false }
        switch node {
        case .scalar, .alias: return true
        case .sequence(let s): return s.allSatisfy { count($0, budget: &budget) }
        case .mapping(let m): return m.allSatisfy { count($0.key, budget: &budget) && count($0.value, budget: &budget) }
        }
    }

    /// Text-level checks before Yams runs, because its composer recurses once per nesting
    /// level and hashes whole subtrees used as keys: nesting depth and alias/complex keys.
    private static func precheck(_ text: String, path: String, lineOffset: Int, sink: inout DiagnosticSink) -> Bool {
        var lineNumber = 0
        var flow = 0
        var quote: Character? = nil
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let here = lineNumber + lineOffset
            // Indentation plus compact "- - -" sequence markers approximates block depth.
            var depth = 0
            var rest = line[...]
            while let c = rest.first, c == " " || c == "-" || c == "\t" {
                if c == "-" && !(rest.dropFirst().first.map { $0 == " " } ?? true) { break }
                depth += 1
                rest = rest.dropFirst()
            }
            if depth > 2 * LoadLimits.maxYAMLDepth {
                sink.error("YAML nests deeper than \(LoadLimits.maxYAMLDepth) levels; refused", path, here)
                return false
            }
            if rest.hasPrefix("? ") || rest == "?" {
                sink.error("complex mapping keys (\"? \") are not supported in edition files", path, here)
                return false
            }
            if rest.hasPrefix("*"), let colon = rest.firstIndex(of: ":"), !rest[..<colon].contains(" ") {
                sink.error("an alias (*name) cannot be used as a mapping key in edition files", path, here)
                return false
            }
            // Flow collections may span lines, so their depth carries over.
            var previous: Character = " "
            for c in line {
                if let q = quote {
                    if c == q { quote = nil }
                    previous = c
                    continue
                }
                let startsNode = previous == " " || previous == "[" || previous == "{" || previous == "," || previous == ":"
                switch c {
                case "\"", "'": if flow > 0 && startsNode { quote = c }
                case "[", "{":
                    if flow > 0 || startsNode {
                        flow += 1
                        if flow > LoadLimits.maxYAMLDepth {
                            sink.error("YAML nests deeper than \(LoadLimits.maxYAMLDepth) levels; refused", path, here)
                            return false
                        }
                    }
                case "]", "}": flow = max(0, flow - 1)
                default: break
                }
                if c == "#" && flow == 0 && previous == " " { break }
                previous = c
            }
        }
        return true
    }

    private static func report(_ error: YamlError, text: String, path: String, lineOffset: Int, sink: inout DiagnosticSink) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let ctx = context.map { " (\($0.text) at line \($0.mark.line + lineOffset))" } ?? ""
            sink.error("YAML syntax error: \(problem)\(ctx)", path, mark.line + lineOffset)
        case .duplicatedKeysInMapping(let duplicates, let context):
            for key in duplicates {
                let (first, second) = duplicateLines(of: key, in: text, from: context.mark)
                sink.error("duplicate key \"\(key)\" (first at line \(first + lineOffset)); each key may appear once",
                           path, second + lineOffset)
            }
        case .reader(let problem, _, _, _):
            sink.error("cannot read YAML: \(problem)", path, 1 + lineOffset)
        default:
            sink.error("cannot parse YAML: \(error)", path, 1 + lineOffset)
        }
    }

    /// Lines of the first and second `key:` at the mark's column (best effort; Yams reports
    /// only the first occurrence).
    private static func duplicateLines(of key: String, in text: String, from mark: Mark) -> (Int, Int) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let column = mark.column - 1
        var found: [Int] = []
        for (i, line) in lines.enumerated() where i + 1 >= mark.line {
            let chars = Array(line)
            guard chars.count > column else { continue }
            let tail = String(chars[column...])
            if tail.hasPrefix(key + ":") || tail.hasPrefix("\"\(key)\":") || tail.hasPrefix("'\(key)':") {
                let before = String(chars[..<column])
                if before.allSatisfy({ $0 == " " || $0 == "-" || $0 == "{" || $0 == "," }) { found.append(i + 1) }
            }
            if found.count == 2 { break }
        }
        return (found.first ?? mark.line, found.count > 1 ? found[1] : mark.line)
    }
}
