package cn.gov.legalprocurement.workflow;

import cn.gov.legalprocurement.calendar.DeadlineService;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.shared.PortalClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Due dates for the models' user tasks, e.g.
 * {@code camunda:dueDate="${deadlines.afterWorkingDays(execution, 'task-working-days')}"}:
 * the period is read from the rules of the project's jurisdiction.
 */
@Component("deadlines")
public class Deadlines {

    private final DeadlineService deadlineService;
    private final RulesService rules;
    private final PortalClock clock;

    public Deadlines(DeadlineService deadlineService, RulesService rules, PortalClock clock) {
        this.deadlineService = deadlineService;
        this.rules = rules;
        this.clock = clock;
    }

    public Date afterWorkingDays(VariableScope scope, String ruleKey) {
        return Date.from(end(scope, ruleKey));
    }

    /**
     * The last hour of the same period, for a timer that does what the period asks before it ends (the award
     * notice published by the portal when the purchaser has not published it).
     */
    public Date lastHourOfWorkingDays(VariableScope scope, String ruleKey) {
        return Date.from(end(scope, ruleKey).minus(Duration.ofHours(1)));
    }

    private Instant end(VariableScope scope, String ruleKey) {
        Rule rule = Rule.byKey(ruleKey).orElseThrow(() -> new IllegalArgumentException("Unknown rule " + ruleKey));
        int n = rules.forJurisdiction((String) scope.getVariable(ProcessModel.Vars.JURISDICTION)).workingDays(rule);
        return deadlineService.workingDaysEnd(clock.now(), n);
    }
}
