package cn.gov.legalprocurement.portal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the portal warns: a task due within {@code deadlineWarning} turns amber (overdue is red), a task
 * younger than {@code newTask} counts as new in the notification centre, which refreshes every {@code poll}.
 */
@ConfigurationProperties("portal.ui")
public record UiProperties(@DefaultValue("3d") Duration deadlineWarning, @DefaultValue("1d") Duration newTask,
                           @DefaultValue("2m") Duration poll) {
}
