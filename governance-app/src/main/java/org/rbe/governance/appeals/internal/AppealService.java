package org.rbe.governance.appeals.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.rbe.governance.appeals.AppealFiled;
import org.rbe.governance.appeals.AppealMessage;
import org.rbe.governance.appeals.AppealNotice;
import org.rbe.governance.appeals.AppealPanelView;
import org.rbe.governance.appeals.AppealView;
import org.rbe.governance.appeals.Appeals;
import org.rbe.governance.appeals.Attachment;
import org.rbe.governance.appeals.AttachmentView;
import org.rbe.governance.appeals.internal.AppealStore.Appeal;
import org.rbe.governance.appeals.internal.AppealStore.Panel;
import org.rbe.governance.appeals.internal.AppealStore.Sanction;
import org.rbe.governance.citizens.CitizenProfile;
import org.rbe.governance.citizens.CitizenRegistry;
import org.rbe.governance.conflicts.CaseRoles;
import org.rbe.governance.jury.InvitationView;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.security.AccessDeniedException;
import org.rbe.governance.security.Actor;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.security.Role;
import org.rbe.governance.shared.CaseNumbers;
import org.rbe.governance.shared.Messages;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Appeals for the people in them; filing one starts the {@code sanction-appeal} process. */
@Service
@Transactional
class AppealService implements Appeals {
    static final String PROCESS_KEY = "sanction-appeal";
    static final int MAX_ATTACHMENTS = 5;
    static final int MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
    private final AppealStore store;
    private final CitizenRegistry registry;
    private final CurrentUser currentUser;
    private final CaseRoles roles;
    private final Sortition sortition;
    private final RuntimeService runtime;
    private final ApplicationEventPublisher events;

    private final Clock clock;
    AppealService(AppealStore store, CitizenRegistry registry, CurrentUser currentUser, CaseRoles roles,
                  Sortition sortition, RuntimeService runtime, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.store = store;
        this.registry = registry;
        this.currentUser = currentUser;
        this.roles = roles;
        this.sortition = sortition;
        this.runtime = runtime;
        this.events = events;
    }

    @Override
    public AppealView file(long sanctionId, String statement, List<Attachment> attachments) {
        Actor me = currentUser.actor();
        Sanction sanction = store.sanctionOrThrow(sanctionId);
        if (me.citizenId() == null || me.citizenId() != sanction.citizenId()) {
            throw new AccessDeniedException("appeals.error.notYourSanction", sanctionId);
        }
        if (statement == null || statement.isBlank() || statement.trim().length() > 4000) {
            throw new UserFacingException("appeals.error.statementRequired", 4000);
        }
        List<Attachment> files = attachments == null ? List.of() : attachments;
        if (files.size() > MAX_ATTACHMENTS || files.stream().anyMatch(f -> f.fileName() == null || f.fileName().isBlank()
                || f.content() == null || f.content().length == 0 || f.content().length > MAX_ATTACHMENT_BYTES)) {
            throw new UserFacingException("appeals.error.badAttachments", MAX_ATTACHMENTS, MAX_ATTACHMENT_BYTES / (1024 * 1024));
        }
        for (Appeal earlier : store.appealsOfSanction(sanctionId)) {
            if (!AppealView.REFUSED.equals(earlier.stage())) {
                throw new UserFacingException(AppealView.DECIDED.equals(earlier.stage())
                        ? "appeals.error.alreadyDecided" : "appeals.error.alreadyPending", sanctionId);
            }
        }
        Instant now = clock.instant();
        long appealId = store.insertAppeal(sanctionId, AppealView.APPEAL, sanction.citizenId(), statement.trim(),
                sanction.currentMeasure(), now, LocalDate.now(clock));
        for (Attachment file : files) {
            store.insertAttachment(appealId, file.fileName().trim(), AppealMinutesAssembler.sha256(file.content()),
                    file.content(), now);
        }
        start(appealId, sanction);
        return view(store.appealOrThrow(appealId));
    }

