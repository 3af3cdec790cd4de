package org.rbe.governance.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.rbe.governance.shared.Messages;

/**
 * Uploads on the screens: received in memory with a cap enforced on the server (the component's own limit is only
 * checked in the browser), and the component's texts (its button, drop hint and refusals) in the reader's language.
 */
public final class Uploads {
    private Uploads() {
    }

    /**
     * Receives one file of at most {@code maxBytes} into memory and hands it to {@code callback} under the UI's lock;
     * a larger file (declared or as sent) is refused without reading on, and the reader is told so.
     */
    public static UploadHandler inMemory(long maxBytes, InMemoryUploadCallback callback) {
        return event -> {
            byte[] data = new byte[0];
            if (event.getFileSize() <= maxBytes) {
                try (InputStream in = event.getInputStream()) {
                    data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
                }
            }
            UI ui = event.getUI();
            if (event.getFileSize() > maxBytes || data.length > maxBytes) {
                ui.access(() -> Notification.show(Messages.get(ui.getLocale(), "upload.fileIsTooBig")));
                throw new IOException("Upload over " + maxBytes + " bytes refused");
            }
            UploadMetadata metadata = new UploadMetadata(event.getFileName(), event.getContentType(), data.length);
            byte[] received = data;
            ui.access(() -> {
                try {
                    callback.complete(metadata, received);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        };
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
