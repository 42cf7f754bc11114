//! `folio watch`: polls the inputs' modification times and rebuilds through the cache, so a
//! saved narrative re-renders the report only and a saved note one brief only.

import Foundation

/// Watches a build's inputs (edition folder, layout files, fonts) and rebuilds on change.
public struct BuildWatcher: Sendable {
    public var options: BuildOptions
    /// Time between two looks at the files.
    public var interval: Duration
    /// Stop after this many seconds (nil: until interrupted).
    public var duration: Double?
    /// Stop after this many builds, the first included (nil: no limit).
    public var maxBuilds: Int?

    public init(options: BuildOptions, interval: Duration = .milliseconds(200), duration: Double? = nil, maxBuilds: Int? = nil) {
        self.options = options; self.interval = interval; self.duration = duration; self.maxBuilds = maxBuilds
    }

    /// One look at the inputs: path → (size, modification time in nanoseconds).
    public struct Snapshot: Equatable, Sendable {
        var files: [String: [Int64]]

        /// The paths that were added, removed or changed since `old`, sorted.
        public func changes(since old: Snapshot) -> [String] {
            Set(files.keys).union(old.files.keys).filter { files[$0] != old.files[$0] }.sorted()
        }
    }

    public func snapshot() -> Snapshot {
        var files: [String: [Int64]] = [:]
        func add(_ path: String) {
            var st = stat()
            if stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG {
                files[path] = [Int64(st.st_size), Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)]
            }
        }
        for folder in [options.editionDirectory, options.fontDirectory] {
            guard let walker = FileManager.default.enumerator(atPath: folder) else { continue }
            while let relative = walker.nextObject() as? String {
                if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
                add(folder + "/" + relative)
            }
        }
        for file in [options.reportLayoutPath, options.structurePath, options.briefLayoutPath, options.briefStructurePath] { add(file) }
        return Snapshot(files: files)
    }

    /// Builds once, then again whenever an input changes. `report` receives each build's
    /// outcome or failure and the changed paths that caused it (empty for the first build).
    /// Returns the number of builds run.
    @discardableResult
    public func run(progress: BuildProgress = SilentProgress(),
                    report: (Result<BuildJob.Outcome, Error>, [String]) -> Void) -> Int {
        let start = ContinuousClock.now
        var builds = 0
        var last = snapshot()
        func build(_ changed: [String]) {
            report(Result { try BuildJob(options: options).run(progress: progress) }, changed)
            builds += 1
        }
        build([])
        while maxBuilds.map({ builds < $0 }) ?? true {
            if let duration, (ContinuousClock.now - start).seconds >= duration { break }
            Thread.sleep(forTimeInterval: interval.seconds)
            let now = snapshot()
            let changed = now.changes(since: last)
            guard !changed.isEmpty else { continue }
            // Let an editor finish saving (several files, or write-then-rename) before building.
            Thread.sleep(forTimeInterval: min(0.05, interval.seconds))
            last = snapshot()
            build(changed)
        }
        return builds
    }
}
