package org.rbe.governance.jury.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.Optional;
import java.util.function.Consumer;
import org.rbe.governance.jury.internal.SelectionInstance;
import org.rbe.governance.shared.Messages;
import org.rbe.governance.shared.UserFacingException;
import org.rbe.governance.ui.Notices;
import org.rbe.governance.ui.Uploads;

/**
 * Where the selection comes from: the two practitioners' files (quotas + people, either format) or the registry's
 * citizens invited by lottery with quotas proportional to the registry; and the panel size.
 */
final class PoolLoader extends Composite<VerticalLayout> {
    static final String FILES = "files";
    static final String REGISTRY = "registry";
    static final int MAX_BYTES = 20 * 1024 * 1024;

    private final SelectionDesk desk;
    private final Consumer<SelectionInstance> onLoad;
    final RadioButtonGroup<String> source = new RadioButtonGroup<>();
    final Upload categoriesUpload = new Upload(Uploads.inMemory(MAX_BYTES, (meta, bytes) -> received(true, meta.fileName(), bytes)));
    final Upload peopleUpload = new Upload(Uploads.inMemory(MAX_BYTES, (meta, bytes) -> received(false, meta.fileName(), bytes)));
    final IntegerField panelSize = new IntegerField();
    final IntegerField invitations = new IntegerField();
    final TextField invitationSeed = new TextField();
    final Button load = new Button();
    private final Paragraph received = new Paragraph();
    private final Div outcome = new Div();
    private final VerticalLayout files = new VerticalLayout();
    private final HorizontalLayout registry = new HorizontalLayout();
    private String categoriesName;
    private byte[] categories;
    private String peopleName;
    private byte[] people;

    PoolLoader(SelectionDesk desk, Consumer<SelectionInstance> onLoad) {
        this.desk = desk;
        this.onLoad = onLoad;
        source.setId("pool-source");
        source.setItems(FILES, REGISTRY);
        source.setItemLabelGenerator(s -> getTranslation("sortition.load.source." + s));
        source.setValue(FILES);
        source.addValueChangeListener(e -> {
            files.setVisible(FILES.equals(e.getValue()));
            registry.setVisible(REGISTRY.equals(e.getValue()));
        });
        setUp(categoriesUpload, "upload-categories", "sortition.load.categories");
        setUp(peopleUpload, "upload-people", "sortition.load.people");
        received.setId("files-received");
        files.setPadding(false);
        files.add(new Paragraph(getTranslation("sortition.load.formats")), new Paragraph(getTranslation("sortition.load.categories")),
                categoriesUpload, new Paragraph(getTranslation("sortition.load.people")), peopleUpload, received);
        panelSize.setId("panel-size");
        panelSize.setLabel(getTranslation("sortition.load.panelSize"));
        panelSize.setMin(1);
        panelSize.setStepButtonsVisible(true);
        invitations.setId("invitations");
        invitations.setLabel(getTranslation("sortition.load.invitations"));
        invitations.setHelperText(getTranslation("sortition.load.invitationsHint"));
        invitations.setMin(1);
        invitationSeed.setId("invitation-seed");
        invitationSeed.setLabel(getTranslation("sortition.load.invitationSeed"));
        invitationSeed.setValue("1");
        registry.add(invitations, invitationSeed);
        registry.setVisible(false);
        load.setId("load");
        load.setText(getTranslation("sortition.load.button"));
        load.addClickListener(e -> load());
        outcome.setId("load-outcome");
        HorizontalLayout sizeRow = new HorizontalLayout(panelSize, load);
        sizeRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        getContent().setPadding(false);
        getContent().add(source, files, registry, sizeRow, outcome);
    }

    /** The panel size as entered, when it is a positive whole number. */
    Optional<Integer> panelSize() {
        return Optional.ofNullable(panelSize.getValue()).filter(k -> k > 0);
    }

    private void setUp(Upload upload, String id, String label) {
        upload.setId(id);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        Uploads.translate(upload, getLocale());
        upload.getElement().setAttribute("aria-label", getTranslation(label));
        upload.addFileRejectedListener(e -> refuse(getTranslation("sortition.load.fileRejected", e.getErrorMessage())));
    }

    private void received(boolean categoriesFile, String name, byte[] bytes) {
        if (categoriesFile) {
            categoriesName = name;
            categories = bytes;
        } else {
            peopleName = name;
            people = bytes;
        }
        received.setText(getTranslation("sortition.load.received", categoriesName == null ? "—" : categoriesName,
                peopleName == null ? "—" : peopleName));
    }

    void load() {
        outcome.removeAll();
        try {
            int k = panelSize().orElseThrow(() -> new UserFacingException("sortition.load.needPanelSize"));
            SelectionInstance instance;
            if (REGISTRY.equals(source.getValue())) {
                long seed;
                try {
                    seed = Long.parseLong(invitationSeed.getValue().trim());
                } catch (NumberFormatException e) {
                    throw new UserFacingException("sortition.draw.badSeed", invitationSeed.getValue());
                }
                int invited = invitations.getValue() == null ? 8 * k : invitations.getValue();
                instance = desk.fromRegistry(k, invited, seed);
            } else {
                if (categories == null || people == null) {
                    throw new UserFacingException("sortition.load.needFiles");
                }
                instance = desk.fromFiles(categoriesName, categories, peopleName, people, k);
            }
            Paragraph ok = new Paragraph(getTranslation("sortition.load.loaded", instance.size(),
                    instance.categories().size(), instance.featureCount(), instance.k()));
            ok.setId("load-summary");
            outcome.add(ok);
            onLoad.accept(instance);
        } catch (UserFacingException e) {
            refuse(Messages.get(getLocale(), e.messageKey(), e.args()));
            Notices.error(e);
        }
    }

    private void refuse(String text) {
        outcome.removeAll();
        Paragraph refusal = new Paragraph(text);
        refusal.setId("load-refusal");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)").set("background", "var(--lumo-error-color-10pct)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("border-radius", "6px")
                .set("white-space", "pre-line");
        outcome.add(refusal);
    }
}
