package org.csp.governance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.csp.governance.config.GovernanceConfig;
import org.junit.jupiter.api.Test;

/** The bank holidays the service ships with (England and Wales, 2018 to 2030) and how far they reach. */
@QuarkusTest
class BankHolidaysTest {

    @Inject
    GovernanceConfig config;

    /** Easter Sunday (the anonymous Gregorian algorithm). */
    static LocalDate easter(int year) {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        return LocalDate.of(year, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1);
    }

    @Test
    void aMeetingOn17December2026HasItsDeadlineOn5January2027AfterChristmasBoxingDayAndNewYear() {
        assertEquals(Optional.of(LocalDate.of(2027, 1, 5)), config.referralRule().deadline(LocalDate.of(2026, 12, 17), null));
        assertEquals(Optional.of(LocalDate.of(2019, 2, 26)), config.referralRule().deadline(LocalDate.of(2019, 2, 12), null));
    }

    @Test
    void theShippedBankHolidaysAreThoseOfEnglandAndWalesFrom2018To2030() {
        List<LocalDate> days = config.calendar().bankHolidays();
        for (LocalDate day : days) {
            assertTrue(day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY,
                    day + " falls at a weekend: a substitute day is missing");
        }
        Map<Integer, Long> perYear = days.stream().collect(Collectors.groupingBy(LocalDate::getYear, TreeMap::new, Collectors.counting()));
        Map<Integer, Long> expected = new TreeMap<>();
        for (int year = 2018; year <= 2030; year++) {
            expected.put(year, year == 2022 ? 10L : year == 2023 ? 9L : 8L);
            LocalDate easter = easter(year);
            assertTrue(days.contains(easter.minusDays(2)), "Good Friday " + year);
            assertTrue(days.contains(easter.plusDays(1)), "Easter Monday " + year);
        }
        assertEquals(expected, perYear);
        for (String extra : List.of("2020-05-08", "2020-12-28", "2021-12-27", "2021-12-28", "2022-01-03", "2022-06-02", "2022-06-03",
                "2022-09-19", "2022-12-27", "2023-01-02", "2023-05-08", "2026-12-28", "2027-12-27", "2027-12-28", "2028-01-03")) {
            assertTrue(days.contains(LocalDate.parse(extra)), extra);
        }
    }

    @Test
    void readinessSaysHowFarTheConfiguredBankHolidaysReachWithoutFailing() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Bank holidays' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Bank holidays' }.data.configuredThrough", equalTo(2030));
    }
}
