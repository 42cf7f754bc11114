//! The one-page brief's structure (`Layouts/brief-structure.yaml`) as types: its blocks in
//! order, with their options, and the condensing steps tried when a brief does not fit.

import FolioCore
import FolioModel
import Foundation

/// Which blocks a city brief has, in which order, and how it condenses. Removing or
/// reordering blocks is a change to the structure file, not to code.
public struct BriefStructure: Sendable, Equatable {
    public var blocks: [BriefBlock]
    /// Tried in order, each on top of the ones before, until the brief fits one page.
    public var condense: [CondenseStep]
    /// The file it was read from, for messages.
    public var path: String
    /// The fixed grid the blocks are placed on (each block but the header names its region);
    /// without one the blocks flow down the two columns, and move with their content.
    public var grid: BriefGrid?

    public init(blocks: [BriefBlock], condense: [CondenseStep], path: String = "brief-structure.yaml", grid: BriefGrid? = nil) {
        self.blocks = blocks; self.condense = condense; self.path = path; self.grid = grid
    }

    public func block(_ kind: BriefBlock.Kind) -> BriefBlock? { blocks.first { $0.kind == kind } }

    /// The bundled `Layouts/brief-structure.yaml` with every option at its default, for callers
    /// that compose a brief without reading a file (a test keeps the two the same).
    public static let standard: BriefStructure = {
        let kinds: [(BriefBlock.Kind, String?)] = [
            (.header, nil), (.summary, "summary"), (.radar, "radar"), (.strongestVariables, "strongest"), (.weakestVariables, "weakest"),
            (.note, "note"), (.profileBars, "scores"), (.neighbours, "neighbours"), (.observation, "observation"), (.source, "source"),
            (.distribution, "distribution"),
        ]
        // Name, column, height (the least, for auto and fill), sizing, max.
        let regions: [(String, BriefGrid.Column, Double, BriefGrid.Sizing, Double?)] = [
            ("summary", .full, 43, .fixed, nil), ("radar", .left, 188, .fill, 262), ("strongest", .left, 0, .auto, 75),
            ("weakest", .left, 0, .auto, 75), ("note", .left, 56, .fixed, nil), ("scores", .right, 0, .auto, 213),
            ("neighbours", .right, 0, .auto, 96), ("observation", .right, 66, .fixed, nil), ("source", .right, 18, .fixed, nil),
            ("distribution", .full, 180, .fixed, nil),
        ]
        let space = ["distribution": 12.0]
        return BriefStructure(
            blocks: kinds.map { kind, region in BriefBlock(kind, text: region.map { ["region": $0] } ?? [:]) },
            condense: [CondenseStep(.compact, .observation), CondenseStep(.drop, .note), CondenseStep(.compact, .radar),
                       CondenseStep(.compact, .strongestVariables), CondenseStep(.compact, .weakestVariables),
                       CondenseStep(.compact, .neighbours), CondenseStep(.drop, .distribution)],
            path: "brief-structure.yaml",
            grid: BriefGrid(top: 128, gap: 9, regions: regions.map {
                var region = BriefGrid.Region(name: $0.0, column: $0.1, height: $0.2, space: space[$0.0])
                region.sizing = $0.3
                region.maxHeight = $0.4
                return region
            }))
    }()
}

