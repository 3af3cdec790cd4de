package org.rbe.governance.jury.internal;

import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.Optional;

/** Storage of panel members and their invitation status. */
public interface MemberRepository extends Repository<MemberEntity, Long> {
    <S extends MemberEntity> S save(S member);

    <S extends MemberEntity> List<S> saveAll(Iterable<S> members);

    List<MemberEntity> findByPanelIdOrderByIdAsc(long panelId);

    Optional<MemberEntity> findByPanelIdAndCitizenId(long panelId, long citizenId);

    List<MemberEntity> findByCitizenIdOrderByIdDesc(long citizenId);
}
