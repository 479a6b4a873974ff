package cn.gov.legalprocurement.contract;

import cn.gov.legalprocurement.workflow.FormHandler;
import cn.gov.legalprocurement.workflow.ProcessModel.ContractFiling;
import cn.gov.legalprocurement.workflow.ProcessModel.Vars;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code Task_FileContract}: the purchaser files the signed contract's copy with the finance department. */
@Component
public class FileContractHandler extends FormHandler<FileContractHandler.Form> {

    public record Form(@NotNull @AssertTrue Boolean filed, @Size(max = ContractFilingService.NOTE_MAX) String note) {
    }

    private final ContractFilingService filing;

    FileContractHandler(ContractFilingService filing) {
        super(ContractFiling.TASK_FILE, Form.class);
        this.filing = filing;
    }

    @Override
    public Map<String, Object> complete(TaskContext context, Form form) {
        filing.file(context.actor(), context.longVariable(Vars.CONTRACT_ID), form.note());
        return Map.of();
    }
}
