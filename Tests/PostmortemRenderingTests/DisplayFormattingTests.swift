import Foundation
import Testing

@testable import PostmortemRendering

@Suite struct DisplayFormattingTests {
    @Test(arguments: [
        (0, "0 s"), (42, "42 s"), (60, "1 min"), (425, "7 min 5 s"), (1_445, "24 min"), (5_040, "1 h 24 min"),
        (7_200, "2 h"), (97_200, "1 d 3 h"), (-90, "−1 min 30 s"),
    ])
    func durationsReadLikeAPersonWouldWriteThem(seconds: Int, text: String) {
        #expect(DisplayFormatting.duration(seconds) == text)
    }

    @Test func zonesAreNamedByTheirUsualAbbreviation() throws {
        let winter = Date(timeIntervalSince1970: 1_741_871_398)  // 2025-03-13
        let summer = Date(timeIntervalSince1970: 1_721_050_540)  // 2024-07-15
        #expect(DisplayFormatting.abbreviation(of: try #require(TimeZone(identifier: "Europe/Berlin")), at: winter) == "CET")
        #expect(DisplayFormatting.abbreviation(of: try #require(TimeZone(identifier: "Europe/Berlin")), at: summer) == "CEST")
        #expect(DisplayFormatting.abbreviation(of: try #require(TimeZone(identifier: "America/New_York")), at: summer) == "EDT")
        #expect(DisplayFormatting.abbreviation(of: try #require(TimeZone(identifier: "UTC")), at: summer) == "UTC")
    }

    @Test func timesOnAnotherDayCarryTheirDate() throws {
        let zone = try #require(TimeZone(identifier: "America/New_York"))
        let start = Date(timeIntervalSince1970: 1_721_050_540)  // 2024-07-15 09:35:40 EDT
        let f = DisplayFormatting(zone: zone, reference: start)
        #expect(f.time(start) == "09:35:40")
        #expect(f.time(start.addingTimeInterval(86_400)) == "2024-07-16 09:35:40")
        #expect(f.dateTime(start) == "2024-07-15 09:35:40 EDT")
        #expect(f.longDay(start) == "Monday, 15 July 2024")
    }
}
