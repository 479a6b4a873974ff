package cn.gov.legalprocurement.portal;

import com.vaadin.flow.component.html.Span;
import java.time.Instant;

/** A live countdown to a deadline, ticking in the browser every second (no server round trips). */
public class Countdown extends Span {

    public Countdown(Instant deadline, String closedText) {
        addClassName("countdown");
        getElement().setAttribute("data-deadline", String.valueOf(deadline.toEpochMilli()));
        boolean english = PortalI18n.isEnglish(getLocale());
        getElement().executeJs("""
                const el = this, end = $0, closed = $1, en = $2;
                const tick = () => {
                  let s = Math.floor((end - Date.now()) / 1000);
                  if (s <= 0) { el.textContent = closed; el.classList.add('overdue'); clearInterval(el._timer); return; }
                  const d = Math.floor(s / 86400); s %= 86400;
                  const h = Math.floor(s / 3600); s %= 3600;
                  const m = Math.floor(s / 60); s %= 60;
                  el.textContent = en ? `${d} d ${h} h ${m} min ${s} s left` : `剩余 ${d} 天 ${h} 小时 ${m} 分 ${s} 秒`;
                };
                clearInterval(el._timer); tick(); el._timer = setInterval(tick, 1000);
                """, (double) deadline.toEpochMilli(), closedText, english);
    }
}
