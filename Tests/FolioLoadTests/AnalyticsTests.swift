//! Analytics on the mini edition, against values worked out by hand (see comments).

import Foundation
import Testing
import FolioLoad
import FolioModel

@Suite struct AnalyticsTests {
    let analytics: Analytics

    init() throws {
        analytics = Analytics(try EditionLoader.load(directory: Fixtures.mini.path).0)
    }

    // economy totals in report order (Aston, Brill, Xi'an, Dover): 8, 6, 6, 2
    // culture totals: 2, 4, 7, 7

    @Test func meanStandardDeviationMedian() {
        #expect(analytics.mean("economy") == 5.5)
        // deviations 2.5, 0.5, 0.5, -3.5 → squares sum 19 → population variance 4.75
        #expect(abs(analytics.standardDeviation("economy") - 4.75.squareRoot()) < 1e-12)
        #expect(analytics.median("economy") == 6)
        #expect(analytics.mean("culture") == 5)
        #expect(abs(analytics.standardDeviation("culture") - 4.5.squareRoot()) < 1e-12)
        #expect(analytics.median("culture") == 5.5)
    }

    @Test func pearsonCorrelation() {
        // Σ dx·dy = -7.5 - 0.5 + 1 - 7 = -14; Σdx² = 19; Σdy² = 18
        let expected = -14 / (19.0 * 18.0).squareRoot()
        #expect(abs(analytics.correlation("economy", "culture") - expected) < 1e-12)
        #expect(analytics.correlations.count == 1)
        #expect(abs(analytics.correlation("economy", "economy") - 1) < 1e-12)
    }

    @Test func topNIncludesTiesAtTheCut() {
        #expect(analytics.top(1, dimension: "economy").map(\.city) == ["aston"])
        // Brill and Xi'an tie on 6 at rank 2: both are in the top 2.
        #expect(analytics.top(2, dimension: "economy").map(\.city) == ["aston", "brill", "xian"])
        #expect(analytics.top(2, dimension: "economy").map(\.rank) == [1, 2, 2])
        // Dover and Xi'an tie on 7: report order puts Xi'an first.
        #expect(analytics.top(1, dimension: "culture").map(\.city) == ["xian", "dover"])
        #expect(analytics.top(1, dimension: "economy", variable: "finance").map(\.city) == ["aston", "xian"])
        #expect(analytics.topOverall(2).map(\.city) == ["xian", "aston", "brill"])
        #expect(analytics.top(10, dimension: "economy").count == 4)
    }

    @Test func tiersFromThresholds() {
        #expect(analytics.tier(of: "xian")?.id == 1)     // 13 ≥ 12
        #expect(analytics.tier(of: "aston")?.id == 2)    // 10 ≥ 10 (inclusive)
        #expect(analytics.tier(of: "dover")?.id == 3)    // 9
        #expect(analytics.cities(inTier: 2) == ["aston", "brill"])
        #expect(analytics.tier(forTotal: 11)?.id == 2)
    }

    @Test func ranksSpreadAndProfile() throws {
        #expect(analytics.rank(of: "dover", in: "culture") == 1)
        #expect(analytics.overallRank(of: "dover") == 4)
        // Aston: dimension ranks 1 and 4, totals 8 and 2
        let spread = try #require(analytics.spread(of: "aston"))
        #expect(spread.rankStandardDeviation == 1.5)
        #expect(spread.scoreStandardDeviation == 3)
        #expect(spread.bestRank == 1 && spread.worstRank == 4)
        // Dover: overall 4, culture 1 (advantage 3), economy 4 (advantage 0)
        #expect(analytics.strongestDimensions(of: "dover", count: 1) == [DimensionStanding(dimension: "culture", rank: 1, advantage: 3)])
        #expect(analytics.weakestDimensions(of: "dover", count: 1) == [DimensionStanding(dimension: "economy", rank: 4, advantage: 0)])
        #expect(analytics.citiesInTopOfEveryDimension(2) == ["xian"])
    }

    @Test func statisticsHelpers() {
        #expect(Statistics.competitionRanks([10, 8, 8, 5]) == [1, 2, 2, 4])
        #expect(Statistics.competitionRanks([3, 3, 3]) == [1, 1, 1])
        #expect(Statistics.median([3, 1, 2]) == 2)
        #expect(Statistics.pearson([1, 1, 1], [1, 2, 3]).isNaN)
        #expect(Statistics.standardDeviation([]).isNaN)
    }
}
