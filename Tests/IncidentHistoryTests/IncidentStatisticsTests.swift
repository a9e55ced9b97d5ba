import Foundation
import IncidentAnalysis
import Testing

/// The figures of ``IncidentStatistics`` against values worked out by hand (see ``HistoryFixtures``).
@Suite struct IncidentStatisticsTests {
    let stats = IncidentStatistics(records: HistoryFixtures.records)

    // MARK: - Percentiles

    @Test func linearInterpolationBetweenClosestRanks() {
        // median of [60, 120, 300]: rank (3 - 1) * 0.5 = 1 → 120
        #expect(Percentile.linear([60, 120, 300], 0.5) == 120)
        // p90 of [60, 120, 300]: rank 1.8 → 120 + 0.8 * (300 - 120) = 264
        #expect(Percentile.linear([60, 120, 300], 0.9) == 264)
        // median of an even count is the mean of the middle two: [60, 120] → 90
        #expect(Percentile.linear([60, 120], 0.5) == 90)
        // p90 of [900, 1200, 3600, 7200]: rank 2.7 → 3600 + 0.7 * 3600 = 6120
        #expect(Percentile.linear([900, 1200, 3600, 7200], 0.9) == 6120)
        #expect(Percentile.linear([42], 0.9) == 42)
        #expect(Percentile.linear([], 0.5) == nil)
        #expect(Percentile.linear([60, 120, 300], 0) == 60)
        #expect(Percentile.linear([60, 120, 300], 1) == 300)
    }

    @Test func summaryOfNothingIsEmpty() {
        let s = DurationSummary([])
        #expect(s == DurationSummary([]))
        #expect(s.count == 0 && s.median == nil && s.p90 == nil && s.min == nil && s.max == nil)
    }

    // MARK: - Overall

    @Test func overallFiguresMatchTheHandComputation() {
        #expect(stats.overall.key == "all")
        #expect(stats.overall.incidents == 5)
        #expect(stats.overall.open == 1)
        // detect over the resolved A, B, C (D has none): [60, 120, 300]
        #expect(stats.overall.summary(.timeToDetect) == expected(count: 3, median: 120, p90: 264, min: 60, max: 300))
        // acknowledge [30, 45, 90, 600]: median (45 + 90) / 2 = 67.5; p90 rank 2.7 → 90 + 0.7 * 510 = 447
        #expect(stats.overall.summary(.timeToAcknowledge) == expected(count: 4, median: 67.5, p90: 447, min: 30, max: 600))
        // identify [300, 600, 1500]: median 600; p90 rank 1.8 → 600 + 0.8 * 900 = 1320
        #expect(stats.overall.summary(.timeToIdentify) == expected(count: 3, median: 600, p90: 1320, min: 300, max: 1500))
        // mitigate [600, 900, 1800, 2400]: median 1350; p90 rank 2.7 → 1800 + 0.7 * 600 = 2220
        #expect(stats.overall.summary(.timeToMitigate) == expected(count: 4, median: 1350, p90: 2220, min: 600, max: 2400))
        // resolve [900, 1200, 3600, 7200]: median 2400; p90 6120
        #expect(stats.overall.summary(.timeToResolve) == expected(count: 4, median: 2400, p90: 6120, min: 900, max: 7200))
    }

    @Test func openIncidentsAreCountedApartAndLeftOutOfDurations() {
        // E (open) acknowledged in 20 s and detected in 30 s: neither reaches the figures.
        #expect(stats.overall.summary(.timeToAcknowledge).min == 30)
        #expect(stats.overall.summary(.timeToDetect).min == 60)
        #expect(stats.overall.summary(.timeToMitigate).count == 4)
        #expect(HistoryFixtures.records.filter(\.isOpen).map(\.source) == ["E.json"])
        let onlyOpen = IncidentStatistics(records: HistoryFixtures.records.filter(\.isOpen))
        #expect(onlyOpen.overall.incidents == 1 && onlyOpen.overall.open == 1)
        #expect(onlyOpen.overall.summaries.allSatisfy { $0.1.count == 0 })
    }

    // MARK: - Groups