    @Override
    public int openDueIsolationReviews(LocalDate today) {
        int opened = 0;
        for (Sanction sanction : store.isolationReviewsDue(today)) {
            boolean pending = store.appealsOfSanction(sanction.id()).stream()
                    .anyMatch(a -> !AppealView.REFUSED.equals(a.stage()) && !AppealView.DECIDED.equals(a.stage()));
            if (pending) {
                continue;
            }
            long appealId = store.insertAppeal(sanction.id(), AppealView.ISOLATION_REVIEW, sanction.citizenId(),
                    Messages.english("appeals.reviewStatement", sanction.reviewDue()), sanction.currentMeasure(),
                    clock.instant(), today);
            store.updateSanction(sanction.id(), sanction.status(), sanction.currentMeasure(), null);
            start(appealId, sanction);
            opened++;
        }
        return opened;
    }

    private void start(long appealId, Sanction sanction) {
        long caseNumber = CaseNumbers.appeal(appealId);
        roles.assign(caseNumber, AppealRoles.APPELLANT, sanction.citizenId());
        registry.byUsername(sanction.imposedBy()).map(CitizenProfile::id)
                .ifPresent(imposer -> roles.assign(caseNumber, AppealRoles.IMPOSER, imposer));
        Appeal appeal = store.appealOrThrow(appealId);
        store.insertEvent(appealId, AppealView.FILED, AppealView.ISOLATION_REVIEW.equals(appeal.kind())
                ? "appeals.timeline.reviewOpened" : "appeals.timeline.filed", appealId, sanction.id(), appeal.filedOn());
        events.publishEvent(new AppealFiled(appealId, sanction.id(), sanction.citizenId(), appeal.kind()));
        String instance = runtime.startProcessInstanceByKey(PROCESS_KEY, "appeal-" + appealId,
                Map.of("caseId", caseNumber, "appealId", appealId)).getProcessInstanceId();
        store.setProcessInstance(appealId, instance);
    }

