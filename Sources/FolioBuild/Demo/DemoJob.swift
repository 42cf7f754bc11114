//! `folio demo`: lays out the demo document and writes demo.pdf and demo/page-NNN.png.

import FolioCore
import FolioExport
import FolioGraphics
import FolioLayout
import Foundation

public struct DemoJob {
    public var outputDirectory: String
    public var dpi: Double
    public init(outputDirectory: String, dpi: Double) { self.outputDirectory = outputDirectory; self.dpi = dpi }

    public struct Result {
        public var pages: Int
        public var summary: [String]
    }

    public func run() throws -> Result {
        let fonts = try FontSet(directory: FontSet.defaultDirectory())
        let shaper = TextShaper(fontSet: fonts)
        let spec = try LayoutSpecLoader.load(path: LayoutPaths.path("print.yaml"))
        let document = DemoDocument.make(creationDate: BuildEnvironment.sourceDateEpoch)
        let result = DocumentLayouter(spec: spec, shaper: shaper, hyphenator: try Hyphenator()).layout(document)
        let errors = result.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty { throw DiagnosticList(errors) }
        let staging = try OutputStaging(outputDirectory: outputDirectory)
        try PDFExporter().export(result.pages, info: document.info, to: staging.path("demo.pdf"))
        _ = try PNGExporter(dpi: dpi).export(result.pages, toDirectory: staging.path("demo"))
        try staging.commit()
        let out = (outputDirectory as NSString).standardizingPath
        return Result(pages: result.pages.count,
                      summary: result.diagnostics.map(\.description)
                        + ["wrote \(out)/demo.pdf and \(result.pages.count) PNG page(s) in \(out)/demo/"])
    }
}