    @Test func bySeverity() {
        let s = IncidentStatistics(records: HistoryFixtures.records, grouping: .severity)
        #expect(s.groups.map(\.key) == ["SEV1", "SEV2"])
        #expect(s.groups.map(\.incidents) == [3, 2])
        #expect(s.groups.map(\.open) == [1, 0])
        // SEV1 resolve [1200, 3600]: median 2400; p90 rank 0.9 → 1200 + 0.9 * 2400 = 3360
        #expect(s.groups[0].summary(.timeToResolve) == expected(count: 2, median: 2400, p90: 3360, min: 1200, max: 3600))
        // SEV2 resolve [900, 7200]: median 4050; p90 → 900 + 0.9 * 6300 = 6570
        #expect(s.groups[1].summary(.timeToResolve) == expected(count: 2, median: 4050, p90: 6570, min: 900, max: 7200))
        // the overall group does not change with a grouping
        #expect(s.overall == stats.overall)
    }

    @Test func byServiceCountsAnIncidentInEachOfItsServices() {
        let s = IncidentStatistics(records: HistoryFixtures.records, grouping: .service)
        #expect(s.groups.map(\.key) == ["api", "db", "(none)"])
        #expect(s.groups.map(\.incidents) == [3, 2, 1])
        // db: B and C, resolve [3600, 7200] → median 5400, p90 3600 + 0.9 * 3600 = 6840
        #expect(s.groups[1].summary(.timeToResolve) == expected(count: 2, median: 5400, p90: 6840, min: 3600, max: 7200))
        // api: A, B and the open E; identify only A has it
        #expect(s.groups[0].summary(.timeToIdentify) == expected(count: 1, median: 600, p90: 600, min: 600, max: 600))
    }

    @Test func byTag() {
        let s = IncidentStatistics(records: HistoryFixtures.records, grouping: .tag)
        #expect(s.groups.map(\.key) == ["database", "deploy", "(none)"])
        #expect(s.groups.map(\.incidents) == [2, 3, 1])
        #expect(s.groups.map(\.open) == [0, 1, 0])
    }

    @Test func byMonthOfDetectionInUTC() {
        let s = IncidentStatistics(records: HistoryFixtures.records, grouping: .month)
        #expect(s.groups.map(\.key) == ["2024-07", "2024-08"])
        #expect(s.groups.map(\.incidents) == [2, 3])
        // August: C and D resolved, E open; detect only C → 300
        #expect(s.groups[1].summary(.timeToDetect) == expected(count: 1, median: 300, p90: 300, min: 300, max: 300))
        #expect(HistoryFixtures.records[2].month == "2024-08")
        #expect(s.monthRange == ["2024-07", "2024-08"])
    }

    @Test func monthRangeFillsGaps() {
        var records = HistoryFixtures.records
        records[0].detected = HistoryFixtures.date("2023-11-30T12:00:00Z")
        #expect(IncidentStatistics(records: records).monthRange == ["2023-11", "2023-12", "2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08"])
    }

    @Test func recordWithoutDetectionFilesUnderNone() {
        var records = HistoryFixtures.records
        records[3].detected = nil
        let s = IncidentStatistics(records: records, grouping: .month)
        #expect(s.groups.map(\.key) == ["2024-07", "2024-08", "(none)"])
    }

    @Test func humanDurations() {
        #expect(IncidentStatistics.humanDuration(42) == "42 s")
        #expect(IncidentStatistics.humanDuration(264) == "4 min 24 s")
        #expect(IncidentStatistics.humanDuration(1320) == "22 min")
        #expect(IncidentStatistics.humanDuration(6120) == "1 h 42 min")
        #expect(IncidentStatistics.humanDuration(158_212) == "1 d 19 h 56 min")
        #expect(IncidentStatistics.humanDuration(67.5) == "1 min 8 s")
        #expect(IncidentStatistics.humanDuration(nil as Double?) == "-")
    }

    func expected(count: Int, median: Double, p90: Double, min: Int, max: Int) -> DurationSummary {
        var s = DurationSummary([])
        s.count = count
        s.median = median
        s.p90 = p90
        s.min = min
        s.max = max
        return s
    }
}
