package org.rbe.governance.jury;

import org.rbe.governance.jury.internal.LotteryEntity;
import org.rbe.governance.jury.internal.LotteryRepository;
import org.rbe.governance.jury.internal.MemberEntity;
import org.rbe.governance.jury.internal.MemberRepository;
import org.rbe.governance.jury.internal.PanelEntity;
import org.rbe.governance.jury.internal.PanelRepository;
import org.rbe.governance.jury.internal.ReplacementEntity;
import org.rbe.governance.jury.internal.ReplacementRepository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** In-memory stand-ins for the jury repositories, assigning ids as the database would. */
final class InMemoryJuryStore {
    final List<PanelEntity> panelRows = new ArrayList<>();
    final List<MemberEntity> memberRows = new ArrayList<>();
    final List<ReplacementEntity> replacementRows = new ArrayList<>();
    private long nextId = 1;

    final PanelRepository panels = new PanelRepository() {
        @Override
        public <S extends PanelEntity> S save(S panel) {
            if (panel.getId() == null) {
                panel.setId(nextId++);
                panelRows.add(panel);
            }
            return panel;
        }

        @Override
        public Optional<PanelEntity> findById(Long id) {
            return panelRows.stream().filter(p -> p.getId().equals(id)).findFirst();
        }

        @Override
        public Optional<PanelEntity> findFirstByCaseIdOrderByIdDesc(long caseId) {
            return panelRows.stream().filter(p -> p.getCaseId() == caseId).max(Comparator.comparing(PanelEntity::getId));
        }

        @Override
        public List<PanelEntity> findAllByOrderByIdAsc() {
            return panelRows.stream().sorted(Comparator.comparing(PanelEntity::getId)).toList();
        }

        @Override
        public List<PanelEntity> findByCaseIdOrderByIdAsc(long caseId) {
            return findAllByOrderByIdAsc().stream().filter(p -> p.getCaseId() == caseId).toList();
        }
    };

    final MemberRepository members = new MemberRepository() {
        @Override
        public <S extends MemberEntity> S save(S member) {
            if (member.getId() == null) {
                boolean duplicate = memberRows.stream().anyMatch(m -> m.getPanelId() == member.getPanelId()
                        && m.getCitizenId() == member.getCitizenId());
                if (duplicate) {
                    throw new IllegalStateException("unique (panel_id, citizen_id) violated");
                }
                member.setId(nextId++);
                memberRows.add(member);
            }
            return member;
        }

        @Override
        public <S extends MemberEntity> List<S> saveAll(Iterable<S> all) {
            List<S> saved = new ArrayList<>();
            all.forEach(m -> saved.add(save(m)));
            return saved;
        }

        @Override
        public List<MemberEntity> findByPanelIdOrderByIdAsc(long panelId) {
            return memberRows.stream().filter(m -> m.getPanelId() == panelId).toList();
        }

        @Override
        public Optional<MemberEntity> findByPanelIdAndCitizenId(long panelId, long citizenId) {
            return memberRows.stream().filter(m -> m.getPanelId() == panelId && m.getCitizenId() == citizenId).findFirst();
        }

        @Override
        public List<MemberEntity> findByCitizenIdOrderByIdDesc(long citizenId) {
            return memberRows.stream().filter(m -> m.getCitizenId() == citizenId)
                    .sorted(Comparator.comparing(MemberEntity::getId).reversed()).toList();
        }
    };

    final ReplacementRepository replacements = new ReplacementRepository() {
        @Override
        public <S extends ReplacementEntity> S save(S replacement) {
            replacement.setId(nextId++);
            replacementRows.add(replacement);
            return replacement;
        }

        @Override
        public long countByPanelId(long panelId) {
            return replacementRows.stream().filter(r -> r.getPanelId() == panelId).count();
        }

        @Override
        public List<ReplacementEntity> findByPanelIdOrderBySequenceNoAsc(long panelId) {
            return replacementRows.stream().filter(r -> r.getPanelId() == panelId)
                    .sorted(Comparator.comparingInt(ReplacementEntity::getSequenceNo)).toList();
        }
    };

    final java.util.Map<Long, LotteryEntity> lotteryRows = new java.util.HashMap<>();

    final LotteryRepository lotteries = new LotteryRepository() {
        @Override
        public <S extends LotteryEntity> S save(S lottery) {
            lotteryRows.put(lottery.getPanelId(), lottery);
            return lottery;
        }

        @Override
        public Optional<LotteryEntity> findById(Long panelId) {
            return Optional.ofNullable(lotteryRows.get(panelId));
        }
    };
}
