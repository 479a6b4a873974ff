package cn.gov.legalprocurement.performance;

import cn.gov.legalprocurement.catalogue.Measure;
import cn.gov.legalprocurement.contract.Contract;
import cn.gov.legalprocurement.contract.ContractIndicator;
import cn.gov.legalprocurement.contract.ContractService;
import cn.gov.legalprocurement.documents.DocumentArchive;
import cn.gov.legalprocurement.documents.StoredDocument;
import cn.gov.legalprocurement.portal.DocumentList;
import cn.gov.legalprocurement.portal.Facts;
import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.PdfUpload;
import cn.gov.legalprocurement.shared.PortalProperties;
import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import cn.gov.legalprocurement.workflow.ProcessModel;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The provider reports one period: the quantity delivered per measure of the contract's indicators
 * (service hours, cases, consultations, lectures...), a narrative and supporting PDFs.
 */
@TaskFormFor("performance-report")
class PerformanceReportForm extends TaskForm<ReportPerformanceHandler.Form> {

    private final ContractService contracts;
    private final PerformanceService performance;
    private final PortalProperties properties;
    private final DocumentArchive archive;
    private final Map<Measure, BigDecimalField> delivered = new LinkedHashMap<>();
    private final TextArea narrative = new TextArea();

    PerformanceReportForm(ContractService contracts, PerformanceService performance, PortalProperties properties,
                          DocumentArchive archive) {
        super(ReportPerformanceHandler.Form.class);
        this.archive = archive;
        this.contracts = contracts;
        this.performance = performance;
        this.properties = properties;
    }

    @Override
    public void load(TaskPage page) {
        long contractId = page.longVariable(ProcessModel.Vars.CONTRACT_ID);
        int periodNo = (int) page.longVariable(ProcessModel.PerformanceMonitoring.VAR_PERIOD_NO);
        Contract c = contracts.contract(contractId);
        PerformanceService.Period period = performance.period(contractId, periodNo);
        add(new Facts().add("contract.code", c.getCode()).add("contract.title", c.getTitle())
                .add("performance.period", getTranslation("performance.period-value", period.number(), period.count(),
                        Formats.date(period.start()), Formats.date(period.end()))));
        Map<Measure, BigDecimal> sofar = performance.delivered(contractId);
        FormLayout quantities = new FormLayout();
        for (ContractIndicator indicator : contracts.indicators(contractId)) {
            if (delivered.containsKey(indicator.getMeasure())) {
                continue;
            }
            BigDecimalField quantity = new BigDecimalField(getTranslation("measure." + indicator.getMeasure().name()));
            quantity.setHelperText(getTranslation("performance.target", indicator.getName(),
                    indicator.getTarget().stripTrailingZeros().toPlainString(),
                    sofar.getOrDefault(indicator.getMeasure(), BigDecimal.ZERO).stripTrailingZeros().toPlainString()));
            quantity.setId("delivered-" + indicator.getMeasure().name());
            delivered.put(indicator.getMeasure(), quantity);
            quantities.add(quantity);
        }
        field("delivered", quantities);
        narrative.setLabel(label("narrative"));
        narrative.setWidthFull();
        add(new H4(label("delivered")), quantities, field("narrative", narrative));
        // the files already attached to this contract's reports stay listed, also after a reload
        VerticalLayout files = new VerticalLayout();
        files.setPadding(false);
        files.setId("performance-files");
        Runnable showFiles = () -> {
            files.removeAll();
            List<StoredDocument> attached = archive.of(Contract.class, contractId).stream()
                    .filter(d -> PerformanceService.ATTACHMENT_KIND.equals(d.getKind())).toList();
            if (!attached.isEmpty()) {
                files.add(new DocumentList(archive, attached));
            }
        };
        add(new PdfUpload(getTranslation("performance.attachments"), properties.uploads().maxBytes(),
                (name, bytes) -> performance.attach(page.actor(), contractId, name, bytes),
                stored -> showFiles.run()), files);
        showFiles.run();
    }

    @Override
    public Optional<ReportPerformanceHandler.Form> read() {
        Map<Measure, BigDecimal> values = new EnumMap<>(Measure.class);
        boolean valid = true;
        for (var entry : delivered.entrySet()) {
            BigDecimal value = entry.getValue().getValue();
            if (value == null || value.signum() < 0) {
                entry.getValue().setErrorMessage(getTranslation("performance.quantity-required"));
                entry.getValue().setInvalid(true);
                valid = false;
            } else {
                entry.getValue().setInvalid(false);
                values.put(entry.getKey(), value);
            }
        }
        return valid ? Optional.of(new ReportPerformanceHandler.Form(values, narrative.getValue())) : Optional.empty();
    }
}