/// One block of the brief with its options. Options a kind does not use stay nil; the
/// composer's defaults apply to the ones left out.
public struct BriefBlock: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Kicker, city name, province, rank and total, on the band at the top of the page.
        case header
        /// One or two sentences from the data: rank, strongest and weakest dimension.
        case summary
        /// The city's dimension scores against the median, as a radar chart.
        case radar
        /// The city's best and worst variable scores.
        case strongestVariables = "strongest-variables", weakestVariables = "weakest-variables"
        /// Every dimension's score and rank with a bar and the median.
        case profileBars = "profile-bars"
        /// The cities ranked just above and below.
        case neighbours
        /// The city's specialised observation with its key figures.
        case observation
        /// The analyst's note from `city-notes.yaml`.
        case note
        /// Every city's dimension scores as dots, this city highlighted.
        case distribution
        /// The source line of the edition.
        case source
        /// Starts the next column.
        case columnBreak = "column-break"

        /// The option keys the kind accepts (besides `kind`).
        public var options: [String] {
            switch self {
            case .header: return ["kicker"]
            case .columnBreak: return []
            case .radar: return ["title", "height", "compactHeight", "region"]
            case .distribution: return ["title", "height", "region"]
            case .strongestVariables, .weakestVariables: return ["title", "count", "compactCount", "region"]
            case .profileBars, .note: return ["title", "region"]
            case .neighbours: return ["title", "reach", "compactReach", "region"]
            case .observation: return ["title", "sentence", "figures", "compactFigures", "region"]
            case .summary: return ["region"]
            case .source: return ["label", "region"]
            }
        }

        /// Values of the text options the block file leaves out.
        public var defaultText: [String: String] {
            switch self {
            case .header: return ["kicker": "{{title}} · City brief"]
            case .radar: return ["title": "Profile across the {{dimensions}} dimensions"]
            case .distribution: return ["title": "Where {{city}} stands among all {{cities}} cities"]
            case .strongestVariables: return ["title": "Strongest variables"]
            case .weakestVariables: return ["title": "Weakest variables"]
            case .profileBars: return ["title": "Scores by dimension"]
            case .neighbours: return ["title": "Neighbours in the ranking"]
            case .observation: return ["title": "Specialised observation", "sentence": "{{label}}: {{figure}}."]
            case .note: return ["title": "Analyst note"]
            case .source: return ["label": "Source"]
            case .summary, .columnBreak: return [:]
            }
        }

        /// Values of the number options the block file leaves out (heights in points).
        public var defaultNumbers: [String: Double] {
            switch self {
            case .radar: return ["height": 187, "compactHeight": 170]
            case .distribution: return ["height": 180]
            case .strongestVariables, .weakestVariables: return ["count": 3, "compactCount": 2]
            case .neighbours: return ["reach": 2, "compactReach": 1]
            case .observation: return ["figures": 2, "compactFigures": 1]
            case .header, .summary, .profileBars, .note, .source, .columnBreak: return [:]
            }
        }

        /// True when a `compact` condensing step can apply to the kind. (The distribution has
        /// no compact form: a strip chart needs about 12 pt a dimension to stay legible.)
        public var compactable: Bool {
            [.radar, .neighbours, .observation, .strongestVariables, .weakestVariables].contains(self)
        }

        /// What the block is, in messages ("the analyst note").
        public var noun: String {
            switch self {
            case .header: return "the header"
            case .summary: return "the summary"
            case .radar: return "the radar chart"
            case .strongestVariables: return "the strongest variables"
            case .weakestVariables: return "the weakest variables"
            case .profileBars: return "the dimension scores"
            case .neighbours: return "the neighbours in the ranking"
            case .observation: return "the observation callout"
            case .note: return "the analyst note"
            case .distribution: return "the distribution chart"
            case .source: return "the source line"
            case .columnBreak: return "the column break"
            }
        }
    }

    public var kind: Kind
    /// The grid region the block is placed in (`region`), when the structure has a grid.
    public var region: String? { text["region"] }
    /// Text options (`title`, `kicker`, `label`); may hold `{{city}}`, `{{edition}}` and data
    /// expressions such as `{{cities}}` or `{{dimensions | words}}`.
    public var text: [String: String]
    /// Number options (`height`, `compactHeight`, `count`, `reach`, `compactReach`, `figures`).
    public var numbers: [String: Double]
    /// Where the block is declared, for messages.
    public var source: SourceLocation?

    public init(_ kind: Kind, text: [String: String] = [:], numbers: [String: Double] = [:], source: SourceLocation? = nil) {
        self.kind = kind; self.text = text; self.numbers = numbers; self.source = source
    }

    /// A text option as declared, else its default ("" when the kind has none).
    public func string(_ key: String) -> String { text[key] ?? kind.defaultText[key] ?? "" }

    /// A number option as declared, else its default (0 when the kind has none).
    public func number(_ key: String) -> Double { numbers[key] ?? kind.defaultNumbers[key] ?? 0 }

    /// The number options; everything else is text.
    public static let numberOptions: Set<String> = ["height", "compactHeight", "count", "reach", "compactReach", "figures", "compactFigures", "compactCount"]
    /// Number options that must be whole numbers.
    public static let wholeNumberOptions: Set<String> = ["count", "compactCount", "reach", "compactReach", "figures", "compactFigures"]
}

