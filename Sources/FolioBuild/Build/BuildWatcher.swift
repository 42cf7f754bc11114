//! `folio watch`: waits for kernel file events on the inputs (polling where there are none)
//! and rebuilds in one long-lived session, so a saved narrative re-lays its own chapter only.

import Foundation

/// Watches a build's inputs (edition folder, layout files, fonts) and rebuilds on change.
public struct BuildWatcher: Sendable {
    public var options: BuildOptions
    /// Time between two looks at the files when polling (no kernel file events).
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
        for folder in watchedTrees {
            guard let walker = FileManager.default.enumerator(atPath: folder) else { continue }
            while let relative = walker.nextObject() as? String {
                if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
                add(folder + "/" + relative)
            }
        }
        for file in watchedFiles { add(file) }
        return Snapshot(files: files)
    }

    /// The folders whose whole content the build reads, and the single files it reads.
    var watchedTrees: [String] { [options.editionDirectory, options.fontDirectory] }
    var watchedFiles: [String] { [options.reportLayoutPath, options.structurePath, options.briefLayoutPath, options.briefStructurePath] }

    /// Builds once, then again whenever an input changes, in one `WatchSession`. Waits on
    /// kernel file events (a burst of saves is one rebuild); polls every `interval` when the
    /// kernel offers none (`FOLIO_WATCH_POLL=1` forces polling). An event wakes the watcher,
    /// the snapshots decide: a save that changed nothing rebuilds nothing. `report` receives
    /// each rebuild. Returns the number of builds run.
    @discardableResult
    public func run(progress: BuildProgress = SilentProgress(), events: ((String) -> Void)? = nil,
                    report: (WatchSession.Rebuild) -> Void) -> Int {
        let start = ContinuousClock.now
        let session = WatchSession(options: options)
        let kernel = ProcessInfo.processInfo.environment["FOLIO_WATCH_POLL"] == "1" ? nil : FileEvents(trees: watchedTrees, files: watchedFiles)
        events?(kernel == nil ? "polling every \(interval.seconds) s" : "waiting for file events (inotify)")
        var builds = 0
        var last = snapshot()
        report(session.rebuild(changed: [], progress: progress))
        builds += 1
        while maxBuilds.map({ builds < $0 }) ?? true {
            let left = duration.map { $0 - (ContinuousClock.now - start).seconds }
            if let left, left <= 0 { break }
            if let kernel {
                // Wake at least once a second, to honour `duration`.
                if kernel.wait(timeout: min(1, left ?? 1)).isEmpty { continue }
            } else {
                Thread.sleep(forTimeInterval: interval.seconds)
                guard !snapshot().changes(since: last).isEmpty else { continue }
                // Let an editor finish saving (several files, or write-then-rename) before building.
                Thread.sleep(forTimeInterval: min(0.05, interval.seconds))
            }
            let now = snapshot()
            let changed = now.changes(since: last)
            last = now
            guard !changed.isEmpty else { continue }
            report(session.rebuild(changed: changed, progress: progress))
            builds += 1
        }
        return builds
    }
}
