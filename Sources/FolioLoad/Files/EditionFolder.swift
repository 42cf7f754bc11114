//! The edition folder: resolves and lists files, confines every read to the folder.

import Foundation

/// Access to one edition folder. Every read goes through here so that a path (or symlink)
/// pointing outside the folder is refused, and messages show `<folder>/<file>` paths.
struct EditionFolder {
    /// Absolute, symlink-resolved path of the folder.
    let root: URL
    /// The folder's own name, the prefix of display paths (`cities-2025`).
    let name: String

    /// `root.path`, kept: a load asks for it once per file.
    private let rootPath: String

    init(path: String) {
        let url = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        root = url
        rootPath = url.path
        name = url.lastPathComponent
    }

    /// `cities-2025/scores/economic-strength.csv` for `scores/economic-strength.csv`.
    func display(_ relative: String) -> String { relative.isEmpty ? name : name + "/" + relative }

    var exists: Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: root.path, isDirectory: &isDir) && isDir.boolValue
    }

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    func fileExists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: url(relative).path) }

    /// Whether `url` (after resolving symlinks) lies inside the edition folder.
    func contains(_ url: URL) -> Bool {
        let resolved = url.standardizedFileURL.resolvingSymlinksInPath().path
        return resolved == root.path || resolved.hasPrefix(root.path + "/")
    }

    /// Files with extension `ext` directly in `subfolder`, sorted by name; hidden files skipped.
    func files(in subfolder: String, ext: String) -> [String] {
        let dir = url(subfolder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return [] }
        return names.filter { !$0.hasPrefix(".") && $0.lowercased().hasSuffix("." + ext) }.sorted()
            .map { subfolder + "/" + $0 }
    }

    /// Reads a file's bytes, refusing what is not a regular file inside the folder within the
    /// size limit. A missing `optional` file gives nil without a message.
    func bytes(_ relative: String, optional: Bool = false, sink: inout DiagnosticSink) -> Data? {
        let path = display(relative)
        let filePath = rootPath + "/" + relative
        // One stat (links followed) and one realpath answer what FileManager's `fileExists`,
        // `resolvingSymlinksInPath` and `attributesOfItem` answered at several times the cost;
        // the checks and their order are the same.
        var status = stat()
        guard stat(filePath, &status) == 0 else {
            if !optional { sink.error("file is missing; every edition needs it (see Assets/editions/README.md)", path) }
            return nil
        }
        let type = status.st_mode & S_IFMT
        guard type != S_IFDIR else { sink.error("expected a file but found a folder", path); return nil }
        guard let resolved = realpath(filePath, nil) else {
            sink.error("cannot read file (permission denied or I/O error)", path)
            return nil
        }
        let resolvedPath = String(cString: resolved)
        free(resolved)
        guard resolvedPath == rootPath || resolvedPath.hasPrefix(rootPath + "/") else {
            sink.error("path leads outside the edition folder (through \"..\" or a link); refused", path)
            return nil
        }
        // A FIFO, socket or device would block or never end: only regular files are read.
        if type != S_IFREG {
            sink.error("not a regular file (a pipe, socket or device?); expected a text file", path)
            return nil
        }
        let size = Int(status.st_size)
        guard size <= LoadLimits.maxFileBytes else {
            sink.error("file is \(size) bytes; the limit is \(LoadLimits.maxFileBytes) bytes (5 MB)", path)
            return nil
        }
        let fm = FileManager.default
        guard fm.isReadableFile(atPath: filePath), let data = fm.contents(atPath: filePath) else {
            sink.error("cannot read file (permission denied or I/O error)", path)
            return nil
        }
        return data
    }
}
