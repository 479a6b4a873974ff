package cn.gov.legalprocurement.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** Every text of Vaadin's upload widget in the user's language (the widget's own are English). */
public final class UploadTexts {

    private UploadTexts() {
    }

    /** The widget's texts, with this add-button label and this drop label. */
    public static UploadI18N of(Component where, String add, String drop) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop));
        i18n.setFile(new UploadI18N.File().setRemove(where.getTranslation("upload.remove"))
                .setRetry(where.getTranslation("upload.retry")).setStart(where.getTranslation("upload.start")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(where.getTranslation("upload.connecting"))
                        .setStalled(where.getTranslation("upload.stalled")).setProcessing(where.getTranslation("upload.processing"))
                        .setHeld(where.getTranslation("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(where.getTranslation("upload.remaining"))
                        .setUnknown(where.getTranslation("upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(where.getTranslation("upload.server-unavailable"))
                        .setUnexpectedServerError(where.getTranslation("upload.server-error"))
                        .setForbidden(where.getTranslation("upload.forbidden"))));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(where.getTranslation("upload.too-big"))
                .setIncorrectFileType(where.getTranslation("upload.wrong-type")).setTooManyFiles(where.getTranslation("upload.too-many")));
        i18n.setUnits(List.of("B", "KB", "MB", "GB", "TB"));
        return i18n;
    }
}
