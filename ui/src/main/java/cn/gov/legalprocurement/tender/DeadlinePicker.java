package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.shared.PortalClock;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.Duration;

/**
 * A picker for a bid or final-quotation deadline, in half hours: a rest day is refused or warned about as the
 * jurisdiction's rule says, before the form is sent.
 */
public class DeadlinePicker extends DateTimePicker {

    public DeadlinePicker(String label, TenderDocumentsService tenderDocuments, long projectId) {
        super(label);
        setStep(Duration.ofMinutes(30));
        addValueChangeListener(e -> setHelperText(e.getValue() == null ? null
                : switch (tenderDocuments.deadlineDay(projectId, e.getValue().atZone(PortalClock.ZONE).toInstant())) {
                    case WORKING_DAY -> null;
                    case REST_DAY_ALLOWED -> getTranslation("tender.deadline-rest-day-warning");
                    case REST_DAY_REFUSED -> getTranslation("tender.deadline-rest-day-refused");
                }));
    }
}
