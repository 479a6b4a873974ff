package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.calendar.DeadlineService;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RuleBook;
import java.time.Duration;
import java.time.Instant;

/**
 * The clock an award starts for the written contract: the last moment to sign ({@code contract-signing-days}
 * after the award, 政府采购法 art. 46, moved to the next working day when it ends on a rest day) and the
 * moment the head is warned ({@code contract-signing-escalation-days-before} earlier).
 */
public record SigningClock(Instant deadline, Instant escalationAt) {

    static SigningClock startingAt(Instant awarded, RuleBook book, DeadlineService deadlines) {
        Instant deadline = deadlines.daysEnd(awarded, book.days(Rule.CONTRACT_SIGNING_DAYS));
        return new SigningClock(deadline, deadline.minus(Duration.ofDays(book.days(Rule.CONTRACT_SIGNING_ESCALATION_DAYS_BEFORE))));
    }
}
