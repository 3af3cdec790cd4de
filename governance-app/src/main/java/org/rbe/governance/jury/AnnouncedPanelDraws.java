package org.rbe.governance.jury;

import java.util.Set;
import org.rbe.governance.draws.AnnouncedDraws;
import org.rbe.governance.draws.DrawAnnouncement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A panel draw announced before it is made: {@link #announce} freezes the pool (everyone eligible but the excluded)
 * and announces it; {@link #draw} takes the public value, checks the pool is still the one announced and draws the
 * panel with the seed the value gives. Every process draws its panels this way.
 */
@Service
@Transactional
public class AnnouncedPanelDraws {
    private final Sortition sortition;
    private final AnnouncedDraws draws;

    AnnouncedPanelDraws(Sortition sortition, AnnouncedDraws draws) {
        this.sortition = sortition;
        this.draws = draws;
    }

    public DrawAnnouncement announce(long caseNumber, String purpose, int size, Set<Long> excludedCitizenIds) {
        Sortition.PoolSnapshot pool = sortition.pool(excludedCitizenIds);
        return draws.announce(caseNumber, purpose, pool.poolFileSha256(), null, pool.size(), size, Sortition.ALGORITHM);
    }

    /** Draws the panel of announcement {@code announcementId} with the public values entered; refused as in {@link AnnouncedDraws#reveal}. */
    public PanelView draw(long announcementId, Set<Long> excludedCitizenIds, String publicValues) {
        DrawAnnouncement revealed = draws.reveal(announcementId, sortition.pool(excludedCitizenIds).poolFileSha256(), null,
                publicValues);
        DrawAnnouncement.Terms terms = revealed.terms();
        PanelView panel = sortition.drawPanel(terms.caseNumber(), terms.purpose(), terms.size(), revealed.seed(),
                excludedCitizenIds);
        draws.drawn(announcementId, "panel:" + panel.id());
        return panel;
    }
}
