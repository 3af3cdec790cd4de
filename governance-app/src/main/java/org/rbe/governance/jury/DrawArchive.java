package org.rbe.governance.jury;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.rbe.governance.citizens.CitizenProfile;
import org.rbe.governance.citizens.CitizenRegistry;
import org.rbe.governance.draws.AnnouncedDraws;
import org.rbe.governance.draws.DrawAnnouncement;
import org.rbe.governance.jury.internal.LotteryEntity;
import org.rbe.governance.jury.internal.LotteryRepository;
import org.rbe.governance.jury.internal.MemberEntity;
import org.rbe.governance.jury.internal.MemberRepository;
import org.rbe.governance.jury.internal.PanelDrawFiles;
import org.rbe.governance.jury.internal.PanelEntity;
import org.rbe.governance.jury.internal.PanelRepository;
import org.rbe.governance.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every draw as the public files anyone re-runs with {@code sortition-verify --record DIR}: the eligible pool
 * (registry numbers and stratification attributes, no names) and the record (see {@link PanelDrawFiles}); served at
 * {@code /public/draws/{panelId}/} and written by {@code simulate --out}.
 */
@Service
@Transactional(readOnly = true)
public class DrawArchive {
    private final PanelRepository panels;
    private final MemberRepository members;
    private final LotteryRepository lotteries;
    private final CitizenRegistry registry;
    private final AnnouncedDraws announcements;

    DrawArchive(PanelRepository panels, MemberRepository members, LotteryRepository lotteries, CitizenRegistry registry,
                AnnouncedDraws announcements) {
        this.announcements = announcements;
        this.panels = panels;
        this.members = members;
        this.lotteries = lotteries;
        this.registry = registry;
    }

    /** Every panel drawn so far, oldest first. */
    public List<Long> panelIds() {
        return panels.findAllByOrderByIdAsc().stream().map(PanelEntity::getId).toList();
    }

    /** The panels drawn for one case (by case number), oldest first. */
    public List<Long> panelIdsOfCase(long caseNumber) {
        return panels.findByCaseIdOrderByIdAsc(caseNumber).stream().map(PanelEntity::getId).toList();
    }

    /** The two files of a past draw. */
    public PanelDrawFiles.DrawFiles files(long panelId) {
        PanelEntity panel = panels.findById(panelId).orElseThrow(() -> new NotFoundException("jury.error.unknownPanel",
                panelId));
        Set<Long> excluded = panel.getExcluded();
        List<CitizenProfile> eligible = registry.all().stream().filter(c -> !excluded.contains(c.id())).toList();
        List<Long> drawn = members.findByPanelIdOrderByIdAsc(panelId).stream().filter(m -> m.getReplacedCitizenId() == null)
                .map(MemberEntity::getCitizenId).toList();
        return PanelDrawFiles.of(panel, eligible, lotteries.findById(panelId).map(LotteryEntity::getLotteryJson).orElse(null),
                drawn, announcements.bySeed(panel.getCaseId(), panel.getSeed()).map(DrawAnnouncement::published).orElse(null));
    }

    /** Writes the files of a past draw into {@code dir}. */
    public void write(long panelId, Path dir) throws IOException {
        PanelDrawFiles.write(dir, files(panelId));
    }
}
