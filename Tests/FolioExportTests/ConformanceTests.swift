//! Every kind of PDF Folio writes, checked against PDF/UA-1 and PDF/A-2a by page-validation.

import FolioBuild
import FolioExport
import FolioPage
import FolioTestSupport
import Foundation
import XCTest

final class ConformanceTests: XCTestCase {
    /// The report in both layouts, the print-ready report, briefs (one with Chinese text),
    /// the briefs' `all.pdf` and the demo, each as the CLI writes it: zero failures against
    /// both profiles, and `qpdf --check` clean.
    func testEveryKindOfPDFPassesPDFUA1AndPDFA2a() throws {
        let out = try ExternalTools.temporaryDirectory("conformance").path
        let edition = TestResources.repositoryRoot.appendingPathComponent("Assets/editions/cities-2025").path
        let structure = TestResources.layoutPath("report.yaml")
        for (layout, printReady) in [("print.yaml", true), ("letter.yaml", false)] {
            _ = try ReportJob(editionDirectory: edition, layoutPath: TestResources.layoutPath(layout), structurePath: structure,
                              outputDirectory: "\(out)/\(layout)", png: false, jobs: 2, printReady: printReady).run()
        }
        _ = try BriefsJob(editionDirectory: edition, layoutPath: TestResources.layoutPath("brief.yaml"),
                          reportLayoutPath: TestResources.layoutPath("print.yaml"), structurePath: structure,
                          outputDirectory: "\(out)/briefs", cities: ["beijing", "changzhou"], jobs: 2, png: false).run()
        _ = try DemoJob(outputDirectory: "\(out)/demo", dpi: 24).run()
        let files = ["print.yaml/report.pdf", "print.yaml/report-print.pdf", "letter.yaml/report.pdf",
                     "briefs/briefs/beijing.pdf", "briefs/briefs/changzhou.pdf", "briefs/briefs/all.pdf", "demo/demo.pdf"]
            .map { "\(out)/\($0)" }
        let results = try PDFValidator.validate(files)
        for file in files {
            for profile in PDFValidator.profiles {
                XCTAssertEqual(results[file]?[profile], [], "\(file) against \(profile)")
            }
            let check = try ExternalTools.run("qpdf", ["--check", file])
            XCTAssertEqual(check.status, 0, "\(file): \(check.stdout)")
        }
    }

    /// The checker itself: an untagged Folio PDF (`FOLIO_PDF_TAGS=0`) claims neither
    /// standard and fails both profiles, so a clean result above means something.
    func testValidatorRejectsAnUntaggedPDF() throws {
        let path = try ExternalTools.temporaryDirectory("conformance").appendingPathComponent("untagged.pdf").path
        let page = Page(size: Size(width: 200, height: 100), items: [
            .shape(Shape(path: .rect(Rect(x: 10, y: 10, width: 50, height: 20)), fill: Color(hex: "#336699")!)),
        ])
        try PDFExporter(tagged: false).export([page], info: DocumentInfo(title: "Untagged"), to: path)
        let results = try PDFValidator.validate([path])
        for profile in PDFValidator.profiles {
            XCTAssertFalse(results[path]?[profile]?.isEmpty ?? true, "\(profile) accepted an untagged PDF that claims nothing")
        }
    }
}

/// Runs page-validation (PyPI, pinned by the Makefile) from the virtualenv `make test`
/// installs under `.build/`.
enum PDFValidator {
    static let profiles = ["ua1", "2a"]

    static var python: String {
        TestResources.repositoryRoot.appendingPathComponent(".build/pdfvalidate-venv/bin/python").path
    }

    /// File → profile → failures as `RULE-ID: message`.
    static func validate(_ files: [String]) throws -> [String: [String: [String]]] {
        guard FileManager.default.isExecutableFile(atPath: python) else {
            throw Missing(description: "\(python) is missing: `make test` installs page-validation 0.11.0 there")
        }
        let script = """
        import json, sys, page
        print(json.dumps({path: {profile: [f"{f.rule_id}: {f.message}" for f in page.validate_pdf(path, profile=profile).failures]
                                 for profile in sys.argv[1].split(",")} for path in sys.argv[2:]}))
        """
        let run = try ExternalTools.run(python, ["-c", script, profiles.joined(separator: ",")] + files)
        guard run.status == 0, let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: [String: [String]]] else {
            throw Missing(description: "page-validation did not run: \(run.stderr)")
        }
        return json
    }

    struct Missing: Error, CustomStringConvertible { var description: String }
}
