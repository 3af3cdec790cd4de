package org.rbe.governance.jury.ui;

import jakarta.annotation.PreDestroy;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.rbe.governance.citizens.CitizenProfile;
import org.rbe.governance.citizens.CitizenRegistry;
import org.rbe.governance.jury.internal.InvitationLottery;
import org.rbe.governance.jury.internal.Quota;
import org.rbe.governance.jury.internal.SelectionFiles;
import org.rbe.governance.jury.internal.SelectionInstance;
import org.rbe.governance.jury.internal.SelectionRun;
import org.rbe.governance.jury.internal.StratifiedSelection;
import org.rbe.governance.jury.internal.TwoStageDraw;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.security.Role;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the sortition screen asks of the jury module, for administrators only: a selection loaded from the
 * practitioners' files or from the registry, and its probabilities computed on a background worker (one at a time:
 * the computation takes a core) within a time budget.
 */
@Component
class SelectionDesk {
    private final CurrentUser currentUser;
    private final CitizenRegistry registry;
    private final Executor worker;
    private final long budgetMillis;

    @Autowired
    SelectionDesk(CurrentUser currentUser, CitizenRegistry registry,
                  @Value("${governance.jury.admin-budget-seconds:120}") int budgetSeconds) {
        this(currentUser, registry, Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "sortition-desk");
            thread.setDaemon(true);
            return thread;
        }), budgetSeconds * 1000L);
    }

    SelectionDesk(CurrentUser currentUser, CitizenRegistry registry, Executor worker, long budgetMillis) {
        this.currentUser = currentUser;
        this.registry = registry;
        this.worker = worker;
        this.budgetMillis = budgetMillis;
    }

    long budgetSeconds() {
        return budgetMillis / 1000;
    }

    /** Reads the two uploaded files; a file that cannot be used is refused with the reason (file and line). */
    SelectionInstance fromFiles(String categoriesName, byte[] categories, String peopleName, byte[] people, int k) {
        currentUser.require(Role.ADMIN);
        try {
            return SelectionFiles.read(categoriesName, categories, peopleName, people, k);
        } catch (SelectionFiles.BadInput e) {
            throw new UserFacingException("sortition.ui.badFiles", e);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("sortition.ui.badFiles", e.getMessage());
        }
    }

    /**
     * The pool as the decision cycle forms it: {@code invitations} citizens invited by the seeded lottery (one per
     * household), with quotas proportional to the whole registry; ids are citizen numbers.
     */
    SelectionInstance fromRegistry(int k, int invitations, long invitationSeed) {
        currentUser.require(Role.ADMIN);
        List<CitizenProfile> all = registry.all().stream().sorted(Comparator.comparingLong(CitizenProfile::id)).toList();
        if (k <= 0 || invitations < k) {
            throw new UserFacingException("sortition.ui.badInvitations", k, invitations);
        }
        List<Quota> quotas = StratifiedSelection.proportionalQuotas(all, k, CitizenProfile.CATEGORIES);
        List<CitizenProfile> invited = InvitationLottery.invite(all, invitations, invitationSeed, true);
        if (invited.size() < k) {
            throw new UserFacingException("jury.error.poolTooSmall", k, invited.size());
        }
        return TwoStageDraw.instance(invited, quotas, k);
    }

    /** Computes the probabilities off the caller's thread; the future fails with what {@link SelectionRun#prepare} throws. */
    CompletableFuture<SelectionRun.Prepared> compute(SelectionInstance instance, String algorithm) {
        currentUser.require(Role.ADMIN);
        return CompletableFuture.supplyAsync(() -> SelectionRun.prepare(instance, algorithm, budgetMillis), worker);
    }

    @PreDestroy
    void stop() {
        if (worker instanceof ExecutorService service) {
            service.shutdownNow();
        }
    }
}
