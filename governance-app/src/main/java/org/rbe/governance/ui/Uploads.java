package org.rbe.governance.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.Locale;
import org.rbe.governance.shared.Messages;

/** The texts of Vaadin's upload component (its button, drop hint and refusals) in the reader's language. */
public final class Uploads {
    private Uploads() {
    }

    /** Gives {@code upload} its texts in {@code locale}; those not set here stay Vaadin's. */
    public static void translate(Upload upload, Locale locale) {
        UploadI18N i18n = new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(Messages.get(locale, "upload.addFile"))
                        .setMany(Messages.get(locale, "upload.addFiles")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(Messages.get(locale, "upload.dropFile"))
                        .setMany(Messages.get(locale, "upload.dropFiles")))
                .setError(new UploadI18N.Error().setTooManyFiles(Messages.get(locale, "upload.tooManyFiles"))
                        .setFileIsTooBig(Messages.get(locale, "upload.fileIsTooBig"))
                        .setIncorrectFileType(Messages.get(locale, "upload.incorrectFileType")));
        upload.setI18n(i18n);
    }
}
