import Foundation
import IncidentAnalysis
import SlackExport

/// Gathers incident records from the paths given to `postmortem stats`.
///
/// - A `.json` file that names the `postmortem.analysis/v1` schema is read as an analysis.
/// - A folder that holds analysis files (at any depth) is read as a folder of analyses: every
///   `*.json` analysis in it, in path order; other files are skipped.
/// - Anything else is read as an export and analysed on the fly: each channel (or group DM) with
///   messages is one incident, or, with `split`, each incident ``IncidentSplitter`` finds in it.
///   Corrections come from `postmortem.yml` inside or beside the export, as for `analyze`.
struct HistoryLoader {
    var split = false
    var quiet = false
    var limits = ReadLimits()

    /// The records of every path, in the order given.
    func records(from paths: [String]) throws(CLIError) -> [IncidentRecord] {
        var records: [IncidentRecord] = []
        var seen = Set<String>()
        for path in paths {
            for record in try self.records(from: path) where seen.insert(record.source).inserted {
                records.append(record)
            }
        }
        return records
    }

    func records(from path: String) throws(CLIError) -> [IncidentRecord] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError("\(path): no such file or folder", code: .noInput)
        }
        if isDirectory.boolValue {
            let analyses = try analysisFiles(in: path)
            if !analyses.isEmpty { return try analyses.map { (file) throws(CLIError) in try readAnalysis(file) } }
            return try analyseExport(path)
        }
        if path.lowercased().hasSuffix(".json"), let head = try? prefix(of: path), IncidentRecord.looksLikeAnalysis(head[...]) {
            return [try readAnalysis(path)]
        }
        return try analyseExport(path)
    }

    /// The analysis files under `folder`, sorted by path.
    func analysisFiles(in folder: String) throws(CLIError) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else {
            throw CLIError("\(folder): cannot be read", code: .noInput)
        }
        var found: [String] = []
        var considered = 0
        while let relative = walker.nextObject() as? String {
            considered += 1
            if considered > limits.maxEntries { break }
            guard relative.lowercased().hasSuffix(".json") else { continue }
            let full = (folder as NSString).appendingPathComponent(relative)
            if let head = try? prefix(of: full), IncidentRecord.looksLikeAnalysis(head[...]) { found.append(full) }
        }
        return found.sorted()
    }

    /// The first 4 KiB of a file.
    func prefix(of path: String) throws -> [UInt8] {
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        return Array(try handle.read(upToCount: 4096) ?? Data())
    }

    func readAnalysis(_ path: String) throws(CLIError) -> IncidentRecord {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        else { throw CLIError("\(path): cannot be read", code: .noInput) }
        if let size = attributes[.size] as? Int, size > limits.maxFileBytes {
            throw CLIError("\(path): larger than the per-file limit (raise it with --max-file-size)", code: .dataError)
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw CLIError("\(path): cannot be read", code: .noInput) }
        do {
            return try IncidentRecord.parse(analysisJSON: Array(data), source: path)
        } catch {
            throw CLIError(error.localizedDescription, code: .dataError)
        }
    }

    func analyseExport(_ path: String) throws(CLIError) -> [IncidentRecord] {
        let workspace: Workspace
        do {
            workspace = try ExportReader(limits: limits).read(path, selecting: .all)
        } catch {
            throw CLIError.from(error)
        }
        let analysis: AnalysisOptions
        do {
            analysis = try AnalysisOptions.parse([])
        } catch {
            throw CLIError("cannot set up the analysis: \(error)", code: .software)
        }
        let analyzer = IncidentAnalyzer(rules: .builtIn, corrections: try analysis.corrections(exportPath: path))
        var records: [IncidentRecord] = []
        for conversation in workspace.conversations where !conversation.messages.isEmpty && conversation.info.kind != .directMessage {
            let zone = workspace.prevailingTimeZone(in: conversation).flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "UTC") ?? .current
            let source = "\(path)#\(conversation.info.name)"
            if split {
                for incident in IncidentSplitter().split(conversation, in: workspace) {
                    let result = analyzer.analyze(incident.conversation, in: workspace, zone: zone)
                    records.append(IncidentRecord(analysis: result, source: "\(source)/incident-\(incident.number)"))
                }
            } else {
                records.append(IncidentRecord(analysis: analyzer.analyze(conversation, in: workspace, zone: zone), source: source))
            }
        }
        if records.isEmpty, !quiet { Console.err("postmortem: warning: \(path): no conversation with messages") }
        return records
    }
}
