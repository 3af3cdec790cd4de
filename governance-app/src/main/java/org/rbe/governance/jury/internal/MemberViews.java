package org.rbe.governance.jury.internal;

import org.rbe.governance.citizens.CitizenProfile;
import org.rbe.governance.citizens.CitizenRegistry;
import org.rbe.governance.jury.MemberView;
import org.rbe.governance.jury.PanelView;

import java.util.List;
import java.util.Map;

/** Turns stored panels and members into the views of the jury API, joining the registry for names. */
public final class MemberViews {
    private MemberViews() {
    }

    public static PanelView panel(PanelEntity panel, List<MemberEntity> members, CitizenRegistry registry) {
        Map<Long, CitizenProfile> profiles = registry.byIds(members.stream().map(MemberEntity::getCitizenId).toList());
        List<MemberView> views = members.stream().map(m -> member(m, profiles.get(m.getCitizenId()))).toList();
        return new PanelView(panel.getId(), panel.getCaseId(), panel.getPurpose(), panel.getSeed(), panel.getSize(),
                panel.getAlgorithm(), panel.getDrawnAt(), views);
    }

    public static MemberView member(MemberEntity member, CitizenProfile profile) {
        if (profile == null) {
            return new MemberView(member.getCitizenId(), null, null, null, null, null, null,
                    member.getStatus(), member.getReplacedCitizenId());
        }
        return new MemberView(member.getCitizenId(), profile.username(), profile.fullName(), profile.region(),
                profile.ageBand(), profile.gender(), profile.education(), member.getStatus(),
                member.getReplacedCitizenId());
    }
}
