package org.rbe.governance.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Upload caps hold on the server, whatever size the browser declared. */
class UploadsTests {
    private final List<byte[]> received = new ArrayList<>();
    private final UploadHandler handler = Uploads.inMemory(1000, (meta, bytes) -> received.add(bytes));

    @Test
    void aFileWithinTheCapIsHandedOnAndOneOverItIsRefusedWhetherDeclaredOrNot() throws IOException {
        handler.handleUploadRequest(event(1000, 1000));
        assertThat(received).singleElement().satisfies(b -> assertThat(b).hasSize(1000));

        // declared larger: refused without reading
        assertThatThrownBy(() -> handler.handleUploadRequest(event(5_000_000, 1001))).isInstanceOf(IOException.class);
        // declared small (or unknown) but sending more: refused after the cap
        assertThatThrownBy(() -> handler.handleUploadRequest(event(10, 150_000))).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> handler.handleUploadRequest(event(-1, 1001))).isInstanceOf(IOException.class);
        assertThat(received).hasSize(1);
    }

    private static UploadEvent event(long declared, int sent) {
        UploadEvent event = mock(UploadEvent.class);
        UI ui = mock(UI.class);
        when(ui.getLocale()).thenReturn(Locale.ENGLISH);
        doAnswer(i -> {
            try {
                ((Command) i.getArgument(0)).execute();
            } catch (IllegalStateException noRealUi) {
                // the refusal's notification needs a real UI; what matters here is what reaches the callback
            }
            return null;
        }).when(ui).access(any(Command.class));
        when(event.getUI()).thenReturn(ui);
        when(event.getFileSize()).thenReturn(declared);
        when(event.getFileName()).thenReturn("file.csv");
        when(event.getInputStream()).thenReturn(new ByteArrayInputStream(new byte[sent]));
        return event;
    }
}