/// One way of making a brief shorter: leave a block out, or use its compact form.
public struct CondenseStep: Sendable, Equatable {
    public enum Action: String, Sendable, CaseIterable { case drop, compact }
    public var action: Action
    public var kind: BriefBlock.Kind
    public var source: SourceLocation?

    public init(_ action: Action, _ kind: BriefBlock.Kind, source: SourceLocation? = nil) {
        self.action = action; self.kind = kind; self.source = source
    }

    /// As written in the structure file: `drop note`.
    public var name: String { "\(action.rawValue) \(kind.rawValue)" }

    public static func == (a: CondenseStep, b: CondenseStep) -> Bool { a.action == b.action && a.kind == b.kind }
}

/// Words of the brief's own that `{{…}}` may name in the structure's text options: the
/// brief's city and the edition's short title. Anything else in braces is a data expression
/// of the Markdown texts (`{{cities}}`, `{{dimensions | words}}`, `{{rank shenzhen}}` …).
public enum BriefPlaceholder: String, CaseIterable, Sendable {
    case city, edition
    /// A key figure's label and amount, in the observation's `sentence`.
    case label, figure

    /// Why `{{text}}` cannot be used in a brief text option (nil when it can): neither a
    /// brief word nor a well-formed data expression. Names of cities and dimensions are
    /// checked when the brief is composed, against the edition.
    public static func problem(with text: String) -> String? {
        let word = text.trimmingCharacters(in: .whitespaces)
        if BriefPlaceholder(rawValue: word) != nil { return nil }
        do {
            _ = try DataExpression.parse(word)
            return nil
        } catch .unknownVerb(let verb, _) {
            let known = allCases.map(\.rawValue) + DataExpression.verbs
            return "unknown placeholder {{\(word)}}\(Suggestions.hint(for: verb, in: known)); a brief text may use {{city}}, {{edition}} "
                + "and the data expressions of the edition's texts ({{cities}}, {{dimensions | words}}, …)"
        } catch {
            return "placeholder {{\(word)}}: \(error.description)"
        }
    }

    /// The names inside `{{…}}` in a text (spaces around a name ignored), for validation.
    public static func names(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            names.append(rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces))
            rest = rest[close.upperBound...]
        }
        return names
    }
}

extension BriefStructure {
    /// What a step did, in the past tense, with the figures it changed:
    /// "dropped the analyst note", "drew the radar chart smaller (215 pt instead of 255 pt)".
    public func describe(_ step: CondenseStep) -> String {
        guard step.action == .compact, let block = block(step.kind) else { return "dropped \(step.kind.noun)" }
        func points(_ v: Double) -> String { v == v.rounded() ? "\(Int(v)) pt" : "\(v) pt" }
        switch step.kind {
        case .neighbours:
            let (short, full) = (Int(block.number("compactReach")), Int(block.number("reach")))
            return "listed \(short) \(short == 1 ? "neighbour" : "neighbours") on each side in the ranking instead of \(full)"
        case .strongestVariables, .weakestVariables:
            let (short, full) = (Int(block.number("compactCount")), Int(block.number("count")))
            return "listed \(short) of \(step.kind.noun) instead of \(full)"
        case .observation:
            let (short, full) = (Int(block.number("compactFigures")), Int(block.number("figures")))
            return "gave \(short) key \(short == 1 ? "figure" : "figures") in the observation callout instead of \(full)"
        default:
            return "drew \(step.kind.noun) smaller (\(points(block.number("compactHeight"))) instead of \(points(block.number("height"))))"
        }
    }
}
