//! The print edition's structure (`Layouts/report.yaml`) as types.

import FolioCore
import FolioModel
import Foundation

/// The parts of the report in order, and the chart groups they refer to. Titles and subtitles
/// may hold data-bound expressions (`{{dimensions | words}}`), resolved by `resolvingText`.
public struct ReportStructure: Sendable, Codable {
    public var parts: [Part]
    public var charts: [String: [ChartEntry]]?
    /// The file it was read from, for messages.
    public var file = "Layouts/report.yaml"

    enum CodingKeys: String, CodingKey { case parts, charts }

    public struct Part: Sendable, Codable {
        public enum Kind: String, Sendable, Codable {
            case cover, contents, text, glance, overallTable = "overall-table", charts, chapters, indicators, references
        }
        public var kind: Kind
        public var text: String?
        public var title: String?
        public var template: String?
        public var opener: String?
        public var charts: String?
        public var `continue`: Bool?
        /// `recto`: the part (each chapter, for `chapters`) opens on a right-hand page of a
        /// facing layout, after a blank left-hand page when needed.
        public var start: Start?
        /// Line of the part in the structure file (0 when unknown), set by the loader.
        public var line = 0

        enum CodingKeys: String, CodingKey { case kind, text, title, template, opener, charts, `continue`, start }
    }

    public enum Start: String, Sendable, Codable { case recto }

    /// One chart as an editor writes it: a type, a data binding and presentation options.
    public struct ChartEntry: Sendable, Codable {
        public var type: String
        public var data: String
        public var title: String?
        public var subtitle: String?
        public var source: String?
        public var aspect: Double?
        public var height: Double?
        public var highlight: String?
        public var palette: String?
        /// Line of the entry in the structure file (0 when unknown), set by the loader.
        public var line = 0

        enum CodingKeys: String, CodingKey { case type, data, title, subtitle, source, aspect, height, highlight, palette }
    }

    func location(line: Int) -> SourceLocation { SourceLocation(file: file, line: line) }

    /// Stands for the chapter's dimension slug in a chapter chart's data and text.
    static let dimensionMarker = "{dimension}"

    /// The structure with every title, subtitle and source resolved against the edition;
    /// every expression that does not resolve is reported, each with its file and line.
    /// Text naming `{dimension}` stays as written for each chapter to resolve, and is checked
    /// here against the first dimension so a mistake is reported before anything is composed.
    func resolvingText(_ analytics: Analytics) throws(DiagnosticList) -> ReportStructure {
        var resolved = self
        var problems: [Diagnostic] = []
        let sample = analytics.edition.dimensions.first?.slug ?? ""
        func resolve(_ text: String?, line: Int) -> String? {
            guard let text else { return nil }
            let perChapter = text.contains(Self.dimensionMarker)
            let checked = perChapter ? text.replacingOccurrences(of: Self.dimensionMarker, with: sample) : text
            do {
                let value = try LayoutText.resolve(checked, analytics: analytics, at: location(line: line))
                return perChapter ? text : value
            } catch {
                problems.append(error)
                return text
            }
        }
        for i in resolved.parts.indices {
            resolved.parts[i].title = resolve(parts[i].title, line: parts[i].line)
        }
        for (group, entries) in charts ?? [:] {
            resolved.charts?[group] = entries.map { entry in
                var e = entry
                e.title = resolve(entry.title, line: entry.line)
                e.subtitle = resolve(entry.subtitle, line: entry.line)
                e.source = resolve(entry.source, line: entry.line)
                return e
            }
        }
        guard problems.isEmpty else { throw DiagnosticList(problems.sorted { $0.location?.line ?? 0 < $1.location?.line ?? 0 }) }
        return resolved
    }
}
