//! The bundled 2025 edition: loads with only reviewed warnings, and its analytics agree with
//! what the published report states.

import Foundation
import Testing
import FolioCore
import FolioLoad
import FolioModel

@Suite struct DefaultEditionTests {
    let edition: Edition
    let warnings: [Diagnostic]
    var analytics: Analytics { Analytics(edition) }

    init() throws {
        (edition, warnings) = try EditionLoader.load(directory: Fixtures.defaultEdition.path)
    }

    @Test func loadsWithOnlyReviewedWarnings() {
        #expect(warnings.allSatisfy { $0.severity == .warning })
        #expect(warnings.allSatisfy { $0.message.contains("kept as published") }, "\(warnings)")
        #expect(edition.cities.count == 60)
        #expect(edition.dimensions.count == 10)
        #expect(edition.dimensions.allSatisfy { $0.variables.count == 5 })
        #expect(edition.narratives.count == 10)
        #expect(edition.observations.count == 16)
    }

    @Test func everyDataReferenceResolved() {
        // A failed reference is left as {{…}} in the text (and reported); none may remain.
        let all = edition.texts + edition.narratives
        for doc in all { #expect(!doc.body.plainText.contains("{{"), "\(doc.file)") }
        for obs in edition.observations { #expect(!obs.body.plainText.contains("{{"), "\(obs.file)") }
    }

    @Test func readmeErrorExample() {
        #expect(throws: DataExpressionError.unknownVariable(dimension: "economic-strength", variable: "per-capita-economic-outpt",
                                                            hint: " (did you mean \"per-capita-economic-output\"?)")) {
            try DataExpression.parse("top 5 economic-strength.per-capita-economic-outpt").evaluate(in: analytics)
        }
    }

    @Test func readmeExamplesResolve() throws {
        let cases: [(String, String)] = [
            ("top 5 economic-strength", "Shenzhen, Shanghai, Beijing, Suzhou and Hangzhou"),
            ("top 3 economic-strength.per-capita-economic-output", "Beijing, Shanghai and Wuxi"),
            ("score shenzhen economic-strength", "286"),
            ("score shenzhen economic-strength.government-debt-burden", "60"),
            ("rank shenzhen economic-strength", "1"),
            ("total beijing", "2,435"),
            ("rank beijing", "2"),
            ("count tier 1", "3"),
            ("cities", "60"),
            ("score beijing|shenzhen|shanghai|hangzhou consumer-vitality.rent-coverage-ratio",
             "Beijing 1, Shenzhen 2, Shanghai 3 and Hangzhou 4"),
        ]
        for (expression, expected) in cases {
            #expect(try DataExpression.parse(expression).evaluate(in: analytics) == expected, "\(expression)")
        }
    }

    /// The source report names digital-intelligence empowerment and technological innovation
    /// as the dimensions whose scores vary most across cities, and market environment as the
    /// one that varies least.
    @Test func dimensionsThatVaryMostAndLeast() {
        let bySD = analytics.dimensionStatistics.sorted { $0.standardDeviation > $1.standardDeviation }.map(\.dimension)
        #expect(Set(bySD.prefix(2)) == ["digital-intelligence-empowerment", "technological-innovation"])
        #expect(bySD.last == "market-environment")
    }

    /// The source report calls digital-intelligence empowerment × regional synergy the most
    /// closely related pair, followed by technological innovation × digital-intelligence.
    @Test func strongestCorrelations() {
        let pairs = analytics.correlations.sorted { $0.r > $1.r }
        #expect(Set([pairs[0].a, pairs[0].b]) == ["digital-intelligence-empowerment", "regional-synergy"])
        #expect(Set([pairs[1].a, pairs[1].b]) == ["technological-innovation", "digital-intelligence-empowerment"])
        #expect(pairs.count == 45)
    }

    /// Per the source report, only Shanghai and Hangzhou are in the top 10 of every dimension.
    @Test func topTenInEveryDimension() {
        #expect(analytics.citiesInTopOfEveryDimension(10) == ["shanghai", "hangzhou"])
    }

    /// The source report's five most uneven cities (largest spread of dimension scores).
    @Test func mostUnevenCities() {
        let spreads = edition.cities.compactMap { analytics.spread(of: $0.slug) }
            .sorted { $0.scoreStandardDeviation > $1.scoreStandardDeviation }
        #expect(Set(spreads.prefix(5).map(\.city)) == ["nanjing", "tianjin", "dalian", "quanzhou", "yangzhou"])
    }

    /// Tier membership as the source report lists it: 3, 7 and 17 cities.
    @Test func tiersMatchTheReport() {
        #expect(analytics.cities(inTier: 1) == ["shanghai", "beijing", "shenzhen"])
        #expect(analytics.cities(inTier: 2) == ["hangzhou", "guangzhou", "suzhou", "chengdu", "nanjing", "wuhan", "changsha"])
        #expect(analytics.cities(inTier: 3).count == 17)
    }

    @Test func scoreListingHasEveryVariableScore() {
        let rows = ScoreListing.rows(of: edition)
        let variableRows = rows.filter { $0.dimension != "Overall" && $0.variable != "Total" && $0.variable != "Rank" }
        #expect(variableRows.count == 3_000)
        #expect(rows.count == 3_000 + 2 * 600 + 12 * 60)
        let csv = ScoreListing.csv(rows)
        #expect(csv.hasPrefix("dimension,variable,city,value\nEconomic strength,Economic aggregate potential,Shenzhen,59\n"))
        #expect(csv.split(separator: "\n").count == rows.count + 1)
        #expect(csv.contains("Overall,Total,Beijing,2435\n"))
        #expect(csv.contains("Overall,Economic strength,Beijing,261\n"))
        let json = ScoreListing.json(rows)
        #expect(json.contains("{\"dimension\": \"Overall\", \"variable\": \"Rank\", \"city\": \"Beijing\", \"value\": 2}"))
        let decoded = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        #expect(decoded?.count == rows.count)
    }
}