    @Override
    @Transactional(readOnly = true)
    public AppealView get(long appealId) {
        Appeal appeal = store.appealOrThrow(appealId);
        requireReader(appeal);
        return view(appeal);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AppealView> ofSanction(long sanctionId) {
        return store.appealsOfSanction(sanctionId).stream().filter(this::mayRead).map(this::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AppealView> mine() {
        Long citizenId = currentUser.actor().citizenId();
        return citizenId == null ? List.of() : store.appealsBy(citizenId).stream().map(this::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AppealView> onMyPanels() {
        Actor me = currentUser.actor();
        List<Long> panels = sortition.myInvitations().stream().filter(i -> PanelDraw.PURPOSE.equals(i.purpose()))
                .map(InvitationView::panelId).toList();
        java.util.Map<Long, Appeal> appeals = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        store.appealsWithPanels(panels).forEach(a -> appeals.put(a.id(), a));
        store.appealsWithExpert(me.username()).forEach(a -> appeals.put(a.id(), a));
        return appeals.values().stream().map(this::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AppealPanelView> panels(long appealId) {
        requireReader(store.appealOrThrow(appealId));
        return store.panels(appealId).stream().map(this::panelView).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AppealPanelView> currentPanel(long appealId) {
        requireReader(store.appealOrThrow(appealId));
        return store.currentPanel(appealId).map(this::panelView);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<java.time.Instant> decisionDeadlineOfPanel(long juryPanelId) {
        return store.panelByJuryPanel(juryPanelId).map(Panel::decisionDeadline);
    }

    @Override
    public AppealMessage post(long appealId, String body) {
        Appeal appeal = store.appealOrThrow(appealId);
        Actor me = currentUser.actor();
        String role = hearingRole(appeal, me);
        if (body == null || body.isBlank() || body.trim().length() > 4000) {
            throw new UserFacingException("appeals.error.messageRequired", 4000);
        }
        Instant now = clock.instant();
        long id = store.insertMessage(appealId, me.username(), role, body.trim(), now);
        return new AppealMessage(id, appealId, me.username(), me.displayName(), role, body.trim(), now);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AppealMessage> messages(long appealId) {
        requireReader(store.appealOrThrow(appealId));
        return store.messages(appealId, this::displayName);
    }

    @Override
    public void proposeMeasure(long appealId, String measure) {
        Appeal appeal = store.appealOrThrow(appealId);
        Actor me = currentUser.actor();
        String role = hearingRole(appeal, me);
        if (AppealRoles.APPELLANT.equals(role)) {
            throw new AccessDeniedException("appeals.error.panelOnly");
        }
        if (measure == null || measure.isBlank() || measure.trim().length() > 1000) {
            throw new UserFacingException("appeals.error.measureRequired", 1000);
        }
        Panel panel = store.currentPanel(appealId).orElseThrow();
        store.proposeMeasure(panel.id(), measure.trim(), me.username());
        store.insertEvent(appealId, AppealView.HEARING, "appeals.timeline.measureProposed", me.displayName(), measure.trim());
    }

    @Override
    @Transactional(readOnly = true)
    public List<AttachmentView> attachments(long appealId) {
        requireReader(store.appealOrThrow(appealId));
        return store.attachments(appealId);
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] attachment(long appealId, long attachmentId) {
        requireReader(store.appealOrThrow(appealId));
        return store.attachmentContent(appealId, attachmentId)
                .orElseThrow(() -> new UserFacingException("appeals.error.unknownAttachment", attachmentId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<AppealNotice> myNotices(Locale locale) {
        Long citizenId = currentUser.actor().citizenId();
        if (citizenId == null) {
            return List.of();
        }
        return store.noticesOf(citizenId).stream()
                .map(n -> new AppealNotice(n.id(), n.appealId(), Messages.get(locale, n.key(), (Object[]) n.args()), n.at()))
                .toList();
    }

    /** The hearing role of {@code me} while the hearing is open: APPELLANT, EXPERT or PANELIST (accepted only). */
    private String hearingRole(Appeal appeal, Actor me) {
        if (!AppealView.HEARING.equals(appeal.stage())) {
            throw new UserFacingException("appeals.error.hearingClosed", appeal.id());
        }
        Panel panel = store.currentPanel(appeal.id()).orElseThrow();
        if (me.citizenId() != null && me.citizenId() == appeal.appellantId()) {
            return AppealRoles.APPELLANT;
        }
        if (me.username().equals(panel.expert())) {
            return AppealRoles.EXPERT;
        }
        if (me.citizenId() != null && sortition.isAcceptedMember(panel.juryPanelId(), me.citizenId())) {
            return AppealRoles.PANELIST;
        }
        throw new AccessDeniedException("appeals.error.notOnHearing", appeal.id());
    }

    private void requireReader(Appeal appeal) {
        if (!mayRead(appeal)) {
            throw new AccessDeniedException("appeals.error.notYourAppeal", appeal.id());
        }
    }

    private boolean mayRead(Appeal appeal) {
        Actor me = currentUser.actor();
        if (me.has(Role.ADMIN) || me.citizenId() != null && me.citizenId() == appeal.appellantId()) {
            return true;
        }
        if (me.citizenId() != null && roles.roleOf(CaseNumbers.appeal(appeal.id()), me.citizenId()).isPresent()) {
            return true;
        }
        return store.panels(appeal.id()).stream().anyMatch(p -> p.expert().equals(me.username()));
    }

    private AppealView view(Appeal a) {
        String name = registry.byId(a.appellantId()).map(CitizenProfile::fullName).orElse("");
        return new AppealView(a.id(), CaseNumbers.appeal(a.id()), a.sanctionId(), a.kind(), a.appellantId(), name,
                a.statement(), a.filedAt(), a.stage(), a.suspended(), a.outcome(), a.decidedMeasure(), a.decisionRule(),
                a.decidedAt(), a.documentId(), a.processInstanceId());
    }

    private AppealPanelView panelView(Panel p) {
        return new AppealPanelView(p.id(), p.appealId(), p.round(), p.juryPanelId(), p.citizenSeed(), p.expert(),
                p.expertSeed(), p.drawnAt(), p.hearingAt(), p.decisionDeadline(), p.status(), p.voteId(), p.votesHeld(),
                p.advice(), p.adviceText(), p.advisedAt(), p.proposedMeasure(), p.proposedBy(), p.replacedReason(),
                sortition.panel(p.juryPanelId()).members());
    }

    private String displayName(String username) {
        return registry.byUsername(username).map(CitizenProfile::fullName).orElse(username);
    }
}
