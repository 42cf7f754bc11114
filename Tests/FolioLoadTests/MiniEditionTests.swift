//! The mini fixture edition: loads cleanly, and its texts resolve to hand-written strings.

import Foundation
import Testing
import FolioLoad
import FolioModel

@Suite struct MiniEditionTests {
    let edition: Edition

    init() throws {
        let (edition, diagnostics) = try EditionLoader.load(directory: Fixtures.mini.path)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        self.edition = edition
    }

    @Test func tablesAndMetadata() {
        #expect(edition.info.title == "Mini Cities 2025")
        #expect(edition.info.shortTitle == "Mini 2025")
        #expect(edition.cities.map(\.slug) == ["aston", "brill", "xian", "dover"])
        #expect(edition.city("xian")?.name == "Xi'an")
        #expect(edition.dimensions.map(\.slug) == ["economy", "culture"])
        #expect(edition.table("economy")?.row(for: "xian") == ScoreRow(city: "xian", scores: [2, 4], total: 6, rank: 2))
        #expect(edition.overall.rows.map(\.city) == ["xian", "aston", "brill", "dover"])
        #expect(edition.indicators.count == 4)
        #expect(edition.indicators[1].name == "Deposits, loans and bonds")
        #expect(edition.references.map(\.id) == [1, 2])
        #expect(edition.references[1].text == "Parks survey, with notes on\ntwo lines.")
        #expect(edition.note(for: "dover")?.text == "Strong parks, weak output.")
        #expect(edition.tiers.map(\.id) == [1, 2, 3])
    }

    @Test func introResolvesDataAndKeepsHTMLLiteral() throws {
        let intro = try #require(edition.text("intro"))
        #expect(intro.title == "Introduction")
        #expect(intro.standfirst == "Four cities, two dimensions.")
        #expect(intro.lineOffset == 4)
        #expect(intro.body.first?.line == 5)
        guard case .paragraph(let inlines) = intro.body[1].kind else { Issue.record("expected a paragraph"); return }
        #expect(inlines.plainText == "This edition scores 4 cities. Xi'an, Aston and Brill lead overall, and 1 city is in the first tier.")
        #expect(inlines.contains(.reference(1)))
        guard case .paragraph(let html) = intro.body[2].kind else { Issue.record("expected a paragraph"); return }
        #expect(html.plainText == "AT&T <b>not bold</b> stays literal.")
    }

    @Test func narrativeResolvesTopListsTablesAndImages() throws {
        let narrative = try #require(edition.narrative(for: "economy"))
        let text = narrative.body.plainText
        #expect(text.contains("Aston leads the economy with 8 points; by finance, Aston and Xi'an share the lead. Dover ranks 4."))
        guard case .table(let header, let rows, let alignments) = narrative.body[2].kind else {
            Issue.record("expected a table"); return
        }
        #expect(header.map(\.plainText) == ["City", "Score"])
        #expect(rows.map { $0.map(\.plainText) } == [["Xi'an", "6"]])
        #expect(alignments == [.left, .right])
        guard case .paragraph(let image) = narrative.body[3].kind else { Issue.record("expected a paragraph"); return }
        guard case .image(let picture)? = image.first, image.count == 1 else { Issue.record("expected an image"); return }
        #expect(picture.source == "figures/bars.png")
        #expect(picture.alt == "Chart")
        #expect(picture.format == .png)
        #expect(picture.pixelWidth > 0 && picture.pixelHeight > 0)
        #expect(picture.bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }

    @Test func observationFrontMatterAndMultiCityScores() throws {
        let obs = try #require(edition.observations.first)
        #expect(obs.slug == "xian")
        #expect(obs.city == "xian")
        #expect(obs.dimension == "culture")
        #expect(obs.keyFigures.count == 3)
        #expect(obs.keyFigures[1] == KeyFigure(value: "1", unit: "", label: "Overall rank"))
        #expect(obs.body.plainText.contains("Xi'an scores Xi'an 7 and Dover 7 in culture; its total is 13."))
    }

    @Test func scoreListingForMini() {
        let rows = ScoreListing.rows(of: edition)
        // 2 dimensions × 4 cities × (2 variables + total + rank) + overall 4 × (2 + total + rank)
        #expect(rows.count == 2 * 4 * 4 + 4 * 4)
        #expect(rows.first == ScoreListingRow(dimension: "Economy", variable: "Output", city: "Aston", value: 4))
        #expect(ScoreListing.csv(Array(rows.prefix(1))) == "dimension,variable,city,value\nEconomy,Output,Aston,4\n")
        #expect(rows.contains(ScoreListingRow(dimension: "Overall", variable: "Culture", city: "Xi'an", value: 7)))
    }
}
