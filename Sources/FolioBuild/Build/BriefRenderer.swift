//! Lays out and writes briefs across worker threads, one brief at a time per worker, so
//! memory stays flat however many cities an edition has.

import Dispatch
import FolioCompose
import FolioCore
import FolioGraphics
import FolioLayout
import FolioModel
import FolioPage
import Foundation

/// Renders the briefs of some cities into a folder. Each worker owns its fonts, shaper and
/// layouter (Pango is per thread); the output does not depend on the number of workers.
struct BriefRenderer {
    var edition: Edition
    var layoutPath: String
    var observationPages: [String: String]
    var formats: [OutputFormat]
    var dpi: Double
    var jobs: Int

    /// Files written per slug. Throws every failure at once, naming each city.
    func render(_ slugs: [String], root: String, progress: BuildProgress) throws -> [String: [OutputFile]] {
        guard !slugs.isEmpty else { return [:] }
        try FileManager.default.createDirectory(atPath: root + "/briefs", withIntermediateDirectories: true)
        let spec = try LayoutSpecLoader.load(path: layoutPath)
        let heat = HeatColors(stops: (spec.theme.palettes?["scores"] ?? []).compactMap { Color(hex: $0) })
        let composer = BriefComposer(edition: edition, heat: heat, observationPages: observationPages,
                                     creationDate: BuildEnvironment.sourceDateEpoch, accent: spec.theme.color("accent"))
        final class Box: @unchecked Sendable {
            let lock = NSLock()
            var files: [String: [OutputFile]] = [:]
            var errors: [String: Error] = [:]
            var done = 0
        }
        let box = Box()
        let fontDirectory = FontSet.defaultDirectory()
        let workers = min(jobs, slugs.count)
        let protected = Set(edition.cities.map(\.name))
        let (formats, dpi) = (formats, dpi)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            do {
                let shaper = TextShaper(fontSet: try FontSet(directory: fontDirectory))
                let layouter = DocumentLayouter(spec: spec, shaper: shaper,
                                                hyphenator: try Hyphenator(rules: HyphenationRules(protectedWords: protected)))
                var i = worker
                while i < slugs.count {
                    let slug = slugs[i]
                    let result = Result {
                        let brief = try BriefsJob.fit(slug, composer: composer, layouter: layouter)
                        return try OutputWriter.writeBrief(brief.page, info: brief.info, slug: slug, formats: formats, dpi: dpi, root: root)
                    }
                    box.lock.lock()
                    switch result {
                    case .success(let files): box.files[slug] = files
                    case .failure(let e): box.errors[slug] = e
                    }
                    box.done += 1
                    let done = box.done
                    box.lock.unlock()
                    progress.advance("briefs", done: done, total: slugs.count)
                    i += workers
                }
            } catch {
                box.lock.lock(); box.errors["(worker \(worker))"] = error; box.lock.unlock()
            }
        }
        if !box.errors.isEmpty {
            let sorted = box.errors.sorted { $0.key < $1.key }
            let onlyInput = sorted.allSatisfy { $0.value is Diagnostic || $0.value is DiagnosticList }
            let message = sorted.map { "\($0.value)" }.joined(separator: "\n")
            throw onlyInput ? CommandFailure.invalidInput(message) : CommandFailure.internalError("error: " + message)
        }
        return box.files
    }
}
