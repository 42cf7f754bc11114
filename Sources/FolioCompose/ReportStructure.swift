//! The print edition's structure (`Layouts/report.yaml`) as types.

import Foundation

/// The parts of the report in order, and the chart groups they refer to.
public struct ReportStructure: Sendable, Codable {
    public var parts: [Part]
    public var charts: [String: [ChartEntry]]?

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
    }

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
    }
}
