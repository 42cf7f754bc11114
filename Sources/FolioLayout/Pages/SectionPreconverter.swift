//! Converts a document's sections into flow items on several threads before the first pass.

import FolioCore
import Foundation
import FolioDocument
import FolioGraphics
import FolioPage

/// A section's blocks as flow items, with what converting them reported and the widths they
/// were converted at (a section is reused only where its page offers the same widths).
struct ConvertedSection {
    var items: [FlowItem]
    var diagnostics: [Diagnostic]
    var columnWidth: Double
    var fullWidth: Double
    /// Where the section was placed from each start met lately (`SectionPlacement.keptPerSection`).
    var placements: [PlacementStart: SectionPlacement] = [:]
}

/// Converts, in parallel, every section whose content does not depend on page numbers.
///
/// Converting blocks (shaping, hyphenating, building tables and charts) is most of a report's
/// layout time, and sections are independent until they are placed on pages. Each worker has
/// its own shaper, hyphenator and layout context, because Pango's font maps and the memos are
/// not thread-safe; the calling layouter's shaper serves as the first worker. The result does
/// not depend on which worker converted a section: shaping is a pure function of its input
/// (see `TextShaper.prepare`), and a section's diagnostics are kept with it.
struct SectionPreconverter {
    let spec: LayoutSpec
    let shaper: TextShaper
    let hyphenator: Hyphenator?
    let workers: Int

    /// Converted sections by index; sections citing page numbers are left to the passes, and
    /// those in `skipping` (already converted) to the caller.
    func convert(_ document: Document, skipping: Set<Int> = []) -> [Int: ConvertedSection] {
        let sections = document.sections
        let pending = sections.indices.filter { s in !skipping.contains(s) && !sections[s].blocks.contains { $0.containsPageReference } }
        guard !pending.isEmpty else { return [:] }
        let job = Job(preconverter: self, sections: sections, pending: pending)
        WorkerThreads.run(max(1, min(workers, pending.count))) { worker in job.preconverter.run(worker: worker, job: job) }
        return job.results.sections
    }

    /// One worker's share: its own shaper (the caller's for worker 0) and context, then
    /// sections from the queue until none is left.
    private func run(worker: Int, job: Job) {
        let own: (TextShaper, Hyphenator?)
        if worker == 0 {
            own = (shaper, hyphenator)
        } else {
            // A worker that cannot set up leaves its share to the others.
            guard let fonts = try? FontSet(directory: shaper.fontSet.directory) else { return }
            var copy: Hyphenator?
            if let hyphenator {
                guard let c = try? hyphenator.makeCopy() else { return }
                copy = c
            }
            own = (TextShaper(fontSet: fonts), copy)
        }
        let context = LayoutContext(shaper: own.0, spec: spec, hyphenator: own.1)
        while let next = job.queue.next() {
            let s = job.pending[next]
            let section = job.sections[s]
            let geometry = PageGeometry(spec: spec, template: spec.template(section.template), pageIndex: 0)
            let converter = BlockConverter(context: context, columnWidth: geometry.columnWidth,
                                           fullWidth: geometry.content.width, runningTitle: section.runningTitle)
            let reported = context.diagnostics.count
            let items = converter.convert(section.blocks).tagged(StructureTag(.sect))
            job.results.store(s, ConvertedSection(items: items, diagnostics: Array(context.diagnostics[reported...]),
                                              columnWidth: geometry.columnWidth, fullWidth: geometry.content.width))
        }
    }

    /// What the workers share: the sections to convert (by index into `sections`), a queue
    /// handing out positions in `pending`, and the results; every mutable part is behind a lock.
    private final class Job: @unchecked Sendable {
        let preconverter: SectionPreconverter
        let sections: [Section]
        let pending: [Int]
        let queue: WorkerThreads.IndexQueue
        let results = Results()
        init(preconverter: SectionPreconverter, sections: [Section], pending: [Int]) {
            self.preconverter = preconverter; self.sections = sections; self.pending = pending
            queue = WorkerThreads.IndexQueue(pending.count)
        }
    }

    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var sections: [Int: ConvertedSection] = [:]
        func store(_ index: Int, _ section: ConvertedSection) {
            lock.lock(); defer { lock.unlock() }
            sections[index] = section
        }
    }
}
