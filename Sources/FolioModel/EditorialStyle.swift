//! The edition's house style for printed figures and names (edition.yaml `editorial:`).

/// How an edition prints amounts and names, as data: which words are currencies and units
/// (so a line never separates them from their number), how abbreviated scales read in full,
/// and the case style of variable and dimension names. An edition without an `editorial:`
/// block gets `EditorialStyle.english`.
public struct EditorialStyle: Hashable, Sendable, Codable {
    /// Written before a number: `RMB 210 billion`, `USD 1.8 billion`.
    public var currencies: [String]
    /// Written after a number, longest first when matched: `billion`, `km`, `per cent`,
    /// `percentage points`. Multi-word units stay together as well.
    public var units: [String]
    /// Abbreviated scales of key-figure units and the words they print as (`bn` → `billion`).
    public var scales: [String: String]
    /// The case style variable and dimension names print in.
    public var nameCase: NameCase

    public init(currencies: [String], units: [String], scales: [String: String], nameCase: NameCase) {
        self.currencies = currencies; self.units = units; self.scales = scales; self.nameCase = nameCase
    }

    /// English defaults: common currency codes, scales and SI and imperial units.
    public static let english = EditorialStyle(
        currencies: ["RMB", "CNY", "USD", "US$", "EUR", "€", "£", "$", "GBP", "HKD", "HK$", "MOP", "JPY", "CHF"],
        units: ["trillion", "billion", "million", "thousand", "bn", "mn", "per cent", "percent", "percentage points",
                "percentage point", "km²", "km", "square kilometres", "square kilometers", "kilometres", "kilometers", "metres",
                "meters", "m²", "m", "ha", "hectares", "mu", "tonnes", "tons", "t", "kg", "kW", "MW", "GW", "kWh", "MWh", "GWh",
                "TWh", "EFlops", "PFlops", "TEU", "hours", "minutes"],
        scales: ["bn": "billion", "mn": "million", "tn": "trillion", "k": "thousand"],
        nameCase: .asWritten)
}

/// The case style of variable and dimension names where they are printed.
public enum NameCase: String, Hashable, Sendable, Codable, CaseIterable {
    /// As `dimensions.yaml` spells them; prose is left alone.
    case asWritten = "as-written"
    /// `Per capita economic output`; in running text a common noun (`for per capita economic
    /// output`), capitalised only where a sentence starts. Acronyms and proper nouns of the
    /// data (`R&D`, `AI`, `Europe`) keep their capitals.
    case sentence
    /// `Per Capita Economic Output`, with short function words in lower case.
    case title
}
