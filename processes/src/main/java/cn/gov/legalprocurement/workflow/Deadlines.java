package cn.gov.legalprocurement.workflow;

import cn.gov.legalprocurement.calendar.DeadlineService;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.shared.PortalClock;
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
        Rule rule = Rule.byKey(ruleKey).orElseThrow(() -> new IllegalArgumentException("Unknown rule " + ruleKey));
        int n = rules.forJurisdiction((String) scope.getVariable(ProcessModel.Vars.JURISDICTION)).workingDays(rule);
        return Date.from(deadlineService.workingDaysEnd(clock.now(), n));
    }
}
