//! The data-bound text language: `{{top 5 economic-strength}}`, `{{rank beijing}}`,
//! `{{dimensions | words}}`, … parsed.

import FolioCore

/// What a ranking or score refers to.
public enum DataTarget: Hashable, Sendable {
    case overall
    case dimension(String)
    case variable(dimension: String, variable: String)
}

/// A parsed `{{ … }}` expression. Parsing checks only the shape; names are checked when the
/// expression is evaluated against an edition, so a message can suggest the close match.
public enum DataExpression: Hashable, Sendable {
    /// `top N <dimension>|<dimension>.<variable>|overall`
    case top(Int, DataTarget)
    /// `score <city>[|<city>…] <dimension>|<dimension>.<variable>`
    case score([String], DataTarget)
    /// `rank <city>[|<city>…] [<dimension>]` (overall rank without a dimension)
    case rank([String], DataTarget)
    /// `total <city>[|<city>…]`: overall total
    case total([String])
    /// `count tier <id>`
    case countTier(Int)
    /// `cities`: number of cities in the edition
    case cities
    /// `dimensions`: number of dimensions in the edition
    case dimensions
    /// `variables [<dimension>]`: number of variables in the edition, or in one dimension
    case variables(String?)
    /// `title`: the edition's full title ("Chinese Cities of Opportunity 2025"), the form for
    /// covers, chart sources and headers.
    case title
    /// `short-title`: the short title, for the places a layout asks for it (running heads).
    case shortTitle
    /// `<expression> | words` (or `| Words` at the start of a sentence): a single number
    /// spelled out, `seven`, for prose that must not read "the 7 dimensions".
    indirect case spelled(DataExpression, capitalized: Bool)

    /// Every verb, for "did you mean" hints.
    public static let verbs = ["top", "score", "rank", "total", "count", "cities", "dimensions", "variables", "title", "short-title"]

    /// Filters that may follow an expression after `|`.
    public static let filters = ["words", "Words"]

    /// Parses the text between `{{` and `}}` (whitespace already collapsed or not). A filter
    /// follows the last `|` (`{{cities | words}}`); a `|` inside a word is a list of cities.
    public static func parse(_ text: String) throws(DataExpressionError) -> DataExpression {
        if let bar = text.lastIndex(of: "|") {
            let filter = text[text.index(after: bar)...].trimmingWhitespace
            let spaced = bar > text.startIndex && text[text.index(before: bar)].isWhitespace
            if filters.contains(filter) {
                return .spelled(try parseExpression(String(text[..<bar])), capitalized: filter == "Words")
            }
            if spaced {
                throw .unknownFilter(filter, hint: NameHint.didYouMean(filter, in: ["words"]))
            }
        }
        return try parseExpression(text)
    }

    private static func parseExpression(_ text: String) throws(DataExpressionError) -> DataExpression {
        let words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        guard let verb = words.first else { throw .empty }
        let args = Array(words.dropFirst())
        switch verb {
        case "cities":
            guard args.isEmpty else { throw .usage(verb: verb, usage: "{{cities}}") }
            return .cities
        case "dimensions":
            guard args.isEmpty else { throw .usage(verb: verb, usage: "{{dimensions}}") }
            return .dimensions
        case "title", "short-title":
            guard args.isEmpty else { throw .usage(verb: verb, usage: "{{\(verb)}}") }
            return verb == "title" ? .title : .shortTitle
        case "variables":
            guard args.count <= 1 else { throw .usage(verb: verb, usage: "{{variables}} or {{variables economic-strength}}") }
            return .variables(args.first)
        case "count":
            guard args.count == 2, args[0] == "tier" else { throw .usage(verb: verb, usage: "{{count tier 1}}") }
            guard let id = Int(args[1]) else { throw .notANumber(args[1]) }
            return .countTier(id)
        case "top":
            guard args.count == 2 else { throw .usage(verb: verb, usage: "{{top 5 economic-strength}} or {{top 3 economic-strength.per-capita-economic-output}} or {{top 10 overall}}") }
            guard let n = Int(args[0]) else { throw .notANumber(args[0]) }
            guard n >= 1 else { throw .badCount(n) }
            return .top(n, target(args[1], allowOverall: true))
        case "score":
            guard args.count == 2 else { throw .usage(verb: verb, usage: "{{score shenzhen economic-strength}} or {{score shenzhen economic-strength.government-debt-burden}}") }
            return .score(cityList(args[0]), target(args[1], allowOverall: false))
        case "rank":
            guard args.count == 1 || args.count == 2 else { throw .usage(verb: verb, usage: "{{rank beijing}} or {{rank shenzhen economic-strength}}") }
            return .rank(cityList(args[0]), args.count == 2 ? target(args[1], allowOverall: true) : .overall)
        case "total":
            guard args.count == 1 else { throw .usage(verb: verb, usage: "{{total beijing}}") }
            return .total(cityList(args[0]))
        default:
            throw .unknownVerb(verb, hint: NameHint.didYouMean(verb, in: verbs))
        }
    }

    private static func cityList(_ s: String) -> [String] {
        s.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
    }

    private static func target(_ s: String, allowOverall: Bool) -> DataTarget {
        if allowOverall && s == "overall" { return .overall }
        if let dot = s.firstIndex(of: ".") {
            return .variable(dimension: String(s[..<dot]), variable: String(s[s.index(after: dot)...]))
        }
        return .dimension(s)
    }
}

/// Why a data reference cannot be resolved; `description` is the one-line message.
public enum DataExpressionError: Error, Hashable, Sendable, CustomStringConvertible {
    case empty
    case unknownVerb(String, hint: String)
    case usage(verb: String, usage: String)
    case notANumber(String)
    case badCount(Int)
    case unknownCity(String, hint: String)
    case unknownDimension(String, hint: String)
    case unknownVariable(dimension: String, variable: String, hint: String)
    case unknownTier(Int, known: [Int])
    case noValue(city: String, what: String)
    case unknownFilter(String, hint: String)
    case notSpellable(String)

    public var description: String {
        switch self {
        case .empty: return "empty data reference {{}}"
        case .unknownVerb(let v, let hint):
            return "unknown data reference verb \(NameHint.quoted(v))\(hint); expected \(DataExpression.verbs.dropLast().joined(separator: ", ")) or \(DataExpression.verbs.last!)"
        case .usage(let verb, let usage): return "malformed \"\(verb)\" reference; expected \(usage)"
        case .notANumber(let s): return "\(NameHint.quoted(s)) is not a whole number"
        case .badCount(let n): return "top \(n): the count must be at least 1"
        case .unknownCity(let s, let hint): return "unknown city \(NameHint.quoted(s))\(hint)"
        case .unknownDimension(let s, let hint): return "unknown dimension \(NameHint.quoted(s))\(hint)"
        case .unknownVariable(let d, let v, let hint): return "unknown variable \(NameHint.quoted(v)) in dimension \(NameHint.quoted(d))\(hint)"
        case .unknownTier(let id, let known):
            return "unknown tier \(id); the edition defines tiers \(known.map(String.init).joined(separator: ", "))"
        case .noValue(let city, let what): return "no \(what) for city \"\(city)\" in the tables"
        case .unknownFilter(let f, let hint):
            return "unknown filter \(NameHint.quoted(f))\(hint); the filters are | words (seven) and | Words (Seven)"
        case .notSpellable(let text):
            return "| words spells out a single number, but the expression gives \(NameHint.quoted(text))"
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace (no Foundation in the model).
    fileprivate var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
