package org.rbe.governance.jury.internal;

import org.springframework.data.repository.Repository;

import java.util.Optional;

/** Storage of the lotteries panels were drawn from. */
public interface LotteryRepository extends Repository<LotteryEntity, Long> {
    <S extends LotteryEntity> S save(S lottery);

    Optional<LotteryEntity> findById(Long panelId);
}
