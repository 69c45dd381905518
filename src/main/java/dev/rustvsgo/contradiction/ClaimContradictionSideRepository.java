package dev.rustvsgo.contradiction;

import java.util.List;

import org.springframework.data.repository.Repository;

interface ClaimContradictionSideRepository extends Repository<ClaimContradictionSideEntity, Long> {

	List<ClaimContradictionSideEntity> findAllByOrderByContradictionIdAscPositionAsc();

}
